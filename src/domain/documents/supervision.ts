/**
 * The supervision pack: de-identified by default (client code, people by role, session numbers
 * instead of dates). Only built when the contract records the client's consent to supervision.
 */
import { clientLabel, DEFAULT_PRIVACY, redactNames } from '../privacy';
import type { PrintPrivacy } from '../privacy';
import type { FocusChange } from '../agenda/focus';
import type { SavedAgenda } from '../agenda/saved';
import { AREA_LABEL, CANCELLER_LABEL, STAGE_LABEL, STATUS_LABEL } from '../labels';
import type { Formulation, InventoryPerson, TreatmentContract } from '../inventory';
import type { RiskFlag, ScoredMeasure } from '../measures';
import { failure, problem, resultOf } from '../problems';
import type { Result } from '../problems';
import { sortSessions } from '../schedule';
import type { Client, Course, Session } from '../types';
import { ADHERENCE_QUESTIONS } from './adherence';
import type { AdherenceCheck } from './adherence';

export interface SessionLogRow {
  session: string;
  attendance: string;
  phq9: string;
  gad7: string;
  focusChange: string;
  task: string;
}

export interface SupervisionPack {
  clientLabel: string;
  plan: string[];
  formulation: string;
  log: SessionLogRow[];
  chart: { session: number; total: number }[];
  risk: { session: string; what: string; status: string; action: string }[];
  adherence: { phase: string; question: string; answer: string }[];
  comments: { phase: string; text: string }[];
}

export interface SupervisionInput {
  client: Pick<Client, 'code' | 'fullName'>;
  course: Course;
  sessions: readonly Session[];
  contract?: Pick<TreatmentContract, 'supervisionConsent'>;
  formulation?: Pick<Formulation, 'text'>;
  people: readonly InventoryPerson[];
  focusChanges: readonly FocusChange[];
  agendas: readonly Pick<SavedAgenda, 'sessionId' | 'taskSet'>[];
  measures: readonly ScoredMeasure[];
  flags: readonly RiskFlag[];
  adherence?: Pick<AdherenceCheck, 'answers' | 'comments'>;
  privacy: PrintPrivacy;
}

const DATE_PATTERNS = [
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b/g,
];

/** Free text for the pack: people's and the client's names redacted, calendar dates removed. */
export function deidentify(text: string, input: SupervisionInput): string {
  const name = input.client.fullName?.trim() ?? '';
  const client =
    name !== '' && !input.privacy.showClientName
      ? [name, ...name.split(/\s+/)].map((n) => ({ name: n, relationship: 'the client' }))
      : [];
  const people = input.privacy.showPeopleNames ? [] : input.people;
  const redacted = redactNames(text, [...client, ...people], DEFAULT_PRIVACY);
  return DATE_PATTERNS.reduce((t, p) => t.replace(p, '[date]'), redacted);
}

function attendance(s: Session): string {
  if (s.status !== 'cancelled') return STATUS_LABEL[s.status];
  return `Cancelled (${s.cancelledBy ? CANCELLER_LABEL[s.cancelledBy] : 'no reason'})`;
}

function focusText(c: FocusChange): string {
  const stage = c.stage ? ` (${STAGE_LABEL[c.stage]})` : '';
  const second = c.secondaryArea ? ` + ${AREA_LABEL[c.secondaryArea]}` : '';
  return `${AREA_LABEL[c.area]}${second}${stage}`;
}

/** The session log: one row per appointment, numbered; cancelled slots keep their place. */
export function sessionLog(input: SupervisionInput): SessionLogRow[] {
  let last = 0;
  return sortSessions(input.sessions).map((s) => {
    last = s.number ?? last;
    const score = (kind: 'phq9' | 'gad7') =>
      String(input.measures.find((m) => m.sessionId === s.id && m.kind === kind)?.total ?? '');
    const change =
      s.number === null ? undefined : input.focusChanges.find((c) => c.fromSession === s.number);
    const task = input.agendas.find((a) => a.sessionId === s.id)?.taskSet ?? '';
    return {
      session: s.number === null ? `(after ${last})` : String(s.number),
      attendance: attendance(s),
      phq9: score('phq9'),
      gad7: score('gad7'),
      focusChange: change ? focusText(change) : '',
      task: deidentify(task, input),
    };
  });
}

function planLines(input: SupervisionInput): string[] {
  const c = input.course;
  const area = `${AREA_LABEL[c.primaryArea]}${c.secondaryArea ? ` + ${AREA_LABEL[c.secondaryArea]}` : ''}`;
  return [
    `${c.length} sessions: initial 1–${c.boundaries.initialEnd}, middle ${c.boundaries.initialEnd + 1}–${c.boundaries.middleEnd}, termination ${c.boundaries.middleEnd + 1}–${c.length}.`,
    `Focus: ${area}${c.disputeStage ? ` (${STAGE_LABEL[c.disputeStage]})` : ''}.`,
    ...c.goals.map((g, i) => `Goal ${i + 1}: ${deidentify(g, input)}`),
  ];
}

/** Builds the pack, or refuses with the reason when the contract records no supervision consent. */
export function buildSupervisionPack(input: SupervisionInput): Result<SupervisionPack> {
  if (!input.contract?.supervisionConsent) {
    return failure([
      problem(
        'supervision-consent-missing',
        input.contract
          ? 'The contract does not record the client’s consent to supervision, so no pack can be made.'
          : 'There is no contract on record yet: record the client’s consent to supervision there first.',
      ),
    ]);
  }
  const numberOf = (sessionId?: string) =>
    input.sessions.find((s) => s.id === sessionId)?.number ?? undefined;
  const phq9 = input.measures.filter((m) => m.kind === 'phq9');
  const pack: SupervisionPack = {
    clientLabel: clientLabel(input.client, input.privacy),
    plan: planLines(input),
    formulation: deidentify(input.formulation?.text ?? '', input),
    log: sessionLog(input),
    chart: phq9.flatMap((m) => {
      const n = numberOf(m.sessionId);
      return n === undefined ? [] : [{ session: n, total: m.total }];
    }),
    risk: input.flags.map((f) => ({
      session: String(numberOf(f.sessionId) ?? '–'),
      what: deidentify(f.detail, input),
      status: f.status === 'open' ? 'Open' : 'Acknowledged',
      action: deidentify(f.acknowledgement?.action ?? '', input),
    })),
    adherence: ADHERENCE_QUESTIONS.map((q) => ({
      phase: q.phase,
      question: q.text,
      answer: input.adherence?.answers[q.id] ?? 'not answered',
    })),
    comments: Object.entries(input.adherence?.comments ?? {})
      .filter(([, t]) => (t ?? '').trim() !== '')
      .map(([phase, text]) => ({ phase, text: deidentify(text ?? '', input) })),
  };
  return resultOf(pack, []);
}
