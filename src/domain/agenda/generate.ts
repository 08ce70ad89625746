/**
 * The weekly agenda generator. Pure and deterministic: the same input always gives a deep-equal
 * agenda. It only selects and orders content from the library; every item stays editable.
 */
import { phaseOf } from '../course-plan';
import { countdown } from '../schedule';
import { INITIAL_PLANS, INITIAL_TASKS } from './content-initial';
import type { SegmentTemplate } from './content-types';
import { block } from './content-types';
import { MISSED_SESSION, NEW_PROBLEM, RISK_ASSESSMENT } from './content-events';
import {
  SESSION_EARLY_END,
  SESSION_L,
  SESSION_L1,
  SESSION_L1_MERGED,
  SESSION_L2,
  TERMINATION_TASKS,
} from './content-termination';
import type { Context } from './generate-parts';
import {
  countdownLines,
  remindersFor,
  scoreLine,
  scoreReviewOf,
  taskReviewBlock,
  toSegments,
} from './generate-parts';
import { middlePlan } from './generate-middle';
import { middleStepOf } from './phase-steps';
import type { Agenda, AgendaInput, StrategyOption } from './types';

interface Plan {
  blocks: SegmentTemplate[];
  tasks: string[];
  menu?: StrategyOption[];
  step?: Context['step'];
}

function contextOf(input: AgendaInput): Context {
  const { course, sessionNumber: n } = input;
  const base = input.focus ?? {
    area: course.primaryArea,
    secondaryArea: course.secondaryArea,
    stage: course.disputeStage,
  };
  const focus = {
    area: base.area,
    ...(base.secondaryArea ? { secondaryArea: base.secondaryArea } : {}),
    ...(base.stage ? { stage: base.stage } : {}),
    ...(input.focusPersonLabel?.trim() ? { personLabel: input.focusPersonLabel.trim() } : {}),
  };
  const missed = Math.max(input.missedBefore ?? 0, input.previous?.held === false ? 1 : 0);
  const events = input.events ?? [];
  const step = middleStepOf(course, n);
  return {
    input,
    course,
    n,
    left: countdown(n, course.length).left,
    phase: phaseOf(n, course.boundaries),
    ...(step ? { step } : {}),
    focus,
    missed,
    crisis: input.riskFlagOpen === true || events.includes('crisis'),
    events,
  };
}

function initialPlan(ctx: Context): Plan {
  const size = Math.min(4, Math.max(1, ctx.course.boundaries.initialEnd)) as 1 | 2 | 3 | 4;
  const plan = INITIAL_PLANS[size];
  const blocks = plan[Math.min(ctx.n, plan.length) - 1] ?? [];
  const ids = blocks.map((b) => b.id);
  const key = ids.includes('contract')
    ? 'focus'
    : ids.includes('explain-ipt')
      ? 'explain-ipt'
      : 'summary-task';
  const review = ctx.n > 1 && ctx.input.previous?.taskSet ? [taskReviewBlock(ctx, 5)] : [];
  return {
    blocks: [...blocks.slice(0, 1), ...review, ...blocks.slice(1)],
    tasks: INITIAL_TASKS[key] ?? [],
  };
}

function terminationPlan(ctx: Context): Plan {
  const offset = ctx.course.length - ctx.n;
  if (offset >= 3) {
    const plan = middlePlan(ctx, 'late');
    return { blocks: plan.blocks, tasks: plan.tasks, menu: plan.menu, step: 'late' };
  }
  const termLength = ctx.course.length - ctx.course.boundaries.middleEnd;
  const templates =
    offset === 0
      ? SESSION_L
      : offset === 1
        ? termLength <= 2
          ? SESSION_L1_MERGED
          : SESSION_L1
        : SESSION_L2;
  const [head, ...rest] = withScoreAndCountdown(ctx, templates);
  const review = ctx.input.previous?.taskSet ? [taskReviewBlock(ctx, 5)] : [];
  const blocks = [...(head ? [head] : []), ...review, ...rest];
  return { blocks, tasks: offset === 0 ? [] : TERMINATION_TASKS };
}

function withScoreAndCountdown(
  ctx: Context,
  templates: readonly SegmentTemplate[],
): SegmentTemplate[] {
  const review = scoreReviewOf(ctx.input.latestScore);
  return templates.map((t) => {
    if (t.id === 'countdown') return { ...t, content: countdownLines(ctx) };
    if (t.id === 'progress' && review) return { ...t, content: [scoreLine(review), ...t.content] };
    return t;
  });
}

function earlyEndingPlan(ctx: Context): Plan {
  const blocks = withScoreAndCountdown(ctx, SESSION_EARLY_END);
  const note = block('early-ending', 'Ending early', 0, [
    'Say openly that the course ends here; the plan and the letter are still given.',
    'If the client does not return, send the end-of-treatment letter and leave the door open.',
  ]);
  return { blocks: [{ ...note, weight: 3 }, ...blocks], tasks: [] };
}

function basePlan(ctx: Context): Plan {
  if (ctx.events.includes('early-ending')) return earlyEndingPlan(ctx);
  if (ctx.phase === 'initial') return initialPlan(ctx);
  if (ctx.phase === 'termination') return terminationPlan(ctx);
  const step = ctx.step ?? 'mid';
  const plan = middlePlan(ctx, step);
  return { blocks: plan.blocks, tasks: plan.tasks, menu: plan.menu, step };
}

/** Adds the event blocks the middle plan does not already hold: risk first, then the others. */
function withEvents(ctx: Context, plan: Plan): SegmentTemplate[] {
  const ids = new Set(plan.blocks.map((b) => b.id));
  const risk = ctx.crisis ? [RISK_ASSESSMENT] : [];
  const [head, ...rest] = plan.blocks;
  const missed = ctx.missed > 0 && !ids.has('missed-session') ? [MISSED_SESSION] : [];
  const fresh = ctx.events.includes('new-problem') && !ids.has('new-problem') ? [NEW_PROBLEM] : [];
  return [
    ...risk,
    ...(head ? [head] : []),
    ...missed,
    ...rest.slice(0, -1),
    ...fresh,
    ...rest.slice(-1),
  ];
}

/** Builds the agenda of one numbered session from the course, the focus in force and last week. */
export function buildAgenda(input: AgendaInput): Agenda {
  const ctx = contextOf(input);
  const plan = basePlan(ctx);
  const { number, of, left } = countdown(ctx.n, ctx.course.length);
  const review = scoreReviewOf(input.latestScore);
  const showReview = review && (ctx.phase !== 'initial' || ctx.events.includes('early-ending'));
  const prev = input.previous;
  return {
    title: `Session ${number} of ${of}, ${left} left`,
    sessionNumber: number,
    length: of,
    left,
    phase: ctx.phase,
    ...(plan.step ? { step: plan.step } : {}),
    focus: ctx.focus,
    segments: toSegments(withEvents(ctx, plan), ctx.course.sessionMinutes),
    ...(prev?.taskSet
      ? {
          taskToReview: {
            text: prev.taskSet,
            ...(prev.taskOutcome ? { outcome: prev.taskOutcome } : {}),
          },
        }
      : {}),
    taskToSet: { suggestions: plan.tasks },
    reminders: remindersFor(ctx, review),
    ...(plan.menu && !ctx.crisis ? { strategyMenu: plan.menu } : {}),
    ...(showReview ? { scoreReview: review } : {}),
  };
}
