/**
 * Middle-phase weeks (and L-3 of a four-session termination): opening, task review by name,
 * the problem-area strategies chosen from the menu, one concrete task, the countdown.
 */
import type { ProblemArea } from '../types';
import { areaContent } from './content';
import type { MiddleStep, SegmentTemplate } from './content-types';
import { block } from './content-types';
import {
  CRISIS_WORK,
  MID_COURSE_REVIEW,
  MISSED_SESSION,
  NEW_PROBLEM,
  OPENING_ROUTINE,
} from './content-events';
import { RAISE_ENDING } from './content-termination';
import type { Context } from './generate-parts';
import { countdownLines, scoreLine, scoreReviewOf, taskReviewBlock } from './generate-parts';
import { pickStrategy, strategyMenu, toOptions } from './menu';
import type { MenuEntry } from './menu';
import { endingRaisedWeek, middleIndexOf, reviewWeekOf } from './phase-steps';
import type { StrategyOption } from './types';

const STRATEGY_WEIGHT = 25;
const MIN_STRATEGY_WEIGHT = 8;

export interface MiddlePlan {
  blocks: SegmentTemplate[];
  menu: StrategyOption[];
  tasks: string[];
}

/**
 * Which area leads this week. Rule for a secondary area: every third middle week (the 3rd, 6th,
 * 9th…) the secondary area leads, taking the larger strategy slot, and the primary area keeps the
 * smaller one; in the other weeks the primary area leads and takes both slots. This gives the
 * secondary area roughly a fifth to a quarter of the strategy minutes, without losing the focus.
 */
export function leadAreaOf(ctx: Context): ProblemArea {
  const secondary = ctx.focus.secondaryArea;
  const index = middleIndexOf(ctx.course, ctx.n);
  return secondary && index >= 0 && index % 3 === 2 ? secondary : ctx.focus.area;
}

function extrasFor(ctx: Context): SegmentTemplate[] {
  const extras: SegmentTemplate[] = [];
  if (ctx.phase === 'middle' && ctx.n === reviewWeekOf(ctx.course)) {
    const review = scoreReviewOf(ctx.input.latestScore);
    const lines = review
      ? [scoreLine(review), ...MID_COURSE_REVIEW.content]
      : MID_COURSE_REVIEW.content;
    extras.push({ ...MID_COURSE_REVIEW, content: lines });
  }
  if (ctx.n === endingRaisedWeek(ctx.course)) extras.push(RAISE_ENDING);
  if (ctx.events.includes('new-problem')) extras.push(NEW_PROBLEM);
  return extras;
}

function strategyBlock(
  ctx: Context,
  entry: MenuEntry,
  step: MiddleStep,
  weight: number,
  first: boolean,
) {
  const content = areaContent(entry.area, ctx.focus.stage);
  const stepContent = content.steps[step];
  const person = ctx.focus.personLabel ? [`With: ${ctx.focus.personLabel}.`] : [];
  const lines = [
    ...(first
      ? [`Aim: ${stepContent.aim}`, 'Work through one recent, emotionally charged incident.']
      : []),
    ...person,
    ...(first ? stepContent.prompts : stepContent.prompts.slice(0, 2)),
  ];
  const title = `${content.label}: ${entry.item.title}`;
  return block(
    `strategy-${entry.item.id}`,
    title,
    weight,
    lines,
    entry.item.techniques,
    entry.item.mechanisms,
  );
}

function chosenStrategies(ctx: Context, menu: MenuEntry[], lead: ProblemArea): MenuEntry[] {
  const emphasised = ctx.course.mechanisms;
  const first = pickStrategy(menu, lead, emphasised, ctx.n);
  const second = pickStrategy(
    menu,
    ctx.focus.area,
    emphasised,
    ctx.n,
    first ? [first.item.id] : [],
  );
  return [first, second].filter((e): e is MenuEntry => e !== undefined);
}

function focusWork(
  ctx: Context,
  step: MiddleStep,
  budget: number,
  menu: MenuEntry[],
  lead: ProblemArea,
) {
  if (ctx.crisis) return [{ ...CRISIS_WORK, weight: budget }];
  const chosen = chosenStrategies(ctx, menu, lead);
  const share = chosen.length > 1 ? [0.6, 0.4] : [1];
  return chosen.map((e, i) => strategyBlock(ctx, e, step, budget * (share[i] ?? 0), i === 0));
}

function tasksFor(ctx: Context, step: MiddleStep, lead: ProblemArea): string[] {
  const prev = ctx.input.previous;
  const smaller =
    prev?.taskSet && (prev.taskOutcome === 'partly' || prev.taskOutcome === 'not-done')
      ? [`A smaller step towards: ${prev.taskSet}`]
      : [];
  return [...smaller, ...areaContent(lead, ctx.focus.stage).steps[step].tasks];
}

/** The blocks, menu and task suggestions of a middle-style week at `step`. */
export function middlePlan(ctx: Context, step: MiddleStep): MiddlePlan {
  const lead = leadAreaOf(ctx);
  const menu = strategyMenu(ctx.focus, step, lead, ctx.course.mechanisms, ctx.input.strategyUse);
  const extras = extrasFor(ctx);
  const missed = ctx.missed > 0 ? [MISSED_SESSION] : [];
  const taken = [...extras, ...missed].reduce((a, b) => a + b.weight, 0);
  const budget = Math.max(MIN_STRATEGY_WEIGHT, STRATEGY_WEIGHT - taken);
  const blocks = [
    OPENING_ROUTINE,
    ...missed,
    taskReviewBlock(ctx, 10),
    ...extras,
    ...focusWork(ctx, step, budget, menu, lead),
    block('set-task', 'Summary and one concrete task', 7, [
      'Summarise what was practised and what it showed.',
      'Agree one specific interpersonal task: what, with whom, when. Anticipate the obstacles.',
    ]),
    block('countdown', 'Sessions left', 3, countdownLines(ctx)),
  ];
  return { blocks, menu: toOptions(menu), tasks: tasksFor(ctx, step, lead) };
}
