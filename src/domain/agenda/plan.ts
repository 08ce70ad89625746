/**
 * The middle phase as a plan for the whole course (issue 11 item 2). Each middle-style week gets a
 * lead strategy and a supporting one, walking each step's strategies in library order, so no two
 * weeks are the same even when nothing has been saved. The plan is re-made from what happened:
 * a held week covers the strategies its saved agenda kept (or the planned ones if none was saved),
 * a missed week covers nothing, so its work is merged into the next held week.
 */
import type { Course, DisputeStage, ProblemArea } from '../types';
import { areaContent } from './content';
import type { MiddleStep, StrategyItem } from './content-types';
import { focusAt } from './focus';
import type { FocusChange, FocusInForce } from './focus';
import { middleStepOf } from './phase-steps';
import { stepsWithMisses } from './plan-steps';

/** What is known of one numbered session when planning. */
export interface WeekHistory {
  number: number;
  status: 'planned' | 'held' | 'cancelled';
  /** Strategy ids kept in the saved agenda, lead first; absent when nothing was saved. */
  strategiesUsed?: readonly string[];
}

export interface PlannedStrategy {
  area: ProblemArea;
  stage?: DisputeStage;
  step: MiddleStep;
  item: StrategyItem;
}

/**
 * How the second strategy of a week is worked: `carried` work of an earlier step never reached
 * (a missed week), in full; a short `follow-on` of a strategy led before (from `fromWeek`); or the
 * `primary` area's work in a week the second area leads, in full.
 */
export type SupportRole = 'carried' | 'follow-on' | 'primary';

export interface WeekPlan {
  number: number;
  /** The primary area's step this week. */
  step: MiddleStep;
  lead: PlannedStrategy;
  support?: PlannedStrategy & { role: SupportRole; fromWeek?: number };
  /** The support is work carried over from an earlier step that was not reached (a missed week). */
  carried: boolean;
  /** The lead strategy was led before: this is a second pass at it. */
  secondPass: boolean;
  /** On a second pass, the session the strategy last led. */
  ledBefore?: number;
}

type Course_ = Pick<
  Course,
  'length' | 'boundaries' | 'primaryArea' | 'secondaryArea' | 'disputeStage'
>;

/** True for the weeks worked like middle sessions: the middle phase, and L-3 of a long ending. */
export function isMiddleStyle(course: Pick<Course, 'length' | 'boundaries'>, n: number): boolean {
  const { initialEnd, middleEnd } = course.boundaries;
  return n > initialEnd && (n <= middleEnd || course.length - n >= 3) && n <= course.length;
}

/** The step of a middle-style week: the calendar step, or late for L-3 in the termination phase. */
export function stepOfWeek(course: Pick<Course, 'length' | 'boundaries'>, n: number): MiddleStep {
  return middleStepOf(course, n) ?? 'late';
}

/**
 * The weeks a second area leads: at least three (or every remaining week if fewer are left),
 * about a third of the middle weeks from the one it starts at, spread evenly.
 */
export function secondaryLeadWeeks(
  course: Pick<Course, 'length' | 'boundaries'>,
  from: number,
): number[] {
  const weeks = middleStyleWeeks(course).filter((n) => n >= from);
  const r = weeks.length;
  const count = Math.min(r, Math.max(3, Math.round(r / 3)));
  return Array.from({ length: count }, (_, i) => weeks[Math.floor(((i + 0.5) * r) / count)] ?? 0);
}

/** Every middle-style week of the course in order. */
export function middleStyleWeeks(course: Pick<Course, 'length' | 'boundaries'>): number[] {
  return Array.from({ length: course.length }, (_, i) => i + 1).filter((n) =>
    isMiddleStyle(course, n),
  );
}

interface Tracker {
  led: Set<string>;
  /** Strategy id → the week it last led. */
  lastLed: Map<string, number>;
  lastUse: Map<string, number>;
  pairs: Set<string>;
}

function stepItems(area: ProblemArea, stage: DisputeStage | undefined, step: MiddleStep) {
  return areaContent(area, stage).steps[step].strategies;
}

function pick(
  items: readonly StrategyItem[],
  t: Tracker,
  skip: readonly string[],
): StrategyItem | undefined {
  const open = items.filter((s) => !skip.includes(s.id));
  const never = open.find((s) => !t.led.has(s.id));
  if (never) return never;
  return [...open].sort((a, b) => (t.lastUse.get(a.id) ?? 0) - (t.lastUse.get(b.id) ?? 0))[0];
}

function pickSupport(
  items: readonly StrategyItem[],
  earlier: readonly StrategyItem[],
  t: Tracker,
  lead: string,
): { item?: StrategyItem; role: SupportRole; fromWeek?: number } {
  const carried = earlier.find((s) => !t.lastUse.has(s.id));
  if (carried) return { item: carried, role: 'carried' };
  const led = [...items, ...earlier]
    .filter((s) => s.id !== lead && t.lastLed.has(s.id))
    .sort((a, b) => (t.lastLed.get(b.id) ?? 0) - (t.lastLed.get(a.id) ?? 0));
  const item = led.find((s) => !t.pairs.has(`${lead}>${s.id}`)) ?? led[0];
  return item
    ? { item, role: 'follow-on', fromWeek: t.lastLed.get(item.id) ?? 0 }
    : { role: 'follow-on' };
}

const STEP_BEFORE: Record<MiddleStep, MiddleStep | undefined> = {
  early: undefined,
  mid: 'early',
  late: 'mid',
};

function secondaryStep(index: number, count: number): MiddleStep {
  const third = count / 3;
  return index < third ? 'early' : index < 2 * third ? 'mid' : 'late';
}

function cover(t: Tracker, n: number, ids: readonly string[], bothLed: boolean) {
  const [lead, support] = ids;
  for (const id of bothLed ? ids : ids.slice(0, 1)) {
    t.led.add(id);
    t.lastLed.set(id, n);
  }
  for (const id of ids) t.lastUse.set(id, n);
  if (lead && support) t.pairs.add(`${lead}>${support}`);
}

function primaryChoice(focus: FocusInForce, step: MiddleStep, t: Tracker, n: number) {
  const items = stepItems(focus.area, focus.stage, step);
  const before = STEP_BEFORE[step];
  const earlier = before ? stepItems(focus.area, focus.stage, before) : [];
  const lead = pick(items, t, []) ?? items[0];
  if (!lead) throw new Error(`No strategies for ${focus.area} at ${step} (week ${n})`);
  const secondPass = t.led.has(lead.id);
  const ledBefore = t.lastLed.get(lead.id);
  const support = pickSupport(items, earlier, t, lead.id);
  const inEarlier = support.item ? earlier.includes(support.item) : false;
  const as = (item: StrategyItem, s: MiddleStep): PlannedStrategy => ({
    area: focus.area,
    ...(focus.stage ? { stage: focus.stage } : {}),
    step: s,
    item,
  });
  return {
    lead: as(lead, step),
    ...(support.item
      ? {
          support: {
            ...as(support.item, inEarlier && before ? before : step),
            role: support.role,
            ...(support.fromWeek ? { fromWeek: support.fromWeek } : {}),
          },
        }
      : {}),
    carried: support.role === 'carried',
    secondPass,
    ...(secondPass && ledBefore !== undefined ? { ledBefore } : {}),
  };
}

/**
 * The plan of every middle-style week, re-made from the history: what earlier weeks covered
 * decides what later weeks lead with. Pure; the same history always gives the same plan.
 */
export function planWeeks(
  course: Course_,
  history: readonly WeekHistory[] = [],
  focusChanges: readonly FocusChange[] = [],
): Map<number, WeekPlan> {
  const byNumber = new Map(history.map((w) => [w.number, w]));
  const t: Tracker = { led: new Set(), lastLed: new Map(), lastUse: new Map(), pairs: new Set() };
  const plans = new Map<number, WeekPlan>();
  const weeks = middleStyleWeeks(course);
  const cancelled = new Set(history.filter((w) => w.status === 'cancelled').map((w) => w.number));
  const steps = stepsWithMisses(weeks, (n) => stepOfWeek(course, n), cancelled);
  const start = weeks.find((n) => focusAt(course as Course, focusChanges, n).secondaryArea);
  const secondaryWeeks = start === undefined ? [] : secondaryLeadWeeks(course, start);
  for (const n of weeks) {
    const focus = focusAt(course as Course, focusChanges, n);
    const step = steps.get(n) ?? stepOfWeek(course, n);
    const primary = primaryChoice(focus, step, t, n);
    const si = secondaryWeeks.indexOf(n);
    const plan: WeekPlan =
      si >= 0 && focus.secondaryArea
        ? secondaryWeek(n, step, focus, primary.lead, secondaryStep(si, secondaryWeeks.length), t)
        : { number: n, step, ...primary };
    plans.set(n, plan);
    const week = byNumber.get(n);
    if (week?.status === 'cancelled') continue;
    const kept = week?.status === 'held' && week.strategiesUsed ? week.strategiesUsed : undefined;
    const ids = kept ?? [plan.lead.item.id, ...(plan.support ? [plan.support.item.id] : [])];
    cover(t, n, ids, plan.support?.role === 'primary' || plan.support?.role === 'carried');
  }
  return plans;
}

function secondaryWeek(
  n: number,
  step: MiddleStep,
  focus: FocusInForce,
  primaryLead: PlannedStrategy,
  secStep: MiddleStep,
  t: Tracker,
): WeekPlan {
  const area = focus.secondaryArea as ProblemArea;
  const stage = area === 'role-dispute' ? focus.stage : undefined;
  const items = stepItems(area, stage, secStep);
  const item = pick(items, t, []) ?? items[0];
  if (!item) throw new Error(`No strategies for ${area}`);
  return {
    number: n,
    step,
    lead: { area, ...(stage ? { stage } : {}), step: secStep, item },
    support: { ...primaryLead, role: 'primary' },
    carried: false,
    secondPass: false,
  };
}
