/**
 * The supervision pack. What the app writes in it is de-identified (client code, session numbers
 * instead of dates, flags by kind); what the therapist typed (goals, formulation, tasks, risk
 * notes, comments) is carried exactly as typed: names in it are offered for replacement, occurrence
 * by occurrence, by the print's review panel (issue 12 item 1), never rewritten here. Only built
 * when the contract records the client's consent to supervision.
 */
import { clientLabel } from '../privacy';
import type { PrintPrivacy } from '../privacy';
import type { FocusChange } from '../agenda/focus';
import type { SavedAgenda } from '../agenda/saved';
import { AREA_LABEL, CANCELLER_LABEL, STAGE_LABEL, STATUS_LABEL } from '../labels';
import type { Formulation, InventoryPerson, TreatmentContract } from '../inventory';
import type { RiskFlag, ScoredMeasure } from '../measures';
import { RISK_SOURCE_LABEL } from '../measures/progress';
import { assessmentWords } from '../measures/risk-assessment';
import { failure, problem, resultOf } from '../problems';
import type { Result } from '../problems';
import { sortSessions } from '../schedule';
import type { Client, Course, Session } from '../types';
import { byText } from '../order';
import { ADHERENCE_QUESTIONS } from './adherence';
import type { AdherenceCheck } from './adherence';

export interface SessionLogRow {
  session: string;
  attendance: string;
  phq9: string;
  gad7: string;
  focusChange: string;
  /** As typed. */
  task: string;
}

/** One flag in the pack's risk history: the app's words by session number, the therapist's as typed. */
export interface SupervisionRisk {
  session: string;
  /** The kind of flag ("PHQ-9 item 9 above 0"): generated, no date. */
  kind: string;
  /** What the therapist wrote when raising a flag by hand, as typed ('' for a PHQ-9 flag). */
  detail: string;
  status: 'Open' | 'Acknowledged';
  /** The judgement and its grounds ("low (passive thoughts, no plan, no intent)"), or ''. */
  assessment: string;
  /** The actions taken, as recorded. */
  actions: string;
  /** What the judgement rests on (or the older acknowledgement's note), as typed. */
  reasoning: string;
}

export interface SupervisionPack {
  clientLabel: string;
  plan: string[];
  /** The course's goals, as typed. */
  goals: string[];
  /** As typed. */
  formulation: string;
  log: SessionLogRow[];
  chart: { session: number; total: number }[];
  /** Every flag of the course, oldest first, with its assessment. */
  risk: SupervisionRisk[];
  adherence: { phase: string; question: string; answer: string }[];
  /** Comments per phase, as typed. */
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
      task,
    };
  });
}

function planLines(input: SupervisionInput): string[] {
  const c = input.course;
  const area = `${AREA_LABEL[c.primaryArea]}${c.secondaryArea ? ` + ${AREA_LABEL[c.secondaryArea]}` : ''}`;
  return [
    `${c.length} sessions: initial 1–${c.boundaries.initialEnd}, middle ${c.boundaries.initialEnd + 1}–${c.boundaries.middleEnd}, termination ${c.boundaries.middleEnd + 1}–${c.length}.`,
    `Focus: ${area}${c.disputeStage ? ` (${STAGE_LABEL[c.disputeStage]})` : ''}.`,
  ];
}

/** The risk history by session number; a PHQ-9 flag's generated detail (which is dated) is left out. */
function riskHistory(input: SupervisionInput): SupervisionRisk[] {
  const numberOf = (sessionId?: string) =>
    input.sessions.find((s) => s.id === sessionId)?.number ?? undefined;
  return [...input.flags]
    .sort((a, b) => byText(a.raisedAt, b.raisedAt))
    .map((f) => {
      const ack = f.acknowledgement;
      return {
        session: String(numberOf(f.sessionId) ?? '–'),
        kind: RISK_SOURCE_LABEL[f.source],
        detail: f.source === 'manual' ? f.detail : '',
        status: f.status === 'open' ? 'Open' : 'Acknowledged',
        assessment: ack?.assessment ? assessmentWords(ack.assessment) : '',
        actions: ack?.action ?? '',
        reasoning: ack?.assessment?.levelReasoning ?? ack?.note ?? '',
      };
    });
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
    goals: [...input.course.goals],
    formulation: input.formulation?.text ?? '',
    log: sessionLog(input),
    chart: phq9.flatMap((m) => {
      const n = numberOf(m.sessionId);
      return n === undefined ? [] : [{ session: n, total: m.total }];
    }),
    risk: riskHistory(input),
    adherence: ADHERENCE_QUESTIONS.map((q) => ({
      phase: q.phase,
      question: q.text,
      answer: input.adherence?.answers[q.id] ?? 'not answered',
    })),
    comments: Object.entries(input.adherence?.comments ?? {})
      .filter(([, t]) => (t ?? '').trim() !== '')
      .map(([phase, text]) => ({ phase, text: text ?? '' })),
  };
  return resultOf(pack, []);
}
