/**
 * What a session must do, for the "this week" home screen. Codes come in a fixed order with an
 * open risk flag always first. Sessions follow ipt-reference.md section 2 and
 * ipt-agenda-content.md sections 1, 4 and 5.
 */
import type { Course, PhaseBoundaries, Session } from '../types';
import type { Measure } from './measure';
import type { RiskFlag } from './risk';

export const ATTENTION_CODES = [
  'open-flag',
  'measure-due',
  'raise-ending',
  'mid-course-review',
  'no-contract',
  'final-session',
] as const;
export type AttentionCode = (typeof ATTENTION_CODES)[number];

export interface Attention {
  code: AttentionCode;
  text: string;
}

export interface WeekAttentionInput {
  session: Pick<Session, 'id' | 'number' | 'date' | 'status'>;
  course: Pick<Course, 'id' | 'length' | 'boundaries'>;
  /** Measures of this course (others are ignored). */
  measures: readonly Measure[];
  /** The client's flags; only open ones count. */
  flags: readonly RiskFlag[];
  hasContract: boolean;
}

/** From this session on, a course without an agreed contract is pointed out. */
export const CONTRACT_DUE_BY = 4;

/**
 * The review session: the floor of the middle phase's midpoint, which gives the table's weeks
 * 6, 7 and 8 for 12, 14 and 16 sessions (ceil would give 7, 8 and 9).
 */
export function midCourseReviewSession(boundaries: PhaseBoundaries): number {
  return Math.floor((boundaries.initialEnd + 1 + boundaries.middleEnd) / 2);
}

/** The session that names the ending: L-3, but no later than the last middle session. */
export function raiseEndingSession(length: number, boundaries: PhaseBoundaries): number {
  return Math.max(1, Math.min(length - 3, boundaries.middleEnd));
}

/** True when a complete PHQ-9 is recorded for this session (by id, or by date if unlinked). */
function phq9Recorded(input: WeekAttentionInput): boolean {
  const { session, course } = input;
  return input.measures.some(
    (m) =>
      m.courseId === course.id &&
      m.kind === 'phq9' &&
      m.status === 'complete' &&
      (m.sessionId === undefined ? m.date === session.date : m.sessionId === session.id),
  );
}

function flagAttention(flags: readonly RiskFlag[]): Attention[] {
  const open = flags.filter((f) => f.status === 'open').length;
  if (open === 0) return [];
  const what = open === 1 ? 'An open risk flag' : `${open} open risk flags`;
  return [
    { code: 'open-flag', text: `${what}: assess risk and acknowledge before anything else.` },
  ];
}

/**
 * True when a complete PHQ-9 of this course was taken before this session: dated earlier, or the
 * same day for another session. A score recorded later does not make this one a re-rating.
 */
function baselineBefore(input: WeekAttentionInput): boolean {
  const { session, course } = input;
  return input.measures.some(
    (m) =>
      m.courseId === course.id &&
      m.kind === 'phq9' &&
      m.status === 'complete' &&
      (m.date < session.date ||
        (m.date === session.date && m.sessionId !== undefined && m.sessionId !== session.id)),
  );
}

/** The baseline wording only while no earlier score exists, whatever the session number. */
function measureText(input: WeekAttentionInput): string {
  return baselineBefore(input)
    ? 'PHQ-9 due: re-rate every session, item 9 first.'
    : 'PHQ-9 due: no score yet in this course, so this one is the baseline.';
}

/** What this session must do, open risk flags first; a cancelled or unnumbered session shows flags only. */
export function weekAttention(input: WeekAttentionInput): Attention[] {
  const { session, course } = input;
  const found = flagAttention(input.flags);
  const n = session.number;
  if (n === null || session.status === 'cancelled') return found;
  if (!phq9Recorded(input)) found.push({ code: 'measure-due', text: measureText(input) });
  if (n === raiseEndingSession(course.length, course.boundaries)) {
    const left = course.length - n;
    found.push({
      code: 'raise-ending',
      text: `Name the ending: ${left} sessions left after this one. Say what the last sessions will cover.`,
    });
  }
  if (n === midCourseReviewSession(course.boundaries)) {
    found.push({
      code: 'mid-course-review',
      text: 'Mid-course review: compare the PHQ-9 with baseline, goals and focus; record a decision.',
    });
  }
  if (n >= CONTRACT_DUE_BY && !input.hasContract) {
    found.push({
      code: 'no-contract',
      text: 'No contract agreed yet: agree length, end date and focus.',
    });
  }
  if (n === course.length) {
    found.push({
      code: 'final-session',
      text: 'Final session: PHQ-9 and GAD-7, relapse plan handed over, next step agreed.',
    });
  }
  return found;
}
