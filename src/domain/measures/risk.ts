/**
 * Risk flags (ipt-reference.md sections 7 and 9). PHQ-9 item 9 above 0 and a total of 20 or more
 * each raise their own flag, so neither reason can be hidden behind the other and each keeps its
 * own acknowledgement. A flag blocks progress until the clinician records that risk was assessed.
 */
import { formatDay } from '../dates';
import { failure, problem, resultOf } from '../problems';
import type { Problem, Result } from '../problems';
import type { IsoDateTime } from '../types';
import { byText } from '../order';
import type { Measure } from './measure';
import type { RiskAssessment } from './risk-assessment';
import { ANSWER_OPTIONS, PHQ9_ITEM9 } from './questionnaires';

export const RISK_SOURCES = ['item9', 'severe-score', 'manual'] as const;
export type RiskSource = (typeof RISK_SOURCES)[number];

export const SAFETY_PLAN_STATES = ['reviewed', 'made', 'not-needed'] as const;
export type SafetyPlanState = (typeof SAFETY_PLAN_STATES)[number];

/** A PHQ-9 total at or above this raises a flag. */
export const SEVERE_TOTAL = 20;

export interface Acknowledgement {
  /** The clinician assessed risk in this session. */
  assessed: boolean;
  safetyPlan: SafetyPlanState;
  action: string;
  note: string;
  at: IsoDateTime;
  /** The structured assessment (thoughts, plan, intent, means, history, judgement, actions). */
  assessment?: RiskAssessment;
}

/** What the acknowledgement form hands over; `at` is added when it is saved. */
export type AcknowledgementInput = Omit<Acknowledgement, 'at'>;

export interface RiskFlag {
  id: string;
  clientId: string;
  courseId: string;
  sessionId?: string;
  /** The measure that raised the flag, so re-saving it raises no duplicate. */
  measureId?: string;
  source: RiskSource;
  raisedAt: IsoDateTime;
  detail: string;
  status: 'open' | 'acknowledged';
  acknowledgement?: Acknowledgement;
}

export type SessionRiskStatus = 'open-flag' | 'acknowledged' | 'none';

export const PLAN_UNCHANGED_ACTION = 'Risk assessed this week; safety plan reviewed and unchanged.';
export const PLAN_UNCHANGED_NOTE = 'Ongoing passive ideation, no change since the last assessment.';

/** Why a PHQ-9 needs flags: item 9 above 0 (even on a draft), a complete total of 20 or more. */
function phq9Reasons(measure: Measure): { source: RiskSource; detail: string }[] {
  const reasons: { source: RiskSource; detail: string }[] = [];
  const item9 = measure.answers[PHQ9_ITEM9 - 1];
  if (typeof item9 === 'number' && item9 > 0) {
    const label = ANSWER_OPTIONS.find((o) => o.value === item9)?.label ?? String(item9);
    reasons.push({
      source: 'item9',
      detail: `PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered “${label}” (${item9}) on ${formatDay(measure.date)}.`,
    });
  }
  if (measure.status === 'complete' && (measure.total ?? 0) >= SEVERE_TOTAL) {
    reasons.push({
      source: 'severe-score',
      detail: `PHQ-9 total ${measure.total} (severe: ${SEVERE_TOTAL} or more) on ${formatDay(measure.date)}.`,
    });
  }
  return reasons;
}

/**
 * The flags a PHQ-9 raises: one for item 9 above 0 (even on a draft) and one for a complete total
 * of 20 or more. Sources already flagged for this measure in `existing` are not raised again.
 */
export function flagsFromPhq9(
  measure: Measure,
  raise: { newId: () => string; now: IsoDateTime; existing?: readonly RiskFlag[] },
): RiskFlag[] {
  if (measure.kind !== 'phq9') return [];
  const done = new Set(
    (raise.existing ?? []).filter((f) => f.measureId === measure.id).map((f) => f.source),
  );
  return phq9Reasons(measure)
    .filter((r) => !done.has(r.source))
    .map((r) => ({
      id: raise.newId(),
      clientId: measure.clientId,
      courseId: measure.courseId,
      ...(measure.sessionId === undefined ? {} : { sessionId: measure.sessionId }),
      measureId: measure.id,
      source: r.source,
      raisedAt: raise.now,
      detail: r.detail,
      status: 'open' as const,
    }));
}

/** Problems with an acknowledgement: risk assessed must be ticked, a safety-plan state chosen, and an action and a note written. */
export function checkAcknowledgement(ack: AcknowledgementInput): Problem[] {
  const found: Problem[] = [];
  if (ack.assessed !== true) {
    found.push(
      problem('ack-not-assessed', 'Tick that you assessed risk in this session.', 'assessed'),
    );
  }
  if (!SAFETY_PLAN_STATES.includes(ack.safetyPlan)) {
    found.push(
      problem(
        'ack-safety-plan',
        'Say whether the safety plan was reviewed, made or not needed.',
        'safetyPlan',
      ),
    );
  }
  if (ack.action.trim() === '') {
    found.push(problem('ack-action-missing', 'Write the action taken.', 'action'));
  }
  if (ack.note.trim() === '') {
    found.push(problem('ack-note-missing', 'Write a short note of the assessment.', 'note'));
  }
  return found;
}

/**
 * The flag acknowledged at `now`, keeping the structured assessment when one is given; refused if
 * the acknowledgement is incomplete or the flag already acknowledged.
 */
export function acknowledgeFlag(
  flag: RiskFlag,
  ack: AcknowledgementInput,
  now: IsoDateTime,
): Result<RiskFlag> {
  if (flag.status === 'acknowledged') {
    return failure([problem('flag-already-acknowledged', 'This flag is already acknowledged.')]);
  }
  const found = checkAcknowledgement(ack);
  if (found.length > 0) return failure(found);
  const acknowledgement: Acknowledgement = {
    assessed: true,
    safetyPlan: ack.safetyPlan,
    action: ack.action.trim(),
    note: ack.note.trim(),
    at: now,
    ...(ack.assessment ? { assessment: ack.assessment } : {}),
  };
  return resultOf({ ...flag, status: 'acknowledged', acknowledgement }, []);
}

/** The weekly "assessed, plan unchanged" acknowledgement for ongoing passive ideation; the clinician's own note replaces the default. */
export function planUnchangedAcknowledgement(note?: string): AcknowledgementInput {
  const written = note?.trim() ?? '';
  return {
    assessed: true,
    safetyPlan: 'reviewed',
    action: PLAN_UNCHANGED_ACTION,
    note: written === '' ? PLAN_UNCHANGED_NOTE : written,
  };
}

/** Open flags, newest first. */
export function openFlags(flags: readonly RiskFlag[]): RiskFlag[] {
  return flags
    .filter((f) => f.status === 'open')
    .sort((a, b) => compareTimes(b.raisedAt, a.raisedAt));
}

/** A session's risk status: any open flag wins, then any acknowledged one, else none. */
export function sessionRiskStatus(
  flags: readonly RiskFlag[],
  sessionId: string,
): SessionRiskStatus {
  const mine = flags.filter((f) => f.sessionId === sessionId);
  if (mine.some((f) => f.status === 'open')) return 'open-flag';
  return mine.length > 0 ? 'acknowledged' : 'none';
}

/** Orders timestamps by instant (offsets may differ); falls back to text order if unparsable. */
function compareTimes(a: IsoDateTime, b: IsoDateTime): number {
  const diff = Date.parse(a) - Date.parse(b);
  return Number.isNaN(diff) ? byText(a, b) : diff;
}
