/**
 * Middle-style weeks (the middle phase, and L-3 of a long ending): the opening, the task review,
 * the week's planned lead and supporting strategies (plan.ts) with their own questions and
 * technique scaffolds, the events and milestones of the week, and one concrete task.
 */
import type { Mechanism, ProblemArea } from '../types';
import { areaContent } from './content';
import type { SegmentTemplate, StrategyItem } from './content-types';
import { block } from './content-types';
import { EMPHASIS, EMPHASIS_SHARE, LEAD_SHARE } from './content-emphasis';
import { secondPassQuestions } from './content-second-pass';
import {
  CRISIS_TASK,
  CRISIS_WORK,
  MISSED_SESSION,
  NEW_PROBLEM,
  OPENING_ROUTINE,
  RISK_RECHECK,
  SAFETY_SCREEN,
} from './content-events';
import {
  DECISION_FOLLOW_UP,
  MID_COURSE_REVIEW,
  REVIEW_FOLLOW_UP,
  REVIEW_PROMPT,
  UP_SINCE_LAST_PROMPT,
  WORSE_THAN_START_PROMPT,
} from './content-review';
import { RAISE_ENDING } from './content-termination';
import type { Context } from './generate-parts';
import { countdownSentence, taskReviewBlock, withScore } from './generate-parts';
import { scoreLine } from './outcome';
import { fillLine, focusLine, taskSentence, whoWords } from './people';
import type { Fill } from './people';
import { endingRaisedWeek } from './phase-steps';
import type { PlannedStrategy, WeekPlan } from './plan';
import { scaffoldLines } from './scaffolds';

export interface MiddlePlan {
  blocks: SegmentTemplate[];
  tasks: string[];
  afterOutcome?: string[];
}

function fillFor(ctx: Context, area: ProblemArea, item?: StrategyItem): Fill {
  const label = area === ctx.focus.area ? ctx.focus.personLabel : ctx.focus.secondaryPersonLabel;
  const who = whoWords(area, label);
  return { who, ...(item?.scaffoldWho ? { with: item.scaffoldWho } : {}) };
}

function reviewBlock(ctx: Context): SegmentTemplate {
  const [question, ...rest] = MID_COURSE_REVIEW.content;
  const r = ctx.review;
  const data = r
    ? [`Data: ${scoreLine(r)}`, REVIEW_PROMPT[r.outcome]]
    : ['No PHQ-9 on or before today: complete one before the review.'];
  const worse = [
    ...(r?.worseThanStart ? [WORSE_THAN_START_PROMPT] : []),
    ...(r?.upSinceLast ? [UP_SINCE_LAST_PROMPT] : []),
  ];
  return { ...MID_COURSE_REVIEW, content: [question ?? '', ...data, ...worse, ...rest] };
}

function extrasFor(ctx: Context): SegmentTemplate[] {
  const d = ctx.input.reviewDecision;
  const follow = d && ctx.n === d.sessionNumber + 1 && DECISION_FOLLOW_UP[d.decision].line;
  return [
    ...(follow ? [{ ...REVIEW_FOLLOW_UP, content: [follow] }] : []),
    ...(ctx.phase === 'middle' && ctx.n === ctx.reviewWeek ? [reviewBlock(ctx)] : []),
    ...(ctx.n === endingRaisedWeek(ctx.course) ? [RAISE_ENDING] : []),
    ...(ctx.events.includes('new-problem') ? [NEW_PROBLEM] : []),
  ];
}

/** The mechanisms emphasised by the course that a strategy serves. */
const serves = (item: StrategyItem, emphasised: readonly Mechanism[]) =>
  item.mechanisms.filter((m) => emphasised.includes(m));

function shares(plan: WeekPlan, emphasised: readonly Mechanism[]): [number, number] {
  const lead = serves(plan.lead.item, emphasised).length > 0;
  const support = plan.support ? serves(plan.support.item, emphasised).length > 0 : false;
  if (lead && !support) return [EMPHASIS_SHARE, 1 - EMPHASIS_SHARE];
  if (support && !lead) return [1 - EMPHASIS_SHARE, EMPHASIS_SHARE];
  return [LEAD_SHARE, 1 - LEAD_SHARE];
}

/** The emphasised mechanisms no strategy of the week serves: their question goes to the lead. */
function unserved(plan: WeekPlan, emphasised: readonly Mechanism[]): Mechanism[] {
  const items = [plan.lead.item, ...(plan.support ? [plan.support.item] : [])];
  return emphasised.filter((m) => !items.some((i) => i.mechanisms.includes(m)));
}

function promptsFor(item: StrategyItem, use: 'lead' | 'first-pass' | 'follow-on'): string[] {
  const all = item.prompts;
  if (use === 'follow-on') return all.length > 1 ? all.slice(-1) : [];
  return use === 'first-pass' && all.length > 1 ? all.slice(0, -1) : all;
}

function leadLines(ctx: Context, p: PlannedStrategy, fill: Fill, second: boolean): string[] {
  const content = areaContent(p.area, p.stage);
  const plan = ctx.plan as WeekPlan;
  const d = ctx.input.reviewDecision;
  return [
    `Aim${second ? ' (second area)' : ''}: ${fillLine(content.steps[p.step].aim, fill)}`,
    focusLine(p.area, second ? ctx.focus.secondaryPersonLabel : ctx.focus.personLabel),
    ...(plan.secondPass
      ? [
          `Second pass at this strategy${plan.ledBefore ? ` (led in session ${plan.ledBefore})` : ''}: start from what changed since, and take it further.`,
        ]
      : []),
    ...(d?.decision === 'sharpen' && ctx.n > d.sessionNumber
      ? [DECISION_FOLLOW_UP.sharpen.line ?? '']
      : []),
    ...(plan.secondPass
      ? secondPassQuestions(p.area, plan.ledBefore ?? ctx.n - 1, ctx.n)
      : promptsFor(p.item, 'first-pass')
    ).map((q) => `"${fillLine(q, fill)}"`),
  ];
}

function supportLines(p: NonNullable<WeekPlan['support']>, fill: Fill): string[] {
  if (p.role === 'follow-on') {
    return [
      `Pick up from session ${p.fromWeek ?? ''}: what has shifted since?`,
      ...promptsFor(p.item, 'follow-on').map((q) => `"${fillLine(q, fill)}"`),
    ];
  }
  const carried =
    p.role === 'carried'
      ? ['Carried over from the earlier step, not yet reached: worked in today.']
      : [];
  return [...carried, ...p.item.prompts.map((q) => `"${fillLine(q, fill)}"`)];
}

function strategyBlock(ctx: Context, p: PlannedStrategy, role: 'lead' | 'support', weight: number) {
  const { item, area } = p;
  const plan = ctx.plan as WeekPlan;
  const content = areaContent(area, p.stage);
  const fill = fillFor(ctx, area, item);
  const emphasised = ctx.course.mechanisms;
  const extraMechs = role === 'lead' ? unserved(plan, emphasised) : [];
  const second = area !== ctx.focus.area;
  const support = role === 'support' ? plan.support : undefined;
  const scaffold =
    item.scaffold &&
    !(support && (support.role === 'follow-on' || item.scaffold === plan.lead.item.scaffold));
  const lines = [
    ...(support ? supportLines(support, fill) : leadLines(ctx, p, fill, second)),
    ...(scaffold && item.scaffold
      ? scaffoldLines(item.scaffold).map((l) => fillLine(l, fill))
      : []),
    ...[...serves(item, emphasised), ...extraMechs].map((m) => EMPHASIS[m].question),
  ];
  const label = second ? `Second area (${content.label.toLowerCase()})` : content.label;
  const prefix = support?.role === 'follow-on' ? `Follow-on (${label.toLowerCase()})` : label;
  return {
    ...block(
      `strategy-${item.id}`,
      `${prefix} · ${fillLine(item.title, fill)}`,
      weight,
      lines,
      item.techniques,
      [...item.mechanisms, ...extraMechs],
    ),
    kind: 'work' as const,
  };
}

function focusWork(ctx: Context): SegmentTemplate[] {
  const plan = ctx.plan;
  if (ctx.crisis || !plan) return [{ ...CRISIS_WORK, kind: 'work' }];
  const [a, b] = shares(plan, ctx.course.mechanisms);
  const lead = strategyBlock(ctx, plan.lead, 'lead', a * 100);
  if (!plan.support) return [lead];
  return [lead, strategyBlock(ctx, plan.support, 'support', b * 100)];
}

/** True in the first middle-style week of a dispute: abuse and safety are screened first. */
function screenWeek(ctx: Context): boolean {
  return ctx.disputeScreenWeek === ctx.n;
}

function tasksFor(ctx: Context): Pick<MiddlePlan, 'tasks' | 'afterOutcome'> {
  const plan = ctx.plan;
  if (!plan) return { tasks: [] };
  // Crisis work replaced the focus: the task is about support and safety, not the focus step
  if (ctx.crisis) return { tasks: [CRISIS_TASK] };
  const emphasised = ctx.course.mechanisms;
  const planned = [plan.lead, ...(plan.support ? [plan.support] : [])];
  const ordered = [...planned].sort(
    (x, y) => serves(y.item, emphasised).length - serves(x.item, emphasised).length,
  );
  const usable = ordered.filter(
    (p) =>
      !(p.item.task.reopens && screenWeek(ctx)) &&
      !(p === plan.support && plan.support.role === 'follow-on'),
  );
  const tasks = usable.map((p) => taskSentence(p.item.task, fillFor(ctx, p.area, p.item)));
  const fill = fillFor(ctx, ctx.focus.area);
  const extra = emphasised.map((m) => taskSentence(EMPHASIS[m].task, fill));
  const prev = ctx.input.previous;
  const weak = prev?.taskSet && (prev.taskOutcome === 'partly' || prev.taskOutcome === 'not-done');
  const after = weak ? [smallerStep(ctx, prev.taskSet ?? '')] : undefined;
  return { tasks: [...tasks, ...extra], ...(after ? { afterOutcome: after } : {}) };
}

/** The smaller version of a library task the therapist used; otherwise a rehearsal first. */
function smallerStep(ctx: Context, task: string): string {
  const areas = [ctx.focus.area, ...(ctx.focus.secondaryArea ? [ctx.focus.secondaryArea] : [])];
  for (const area of areas) {
    const steps = Object.values(areaContent(area, ctx.focus.stage).steps);
    for (const item of steps.flatMap((s) => s.strategies)) {
      const fill = fillFor(ctx, area, item);
      if (taskSentence(item.task, fill).toLowerCase() === task.trim().toLowerCase()) {
        return `${fillLine(item.task.smaller, fill)}, this week (a smaller step, rehearsed here first)`;
      }
    }
  }
  return 'A smaller first step of the same aim, rehearsed here first, this week';
}

/** The blocks and task suggestions of a middle-style week. */
export function middlePlan(ctx: Context): MiddlePlan {
  const missed = ctx.missed > 0 ? [MISSED_SESSION] : [];
  const recheck = ctx.input.riskRecheck && !ctx.crisis ? [RISK_RECHECK] : [];
  const screen = screenWeek(ctx) ? [SAFETY_SCREEN] : [];
  const blocks = [
    withScore(ctx, OPENING_ROUTINE),
    ...missed,
    ...recheck,
    ...screen,
    taskReviewBlock(ctx, 9),
    ...extrasFor(ctx),
    ...focusWork(ctx),
    block('set-task', 'Summary and one concrete task', 8, [
      'Summarise what was practised and what it showed.',
      'Agree one task: what, with whom, when; anticipate the obstacles.',
      countdownSentence(ctx),
    ]),
  ];
  return { blocks, ...tasksFor(ctx) };
}
