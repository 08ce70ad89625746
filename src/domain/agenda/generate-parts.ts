/**
 * Pieces shared by every phase of the generator: the task review, the score review, reminders,
 * the countdown and the conversion of weighted blocks to minutes.
 */
import type { Course, Mechanism, Phase } from '../types';
import { DEFICITS_CAUTION } from './content';
import type { MiddleStep, SegmentTemplate } from './content-types';
import { block } from './content-types';
import { REVIEW_ENGAGEMENT, REVIEW_VERDICTS, SECOND_AREA, TASK_REVIEW } from './content-events';
import { apportion } from './minutes';
import { endingRaisedWeek, endingWindow, reviewWeekOf } from './phase-steps';
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
  events: NonNullable<AgendaInput['events']>;
}

const OUTCOME_LABEL = {
  done: 'done',
  partly: 'partly done',
  'not-done': 'not done',
  overtaken: 'overtaken by events',
};

/** The task-review block: quotes last week's task and, when known, the move for its outcome. */
export function taskReviewBlock(ctx: Context, weight: number): SegmentTemplate {
  const prev = ctx.input.previous;
  const lines: string[] = [];
  if (prev?.taskSet) {
    lines.push(`Last task: "${prev.taskSet}".`);
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
  const title = prev?.taskSet ? `Review the task: "${prev.taskSet}"` : 'Review the week';
  return block('task-review', title, weight, lines, ['mood-event-linking', 'clarification']);
}

/** Percentage fall from a baseline of 10 or more, with its verdict; undefined otherwise. */
export function scoreReviewOf(score: AgendaInput['latestScore']): ScoreReview | undefined {
  if (!score || score.baseline === undefined || score.baseline < 10) return undefined;
  const { baseline, total } = score;
  const changePercent = Math.round(((baseline - total) / baseline) * 100);
  const verdict =
    total - baseline >= 5
      ? 'worse'
      : changePercent >= 50
        ? 'response'
        : changePercent >= 25
          ? 'partial'
          : 'review';
  return { baseline, total, changePercent, verdict };
}

/** One line stating the change from baseline in words. */
export function scoreLine(r: ScoreReview): string {
  const change = r.changePercent >= 0 ? `down ${r.changePercent}%` : `up ${-r.changePercent}%`;
  return `PHQ-9 ${r.baseline} → ${r.total}: ${change} from baseline. ${REVIEW_VERDICTS[r.verdict]}`;
}

/** The countdown block's content: how many sessions remain after this one. */
export function countdownLines(ctx: Context): string[] {
  if (ctx.left === 0) return ['This is the last session.'];
  const s = ctx.left === 1 ? 'session' : 'sessions';
  return [`${ctx.left} ${s} left after today (the last is session ${ctx.course.length}).`];
}

function focusReminders(ctx: Context): Reminder[] {
  const out: Reminder[] = [];
  const areas = [ctx.focus.area, ctx.focus.secondaryArea];
  if (areas.includes('interpersonal-deficits')) {
    out.push({ code: 'deficits-caution', text: DEFICITS_CAUTION });
  }
  if (ctx.focus.secondaryArea && ctx.focus.secondaryArea !== ctx.course.secondaryArea) {
    out.push({ code: 'second-area', text: SECOND_AREA });
  }
  return out;
}

function courseReminders(ctx: Context, review?: ScoreReview): Reminder[] {
  const out: Reminder[] = [];
  const { course, n } = ctx;
  if (ctx.phase === 'middle' && n === reviewWeekOf(course)) {
    const score = review ? ` ${scoreLine(review)}` : '';
    out.push({
      code: 'mid-course-review',
      text: `Mid-course review today: is the client improving?${score}`,
    });
    if (review && (review.verdict === 'review' || review.verdict === 'worse')) {
      out.push({ code: 'score-review', text: `Review: ${REVIEW_VERDICTS[review.verdict]}` });
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
  if (ctx.crisis) {
    out.push({
      code: 'risk-flag',
      text: 'Risk flag open: assess risk first, today; acknowledge the flag.',
    });
  }
  if (ctx.missed > 0) {
    out.push({
      code: 'missed-session',
      text: 'After a missed session: re-screen item 9 over the whole gap.',
    });
  }
  if (ctx.missed >= 2) out.push({ code: 'review-engagement', text: REVIEW_ENGAGEMENT });
  if (ctx.events.includes('new-problem')) {
    out.push({
      code: 'new-problem',
      text: 'A new problem outside the focus: link it to mood, then deal with it or park it.',
    });
  }
  if (ctx.events.includes('early-ending')) {
    out.push({
      code: 'early-ending',
      text: 'Ending early: termination is compressed into this session.',
    });
  }
  return out;
}

/** All reminders for the session, in a fixed order: events, course milestones, focus. */
export function remindersFor(ctx: Context, review?: ScoreReview): Reminder[] {
  return [...eventReminders(ctx), ...courseReminders(ctx, review), ...focusReminders(ctx)];
}

/** Turns weighted blocks into segments whose minutes add up exactly to `total`. */
export function toSegments(blocks: readonly SegmentTemplate[], total: number): AgendaSegment[] {
  const minutes = apportion(
    blocks.map((b) => b.weight),
    total,
  );
  return blocks.map((b, i) => ({
    id: b.id,
    title: b.title,
    minutes: minutes[i] ?? 0,
    content: [...b.content],
    techniques: [...b.techniques],
    mechanisms: uniqueMechanisms(b.mechanisms),
  }));
}

function uniqueMechanisms(list: readonly Mechanism[]): Mechanism[] {
  return [...new Set(list)];
}
