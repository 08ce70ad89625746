/**
 * Assembling a week's AgendaInput from what the app stores: the sessions (held or cancelled),
 * the saved agendas of earlier weeks (tasks set, outcomes, strategies used), the focus history,
 * the latest PHQ-9 and the inventory. Pure: the screens and the print views share it.
 */
import type { InventoryPerson } from '../inventory';
import { pickBaseline, scoredMeasures } from '../measures';
import type { Measure } from '../measures';
import { sortSessions } from '../schedule';
import type { Course, ProblemArea, Session } from '../types';
import { allStrategies, areaContent } from './content';
import { focusAt } from './focus';
import { fillLine, focusLine, whoWords } from './people';
import { scaffoldLines } from './scaffolds';
import type { FocusChange } from './focus';
import type { SavedAgenda } from './saved';
import type { AgendaInput, AgendaSegment, AgendaFocus, StrategyOption } from './types';

export const STRATEGY_PREFIX = 'strategy-';

export interface WeekFacts {
  course: Course;
  sessions: readonly Session[];
  /** The numbered session whose agenda is wanted. */
  session: Session & { number: number };
  saved: readonly SavedAgenda[];
  focusChanges: readonly FocusChange[];
  riskFlagOpen?: boolean;
  latestScore?: AgendaInput['latestScore'];
  focusPersonLabel?: string;
}

/** Consecutive cancelled appointments (numbered or not) right before `session`, by date. */
export function missedBefore(sessions: readonly Session[], session: Session): number {
  const ordered = sortSessions(sessions);
  const index = ordered.findIndex((s) => s.id === session.id);
  let count = 0;
  for (let i = index - 1; i >= 0 && ordered[i]?.status === 'cancelled'; i -= 1) count += 1;
  return count;
}

/** Strategy id → the latest session before `before` whose saved agenda used it. */
export function strategyUseBefore(
  saved: readonly SavedAgenda[],
  sessions: readonly Session[],
  before: number,
): Record<string, number> {
  const numberOf = new Map(sessions.map((s) => [s.id, s.number]));
  const use: Record<string, number> = {};
  for (const agenda of saved) {
    const n = numberOf.get(agenda.sessionId);
    if (n === null || n === undefined || n >= before) continue;
    for (const id of agenda.strategiesUsed) use[id] = Math.max(use[id] ?? 0, n);
  }
  return use;
}

/**
 * The input of one week's agenda. Last week's task comes from the previous numbered session's
 * saved agenda; its outcome is recorded in this week's (the week that reviews it).
 */
export function agendaInputFor(facts: WeekFacts): AgendaInput {
  const { course, sessions, session, saved } = facts;
  const n = session.number;
  const byId = new Map(saved.map((a) => [a.sessionId, a]));
  const prevSession = sessions.find((s) => s.number === n - 1);
  const prevSaved = prevSession ? byId.get(prevSession.id) : undefined;
  const review = byId.get(session.id)?.taskReview;
  const previous = prevSession
    ? {
        held: prevSession.status !== 'cancelled',
        ...(prevSaved?.taskSet?.trim() ? { taskSet: prevSaved.taskSet.trim() } : {}),
        ...(review && prevSaved?.taskSet?.trim() ? { taskOutcome: review.outcome } : {}),
        ...(review?.note.trim() ? { outcomeNote: review.note.trim() } : {}),
      }
    : undefined;
  return {
    course,
    sessionNumber: n,
    focus: focusAt(course, facts.focusChanges, n),
    ...(previous ? { previous } : {}),
    missedBefore: missedBefore(sessions, session),
    strategyUse: strategyUseBefore(saved, sessions, n),
    ...(facts.riskFlagOpen ? { riskFlagOpen: true } : {}),
    ...(facts.latestScore ? { latestScore: facts.latestScore } : {}),
    ...(facts.focusPersonLabel ? { focusPersonLabel: facts.focusPersonLabel } : {}),
  };
}

/** The latest complete PHQ-9 of a course with its baseline, if any. */
export function latestPhq9(
  measures: readonly Measure[],
  courseId: string,
): { total: number; baseline?: number } | undefined {
  const latest = scoredMeasures(measures, courseId, 'phq9').at(-1);
  if (!latest) return undefined;
  const baseline = pickBaseline(measures, { courseId, kind: 'phq9' });
  return baseline.ok
    ? { total: latest.total, baseline: baseline.value.total }
    : { total: latest.total };
}

/** The person at the centre of a focus: the first, in the therapist's order, tied to its area. */
export function focusPersonOf(
  people: readonly InventoryPerson[],
  area: ProblemArea,
): InventoryPerson | undefined {
  return [...people].sort((a, b) => a.order - b.order).find((p) => p.problemArea === area);
}

/** The strategy ids among segments (for the least-recently-used menu). */
export function strategiesOf(segments: readonly AgendaSegment[]): string[] {
  return segments
    .filter((s) => s.id.startsWith(STRATEGY_PREFIX))
    .map((s) => s.id.slice(STRATEGY_PREFIX.length));
}

/**
 * A segment for a strategy the therapist picks from the menu (ten minutes to start with): who it
 * is about, its own questions and its technique scaffold, filled for the focus person.
 */
export function segmentForStrategy(
  option: StrategyOption,
  focus: Omit<AgendaFocus, 'agreed'>,
): AgendaSegment {
  const item = allStrategies().find((s) => s.id === option.id);
  const label = areaContent(option.area, focus.stage).label;
  const person = option.area === focus.area ? focus.personLabel : focus.secondaryPersonLabel;
  const fill = {
    who: whoWords(option.area, person),
    ...(item?.scaffoldWho ? { with: item.scaffoldWho } : {}),
  };
  const prompts = (item?.prompts ?? []).map((q) => `"${fillLine(q, fill)}"`);
  const scaffold = item?.scaffold ? scaffoldLines(item.scaffold).map((l) => fillLine(l, fill)) : [];
  return {
    id: `${STRATEGY_PREFIX}${option.id}`,
    title: `${label} · ${fillLine(option.title, fill)}`,
    minutes: 10,
    content: [focusLine(option.area, person), ...prompts, ...scaffold],
    techniques: [...(item?.techniques ?? [])],
    mechanisms: [...option.mechanisms],
  };
}
