/**
 * The weekly agenda generator. Pure and deterministic: the same input always gives a deep-equal
 * agenda. It selects, orders and fills in content from the library following the course plan
 * (plan.ts); every item stays editable.
 */
import { phaseOf } from '../course-rules';
import { formatDay } from '../dates';
import { countdown } from '../schedule';
import { INITIAL_PLANS, INITIAL_TASKS } from './content-initial';
import type { SegmentTemplate } from './content-types';
import {
  MISSED_SESSION,
  NEW_PROBLEM,
  RISK_ASSESSMENT,
  RISK_RECHECK,
  stableRiskCheck,
} from './content-events';
import {
  sessionEarlyEnd,
  sessionL,
  sessionL1,
  sessionL2,
  TERMINATION_TASKS,
} from './content-termination';
import type { EndingFacts } from './content-termination';
import type { Context } from './generate-parts';
import {
  mechanismMinutes,
  remindersFor,
  taskReviewBlock,
  toSegments,
  withScore,
} from './generate-parts';
import { middlePlan } from './generate-middle';
import { reviewScore } from './outcome';
import { reviewWeekFor } from './phase-steps';
import { strategyMenu, toOptions } from './menu';
import { isMiddleStyle, planWeeks } from './plan';
import type { Agenda, AgendaFocus, AgendaInput } from './types';

interface Plan {
  blocks: SegmentTemplate[];
  tasks: string[];
  afterOutcome?: string[];
}

function focusOf(input: AgendaInput): AgendaFocus {
  const { course } = input;
  const base = input.focus ?? {
    area: course.primaryArea,
    secondaryArea: course.secondaryArea,
    stage: course.disputeStage,
  };
  const person = input.focusPersonLabel?.trim();
  const second = input.secondaryPersonLabel?.trim();
  return {
    area: base.area,
    ...(base.secondaryArea ? { secondaryArea: base.secondaryArea } : {}),
    ...(base.stage ? { stage: base.stage } : {}),
    ...(person ? { personLabel: person } : {}),
    ...(second && base.secondaryArea ? { secondaryPersonLabel: second } : {}),
    agreed: input.focusAgreed !== false,
  };
}

function contextOf(input: AgendaInput): Context {
  const { course, sessionNumber: n } = input;
  const focus = focusOf(input);
  const missed = Math.max(input.missedBefore ?? 0, input.previous?.held === false ? 1 : 0);
  const events = input.events ?? [];
  const middleStyle = isMiddleStyle(course, n);
  const plans =
    middleStyle || course.primaryArea === 'role-dispute' || focus.area === 'role-dispute'
      ? planWeeks(course, asOf(input.history, n), input.focusChanges)
      : undefined;
  const plan = middleStyle ? plans?.get(n) : undefined;
  const screen = plans
    ? [...plans.values()].find(
        (p) => p.lead.area === 'role-dispute' || p.support?.area === 'role-dispute',
      )?.number
    : undefined;
  const review = reviewScore(input.latestScore);
  const stable = events.includes('crisis') ? undefined : input.lowStableRisk;
  return {
    input,
    course,
    n,
    left: countdown(n, course.length).left,
    phase: phaseOf(n, course.boundaries),
    ...(plan ? { step: plan.step, plan } : {}),
    focus,
    missed,
    crisis: (input.riskFlagOpen === true && !stable) || events.includes('crisis'),
    ...(stable ? { lowStable: stable.assessedOn } : {}),
    events,
    ...(review ? { review } : {}),
    reviewWeek: reviewWeekFor(course, focus.area),
    ...(screen !== undefined ? { disputeScreenWeek: screen } : {}),
  };
}

/** The history as known at session `n`: later sessions are not yet missed. */
function asOf(history: AgendaInput['history'], n: number): AgendaInput['history'] {
  return history?.map((w) =>
    w.number >= n && w.status === 'cancelled' ? { ...w, status: 'planned' as const } : w,
  );
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
  const [head, ...rest] = blocks;
  return {
    blocks: [...(head ? [withScore(ctx, head)] : []), ...review, ...rest],
    tasks: INITIAL_TASKS[key] ?? [],
  };
}

function endingFacts(ctx: Context): EndingFacts {
  const tools = ctx.input.tools ?? {};
  return {
    outcome: ctx.review?.outcome ?? 'unknown',
    area: ctx.focus.area,
    ...(ctx.review ? { total: ctx.review.total } : {}),
    circleDrawn: tools.circleDrawn === true,
    goalRatings: tools.goalRatings === true,
  };
}

function terminationPlan(ctx: Context): Plan {
  const offset = ctx.course.length - ctx.n;
  const facts = endingFacts(ctx);
  const termLength = ctx.course.length - ctx.course.boundaries.middleEnd;
  const templates =
    offset === 0
      ? sessionL(facts)
      : offset === 1
        ? sessionL1(facts, termLength <= 2)
        : sessionL2(facts);
  const [head, ...rest] = templates;
  const review = ctx.input.previous?.taskSet ? [taskReviewBlock(ctx, 5)] : [];
  const blocks = [...(head ? [withScore(ctx, head)] : []), ...review, ...rest];
  return { blocks, tasks: offset === 0 ? [] : TERMINATION_TASKS };
}

function basePlan(ctx: Context): Plan {
  if (ctx.events.includes('early-ending')) {
    const [head, ...rest] = sessionEarlyEnd(endingFacts(ctx));
    return { blocks: [...(head ? [withScore(ctx, head)] : []), ...rest], tasks: [] };
  }
  if (ctx.plan) return middlePlan(ctx);
  if (ctx.phase === 'initial') return initialPlan(ctx);
  return terminationPlan(ctx);
}

/** Adds the event blocks the plan does not already hold: risk first, then the others. */
function withEvents(ctx: Context, plan: Plan): SegmentTemplate[] {
  const ids = new Set(plan.blocks.map((b) => b.id));
  const stable = ctx.lowStable ? stableRiskCheck(formatDay(ctx.lowStable)) : undefined;
  const risk = ctx.crisis ? [RISK_ASSESSMENT] : stable && ctx.input.riskFlagOpen ? [stable] : [];
  const recheck =
    !ctx.crisis && !risk.length && ctx.input.riskRecheck && !ids.has('risk-recheck')
      ? [RISK_RECHECK]
      : [];
  if (stable) {
    // A low, stable risk: the re-check comes first, ahead of the scores; the focus work stays
    const planned = plan.blocks.filter((b) => b.id === 'risk-recheck');
    const [head, ...rest] = plan.blocks.filter((b) => b.id !== 'risk-recheck');
    return [...risk, ...recheck, ...planned, ...afterRisk(ctx, ids, head, rest)];
  }
  const [head, ...rest] = plan.blocks;
  const [first, ...others] = afterRisk(ctx, ids, head, rest);
  return [...risk, ...(first ? [first] : []), ...recheck, ...others];
}

/** The scores, the missed-session part, the plan and a new problem before the closing part. */
function afterRisk(
  ctx: Context,
  ids: ReadonlySet<string>,
  head: SegmentTemplate | undefined,
  rest: readonly SegmentTemplate[],
): SegmentTemplate[] {
  const missed = ctx.missed > 0 && !ids.has('missed-session') ? [MISSED_SESSION] : [];
  const fresh = ctx.events.includes('new-problem') && !ids.has('new-problem') ? [NEW_PROBLEM] : [];
  return [...(head ? [head] : []), ...missed, ...rest.slice(0, -1), ...fresh, ...rest.slice(-1)];
}

/** Builds the agenda of one numbered session from the course, the plan, the focus in force and what is known as of its date. */
export function buildAgenda(input: AgendaInput): Agenda {
  const ctx = contextOf(input);
  const plan = basePlan(ctx);
  const { number, of, left } = countdown(ctx.n, ctx.course.length);
  const prev = input.previous;
  const segments = toSegments(withEvents(ctx, plan), ctx.course.sessionMinutes);
  return {
    title: `Session ${number} of ${of}, ${left} left`,
    sessionNumber: number,
    length: of,
    left,
    phase: ctx.phase,
    ...(ctx.step ? { step: ctx.step } : {}),
    focus: ctx.focus,
    segments,
    ...(prev?.taskSet
      ? {
          taskToReview: {
            text: prev.taskSet,
            ...(prev.taskOutcome ? { outcome: prev.taskOutcome } : {}),
          },
        }
      : {}),
    taskToSet: {
      suggestions: plan.tasks,
      ...(plan.afterOutcome ? { afterOutcome: plan.afterOutcome } : {}),
    },
    reminders: remindersFor(ctx),
    ...(ctx.plan && ctx.step && !ctx.crisis
      ? {
          strategyMenu: toOptions(
            strategyMenu(
              ctx.focus,
              ctx.step,
              ctx.plan.lead.area,
              ctx.course.mechanisms,
              input.strategyUse,
            ),
          ),
        }
      : {}),
    ...(ctx.review && ctx.phase !== 'initial' ? { scoreReview: ctx.review } : {}),
    mechanismMinutes: mechanismMinutes(segments),
    ...(ctx.phase === 'termination' || ctx.events.includes('early-ending')
      ? { outcome: ctx.review?.outcome ?? 'unknown' }
      : {}),
    ...(input.reviewDecision ? { reviewDecision: input.reviewDecision } : {}),
  };
}
