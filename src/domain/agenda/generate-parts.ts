/**
 * Pieces shared by every phase of the generator: the context, the task review, the score line in
 * the opening, reminders and the conversion of blocks to minutes.
 */
import type { Course, IsoDay, Mechanism, Phase } from '../types';
import { DEFICITS_CAUTION } from './content';
import type { MiddleStep, SegmentTemplate } from './content-types';
import { block } from './content-types';
import { REVIEW_ENGAGEMENT, SECOND_AREA, TASK_REVIEW } from './content-events';
import { DECISION_FOLLOW_UP, DECISION_MISSING } from './content-review';
import { allot } from './minutes';
import { scoreLine } from './outcome';
import { endingRaisedWeek, endingWindow } from './phase-steps';
import type { WeekPlan } from './plan';
import type { AgendaFocus, AgendaInput, AgendaSegment, Reminder, ScoreReview } from './types';

/** Everything the phase builders need, worked out once. */
export interface Context {
  input: AgendaInput;
  course: Course;
  n: number;
  left: number;
  phase: Phase;
  step?: MiddleStep;
  focus: AgendaFocus;
  missed: number;
  crisis: boolean;
  /** The day of the last low-risk assessment when the risk is low and stable (risk-stable.ts). */
  lowStable?: IsoDay;
  events: NonNullable<AgendaInput['events']>;
  review?: ScoreReview;
  plan?: WeekPlan;
  reviewWeek: number;
  /** The first week of dispute work, which screens for abuse and safety first. */
  disputeScreenWeek?: number;
}

export const OUTCOME_LABEL = {
  done: 'done',
  partly: 'partly done',
  'not-done': 'not done',
  overtaken: 'overtaken by events',
};

/** The task-review block: quotes the task agreed at the last held session and the move for its outcome. */
export function taskReviewBlock(ctx: Context, weight: number): SegmentTemplate {
  const prev = ctx.input.previous;
  const lines: string[] = [];
  if (prev?.taskSet) {
    const from =
      prev.taskFromSession && prev.taskFromSession < ctx.n - 1
        ? ` (agreed at session ${prev.taskFromSession}, before the missed week)`
        : '';
    lines.push(`Last task: "${prev.taskSet}"${from}.`);
    if (prev.taskOutcome) {
      const r = TASK_REVIEW[prev.taskOutcome];
      lines.push(`Outcome: ${OUTCOME_LABEL[prev.taskOutcome]}.`, r.move, ...r.prompts, r.effect);
    } else {
      lines.push(
        'Ask how it went (done, partly, not done, overtaken by events), without judgment.',
      );
    }
    if (prev.outcomeNote) lines.push(`Note: ${prev.outcomeNote}`);
  } else {
    lines.push('No task was recorded: ask what they tried between sessions.');
  }
  lines.push("Link the week's mood changes to what happened with people, in either direction.");
  const title = prev?.taskSet ? 'Review the task' : 'Review the week';
  return {
    ...block('task-review', title, weight, lines, ['mood-event-linking', 'clarification']),
    kind: 'overhead',
  };
}

/** The first line of every opening: the score as of this session, item 9 first. */
export function openingScoreLine(ctx: Context): string {
  if (!ctx.review) return 'No PHQ-9 on or before today: ask for one now, item 9 first.';
  const r = ctx.review;
  const item9 =
    r.item9 === undefined ? '' : `Item 9: ${r.item9}${r.item9 > 0 ? ' (assess risk today)' : ''}. `;
  return `${item9}${scoreLine({ ...r, item9: undefined })}`;
}

/** The opening template with the score line put first. */
export function withScore(ctx: Context, opening: SegmentTemplate): SegmentTemplate {
  return { ...opening, content: [openingScoreLine(ctx), ...opening.content] };
}

/** The countdown as a sentence of the summary, not a segment of its own. */
export function countdownSentence(ctx: Context): string {
  if (ctx.left === 0) return 'This is the last session.';
  const s = ctx.left === 1 ? 'session' : 'sessions';
  return `${ctx.left} ${s} left after today; the last is session ${ctx.course.length}.`;
}

function focusReminders(ctx: Context): Reminder[] {
  const out: Reminder[] = [];
  if ([ctx.focus.area, ctx.focus.secondaryArea].includes('interpersonal-deficits')) {
    out.push({ code: 'deficits-caution', text: DEFICITS_CAUTION });
  }
  if (ctx.focus.secondaryArea && ctx.focus.secondaryArea !== ctx.course.secondaryArea) {
    out.push({ code: 'second-area', text: SECOND_AREA });
  }
  if (!ctx.focus.agreed && ctx.phase !== 'initial') {
    out.push({
      code: 'focus-to-agree',
      text: 'The focus is still to be agreed: agree the formulation and contract with the client.',
    });
  }
  return out;
}

function decisionReminders(ctx: Context): Reminder[] {
  const d = ctx.input.reviewDecision;
  if (d && ctx.n > d.sessionNumber)
    return [{ code: 'review-decision', text: DECISION_FOLLOW_UP[d.decision].reminder }];
  const weak = ctx.review && (ctx.review.outcome === 'none' || ctx.review.worseThanStart);
  if (!d && weak && ctx.n > ctx.reviewWeek && ctx.phase === 'middle')
    return [{ code: 'review-decision', text: DECISION_MISSING }];
  return [];
}

function courseReminders(ctx: Context): Reminder[] {
  const out: Reminder[] = [];
  const { course, n } = ctx;
  if (ctx.phase === 'middle' && n === ctx.reviewWeek) {
    out.push({
      code: 'mid-course-review',
      text: 'Mid-course review today: is the client improving? Record the decision.',
    });
    if (ctx.review && (ctx.review.outcome === 'none' || ctx.review.worseThanStart)) {
      out.push({
        code: 'score-review',
        text: 'Little change or worse than at the start: consider medication, the formulation or referral.',
      });
    }
  }
  const window = endingWindow(course);
  if (n >= window.from && n <= window.to && !ctx.events.includes('early-ending')) {
    const text =
      n === endingRaisedWeek(course)
        ? `Name the ending today: ${ctx.left} sessions left, the last is session ${course.length}.`
        : `The ending must be named by session ${window.to}.`;
    out.push({ code: 'raise-ending', text });
  }
  if (n === course.length)
    out.push({ code: 'final-session', text: 'Final session: hand over the plan and the letter.' });
  return out;
}

function eventReminders(ctx: Context): Reminder[] {
  const out: Reminder[] = [];
  if (ctx.crisis)
    out.push({
      code: 'risk-flag',
      text: 'Risk flag open: assess risk first, today; acknowledge the flag.',
    });
  else if (ctx.lowStable && ctx.input.riskFlagOpen)
    out.push({
      code: 'risk-flag',
      text: 'Risk flag open (item 9 at 1 again, last assessed low): re-check risk first; the focus work goes ahead, shortened, unless anything has changed.',
    });
  else if (ctx.input.riskRecheck)
    out.push({
      code: 'risk-recheck',
      text: 'A risk flag was acknowledged since the last session: re-check risk today.',
    });
  if (ctx.missed > 0)
    out.push({
      code: 'missed-session',
      text: 'After a missed session: re-screen item 9 over the whole gap.',
    });
  if (ctx.missed >= 2) out.push({ code: 'review-engagement', text: REVIEW_ENGAGEMENT });
  if (ctx.events.includes('new-problem'))
    out.push({
      code: 'new-problem',
      text: 'A new problem outside the focus: link it to mood, then deal with it or park it.',
    });
  if (ctx.events.includes('early-ending'))
    out.push({
      code: 'early-ending',
      text: 'Ending early: termination is compressed into this session.',
    });
  return out;
}

/** All reminders for the session, in a fixed order: events, course milestones, decisions, focus. */
export function remindersFor(ctx: Context): Reminder[] {
  return [
    ...eventReminders(ctx),
    ...courseReminders(ctx),
    ...decisionReminders(ctx),
    ...focusReminders(ctx),
  ];
}

/** Turns blocks into segments whose minutes add up exactly to `total`. */
export function toSegments(blocks: readonly SegmentTemplate[], total: number): AgendaSegment[] {
  const minutes = allot(blocks, total);
  return blocks.map((b, i) => ({
    id: b.id,
    title: b.title,
    minutes: minutes[i] ?? 0,
    content: [...b.content],
    techniques: [...new Set(b.techniques)],
    mechanisms: [...new Set(b.mechanisms)],
  }));
}

/** Minutes per mechanism: each segment counts for every mechanism it serves. */
export function mechanismMinutes(
  segments: readonly AgendaSegment[],
): Partial<Record<Mechanism, number>> {
  const out: Partial<Record<Mechanism, number>> = {};
  for (const s of segments) for (const m of s.mechanisms) out[m] = (out[m] ?? 0) + s.minutes;
  return out;
}
