/**
 * The one place that builds a week's agenda input from what the app stores, as the course stood on
 * that session's date (issue 11 item 1). The week screen, the single-week print, the course
 * packet and the "This week" packet all use `weekAgendaAt`, so they print the same agenda.
 * As of the date means: the latest complete PHQ-9 on or before it (with item 9), only flags raised
 * by then, the task agreed at the last held session, the focus "to be agreed" until agreed.
 */
import { dayOfTimestamp } from '../dates';
import type { InventoryPerson } from '../inventory';
import { scoreAsOf, scoredMeasures } from '../measures';
import type { Measure, RiskFlag } from '../measures';
import { numberedSessions } from '../schedule';
import type { Course, IsoDay, Session } from '../types';
import { buildAgenda } from './generate';
import { focusAt } from './focus';
import type { FocusChange } from './focus';
import { focusPersonOf, missedBefore, strategyUseBefore } from './input';
import type { SavedAgenda } from './saved';
import { withRiskFirst } from './edit';
import { lowStableRiskOn } from './risk-stable';
import type {
  Agenda,
  AgendaInput,
  AgendaSegment,
  PreviousWeek,
  ScoreAsOf,
  WeekHistory,
} from './types';

/** Everything stored about a course that an agenda can draw on. */
export interface CourseFacts {
  course: Course;
  sessions: readonly Session[];
  saved: readonly SavedAgenda[];
  focusChanges: readonly FocusChange[];
  measures: readonly Measure[];
  /** Every risk flag of the client, open or acknowledged: the date decides which count. */
  flags: readonly RiskFlag[];
  people: readonly InventoryPerson[];
  formulationAgreedOn?: IsoDay;
  contractAgreedOn?: IsoDay;
  baselineId?: string;
  goalRatings?: boolean;
}

export type NumberedSession = Session & { number: number };

/** The latest complete PHQ-9 on or before `date`, with item 9, baseline and the score before it. */
export function phq9AsOf(
  facts: Pick<CourseFacts, 'course' | 'measures' | 'baselineId'>,
  date: IsoDay,
): ScoreAsOf | undefined {
  const summary = scoreAsOf(facts.measures, {
    courseId: facts.course.id,
    kind: 'phq9',
    date,
    ...(facts.baselineId ? { baselineId: facts.baselineId } : {}),
  });
  if (!summary) return undefined;
  const earlier = scoredMeasures(facts.measures, facts.course.id, 'phq9').filter(
    (m) => m.date <= date,
  );
  const previous = earlier.at(-2);
  return {
    total: summary.measure.total,
    date: summary.measure.date,
    ...(summary.item9 === undefined ? {} : { item9: summary.item9 }),
    ...(summary.baseline ? { baseline: summary.baseline.total } : {}),
    ...(previous ? { previous: previous.total } : {}),
  };
}

/** Flags open on `date` (raised on or before it, not acknowledged before it). */
export function flagsOpenOn(flags: readonly RiskFlag[], date: IsoDay): RiskFlag[] {
  return flags.filter((f) => {
    if (dayOfTimestamp(f.raisedAt) > date) return false;
    const ack = f.status === 'acknowledged' ? f.acknowledgement?.at : undefined;
    return !ack || dayOfTimestamp(ack) >= date;
  });
}

/** True when a flag was acknowledged from `since` (the last session) up to the day before `date`. */
export function flagAcknowledgedBetween(
  flags: readonly RiskFlag[],
  since: IsoDay,
  date: IsoDay,
): boolean {
  return flags.some((f) => {
    const at = f.acknowledgement?.at;
    if (f.status !== 'acknowledged' || !at) return false;
    const day = dayOfTimestamp(at);
    return day >= since && day < date;
  });
}

/** Agreed once the formulation or contract was agreed, or a focus change decided, by `date`. */
export function focusAgreedOn(facts: CourseFacts, n: number, date: IsoDay): boolean {
  const on = (d?: IsoDay) => d !== undefined && d !== '' && d <= date;
  const changed = facts.focusChanges.some(
    (c) => c.fromSession <= n && dayOfTimestamp(c.decidedAt) <= date,
  );
  return on(facts.formulationAgreedOn) || on(facts.contractAgreedOn) || changed;
}

function previousWeek(facts: CourseFacts, session: NumberedSession): PreviousWeek | undefined {
  const numbered = numberedSessions(facts.sessions).filter((s) => (s.number ?? 0) < session.number);
  const justBefore = numbered.at(-1);
  if (!justBefore) return undefined;
  const lastHeld = [...numbered].reverse().find((s) => s.status !== 'cancelled');
  const task = lastHeld
    ? facts.saved.find((a) => a.sessionId === lastHeld.id)?.taskSet?.trim()
    : undefined;
  const review = facts.saved.find((a) => a.sessionId === session.id)?.taskReview;
  const belongs = review && task && (review.task === undefined || review.task.trim() === task);
  return {
    held: justBefore.status !== 'cancelled',
    ...(task ? { taskSet: task, taskFromSession: lastHeld?.number ?? 0 } : {}),
    ...(belongs ? { taskOutcome: review.outcome } : {}),
    ...(belongs && review.note.trim() ? { outcomeNote: review.note.trim() } : {}),
  };
}

/** The weeks so far for the plan; a week given over to a crisis (or an open flag) covered no focus work. */
function historyOf(facts: CourseFacts): WeekHistory[] {
  return numberedSessions(facts.sessions).map((s) => {
    const saved = facts.saved.find((a) => a.sessionId === s.id);
    const open = flagsOpenOn(facts.flags, s.date);
    // Crisis work replaced the focus that week, unless the risk was low and stable (risk-stable.ts)
    const crisis =
      (open.length > 0 && !lowStableRiskOn(facts, s.date, open)) ||
      saved?.events?.includes('crisis');
    return {
      number: s.number ?? 0,
      status: crisis && !saved?.segments.length ? 'cancelled' : s.status,
      ...(saved && saved.segments.length > 0 ? { strategiesUsed: saved.strategiesUsed } : {}),
    };
  });
}

function decisionBy(facts: CourseFacts, n: number): AgendaInput['reviewDecision'] {
  for (const s of numberedSessions(facts.sessions)) {
    const d = facts.saved.find((a) => a.sessionId === s.id)?.reviewDecision;
    if (d && (s.number ?? 0) <= n) return { ...d, sessionNumber: s.number ?? 0 };
  }
  return undefined;
}

/** The agenda input of one session as of its date; `labelOf` names people for the medium. */
export function agendaInputAt(
  facts: CourseFacts,
  session: NumberedSession,
  labelOf: (p: InventoryPerson) => string,
): AgendaInput {
  const { course } = facts;
  const n = session.number;
  const date = session.date;
  const focus = focusAt(course, facts.focusChanges, n);
  const agreed = focusAgreedOn(facts, n, date);
  const person = agreed ? focusPersonOf(facts.people, focus.area) : undefined;
  const second =
    agreed && focus.secondaryArea ? focusPersonOf(facts.people, focus.secondaryArea) : undefined;
  const score = phq9AsOf(facts, date);
  const prevDate = numberedSessions(facts.sessions)
    .filter((s) => (s.number ?? 0) < n && s.status !== 'cancelled')
    .at(-1)?.date;
  const previous = previousWeek(facts, session);
  const events = facts.saved.find((a) => a.sessionId === session.id)?.events;
  const decision = decisionBy(facts, n);
  const open = flagsOpenOn(facts.flags, date);
  const stable = lowStableRiskOn(facts, date, open);
  return {
    course,
    sessionNumber: n,
    focus,
    focusAgreed: agreed,
    ...(previous ? { previous } : {}),
    missedBefore: missedBefore(facts.sessions, session),
    strategyUse: strategyUseBefore(facts.saved, facts.sessions, n),
    history: historyOf(facts),
    focusChanges: facts.focusChanges,
    ...(open.length > 0 ? { riskFlagOpen: true } : {}),
    ...(stable ? { lowStableRisk: { assessedOn: stable } } : {}),
    ...(prevDate && flagAcknowledgedBetween(facts.flags, prevDate, date)
      ? { riskRecheck: true }
      : {}),
    ...(score ? { latestScore: score } : {}),
    ...(person ? { focusPersonLabel: labelOf(person) } : {}),
    ...(second ? { secondaryPersonLabel: labelOf(second) } : {}),
    ...(events && events.length > 0 ? { events: [...events] } : {}),
    ...(decision ? { reviewDecision: decision } : {}),
    tools: { circleDrawn: facts.people.length > 0, goalRatings: facts.goalRatings === true },
  };
}

export interface WeekAgendaView {
  session: NumberedSession;
  input: AgendaInput;
  generated: Agenda;
  saved?: SavedAgenda;
  /** The saved segments if the therapist saved this week (risk put first if needed), else the generated ones. */
  segments: AgendaSegment[];
  /** A risk flag came after the save: the risk assessment was put ahead of the saved parts. */
  riskInserted: boolean;
}

/** The agenda of one session as every view shows it: generated as of its date, with the saved edits on top. */
export function weekAgendaAt(
  facts: CourseFacts,
  session: NumberedSession,
  labelOf: (p: InventoryPerson) => string,
): WeekAgendaView {
  const input = agendaInputAt(facts, session, labelOf);
  const generated = buildAgenda(input);
  const saved = facts.saved.find((a) => a.sessionId === session.id);
  const risk = saved ? withRiskFirst(saved.segments, generated.segments) : undefined;
  return {
    session,
    input,
    generated,
    ...(saved ? { saved } : {}),
    segments: risk?.segments ?? generated.segments,
    riskInserted: risk?.inserted ?? false,
  };
}
