/**
 * The structured risk assessment a clinician records when a flag is open (issue 12 item 2): what
 * a careful clinician documents after a positive item 9, a PHQ-9 of 20 or more, or a disclosure.
 * It records the clinician's judgement; the app never makes it. "Assessed, plan unchanged" is
 * offered only when an earlier full assessment exists, and it shows that assessment; "safety plan
 * made or reviewed" is accepted only when a safety plan exists.
 */
import { formatDay, dayOfTimestamp } from '../dates';
import { problem } from '../problems';
import type { Problem } from '../problems';
import type { IsoDateTime, IsoDay } from '../types';
import { byText } from '../order';
import type { RiskFlag, SafetyPlanState } from './risk';

export const THOUGHTS = ['none', 'passive', 'active'] as const;
export type Thoughts = (typeof THOUGHTS)[number];
export const RISK_LEVELS = ['low', 'moderate', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const HISTORY = ['none', 'past', 'recent'] as const;
export type AttemptHistory = (typeof HISTORY)[number];
export type YesNo = 'yes' | 'no';

export const THOUGHTS_LABEL: Readonly<Record<Thoughts, string>> = {
  none: 'No thoughts of death or suicide',
  passive: 'Passive thoughts (wishing to be dead, not waking up)',
  active: 'Active thoughts of suicide',
};
export const LEVEL_LABEL: Readonly<Record<RiskLevel, string>> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
};
export const HISTORY_LABEL: Readonly<Record<AttemptHistory, string>> = {
  none: 'No past attempts or self-harm',
  past: 'Past attempt or self-harm (more than a year ago)',
  recent: 'Attempt or self-harm within the last year',
};

export interface RiskAssessment {
  thoughts: Thoughts;
  plan: YesNo;
  intent: YesNo;
  meansAccess: YesNo;
  history: AttemptHistory;
  /** When and what, in the clinician's words (required for a past or recent attempt). */
  historyDetail: string;
  protectiveFactors: string;
  level: RiskLevel;
  /** The clinician's formulation of the risk, in their words. */
  levelReasoning: string;
  safetyPlan: SafetyPlanState;
  crisisContactsGiven: boolean;
  /** Who else was informed (GP, psychiatrist, family with consent…); empty when no one. */
  othersInformed: string;
  followUp: string;
}

/** A blank assessment form: nothing is pre-judged (no level, no answers chosen). */
export type RiskAssessmentDraft = { [K in keyof RiskAssessment]: RiskAssessment[K] | '' };

const choose = (field: string, message: string) => problem(`assessment-${field}`, message, field);

/** Problems with an assessment, each at its field. `safetyPlanExists` gates "made or reviewed". */
export function checkRiskAssessment(
  draft: RiskAssessmentDraft,
  context: { safetyPlanExists: boolean },
): Problem[] {
  const found: Problem[] = [];
  if (draft.thoughts === '')
    found.push(choose('thoughts', 'Record thoughts of death or suicide: none, passive or active.'));
  if (draft.plan === '') found.push(choose('plan', 'Record whether there is a plan.'));
  if (draft.intent === '') found.push(choose('intent', 'Record whether there is intent to act.'));
  if (draft.meansAccess === '')
    found.push(choose('meansAccess', 'Record whether the client has access to means.'));
  if (draft.history === '')
    found.push(choose('history', 'Record past attempts or self-harm (or none).'));
  if (
    (draft.history === 'past' || draft.history === 'recent') &&
    String(draft.historyDetail).trim() === ''
  ) {
    found.push(choose('historyDetail', 'Say when, and what happened.'));
  }
  if (String(draft.protectiveFactors).trim() === '') {
    found.push(
      choose('protectiveFactors', 'Write the protective factors (or that none were found).'),
    );
  }
  if (draft.level === '')
    found.push(choose('level', 'Give your judgement of the risk: low, moderate or high.'));
  if (String(draft.levelReasoning).trim() === '') {
    found.push(choose('levelReasoning', 'Say in your words what the judgement rests on.'));
  }
  if (draft.safetyPlan === '') {
    found.push(
      choose('safetyPlan', 'Say whether the safety plan was made, reviewed or not needed.'),
    );
  } else if (draft.safetyPlan !== 'not-needed' && !context.safetyPlanExists) {
    found.push(
      choose(
        'safetyPlan',
        'There is no safety plan for this client yet: write it first (Safety plan), then record it here.',
      ),
    );
  }
  if (String(draft.followUp).trim() === '')
    found.push(choose('followUp', 'Write the follow-up (when risk is next reviewed).'));
  return found;
}

/** The assessment as stored, with the clinician's text trimmed at the ends only. */
export function completeAssessment(draft: RiskAssessmentDraft): RiskAssessment {
  const text = (v: unknown) => String(v).trim();
  return {
    ...(draft as RiskAssessment),
    historyDetail: text(draft.historyDetail),
    protectiveFactors: text(draft.protectiveFactors),
    levelReasoning: text(draft.levelReasoning),
    othersInformed: text(draft.othersInformed),
    followUp: text(draft.followUp),
    crisisContactsGiven: draft.crisisContactsGiven === true,
  };
}

export interface PastAssessment {
  assessment: RiskAssessment;
  at: IsoDateTime;
  flagId: string;
}

/** The client's latest full assessment (acknowledged flags), or undefined: "plan unchanged" needs one. */
export function latestAssessment(flags: readonly RiskFlag[]): PastAssessment | undefined {
  return flags
    .flatMap((f) => {
      const ack = f.acknowledgement;
      return ack?.assessment ? [{ assessment: ack.assessment, at: ack.at, flagId: f.id }] : [];
    })
    .sort((a, b) => byText(b.at, a.at))[0];
}

/** The judgement and its grounds, no date: "low (passive thoughts, no plan, no intent)". */
export function assessmentWords(a: RiskAssessment): string {
  const thoughts = {
    none: 'no thoughts of death or suicide',
    passive: 'passive thoughts',
    active: 'active thoughts',
  }[a.thoughts];
  const parts = [
    thoughts,
    a.plan === 'yes' ? 'a plan' : 'no plan',
    a.intent === 'yes' ? 'intent' : 'no intent',
  ];
  if (a.meansAccess === 'yes') parts.push('access to means');
  return `${LEVEL_LABEL[a.level].toLowerCase()} (${parts.join(', ')})`;
}

/** One line for agendas and the note: "Last risk assessment Mon 2 Mar 2026: low (passive thoughts, no plan, no intent)". */
export function assessmentLine(past: PastAssessment): string {
  return `Last risk assessment ${formatDay(dayOfTimestamp(past.at))}: ${assessmentWords(past.assessment)}`;
}

/**
 * The agenda's risk-history line as it stood on `day` (issue 12 item 2): the latest structured
 * assessment made on or before that day, in the same words as the note; for a flag acknowledged
 * before structured assessments existed, the day and that it was acknowledged. Undefined when
 * the client has no risk history by then.
 */
export function lastAssessmentLine(flags: readonly RiskFlag[], day: IsoDay): string | undefined {
  const byThen = flags.filter(
    (f) => f.acknowledgement !== undefined && dayOfTimestamp(f.acknowledgement.at) <= day,
  );
  const past = latestAssessment(byThen);
  const older = byThen
    .map((f) => f.acknowledgement?.at ?? '')
    .filter((at) => past === undefined || at > past.at)
    .sort()
    .pop();
  if (older !== undefined) {
    return `Last risk assessment ${formatDay(dayOfTimestamp(older))}: flag acknowledged (no structured assessment recorded)`;
  }
  return past ? assessmentLine(past) : undefined;
}
