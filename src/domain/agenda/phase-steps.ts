/**
 * Where a session sits in the course: its middle step, the review week and the ending weeks
 * (ipt-agenda-content.md sections 1 and 5), derived from the course's own boundaries.
 */
import type { Course, ProblemArea } from '../types';
import type { MiddleStep } from './content-types';

type Shape = Pick<Course, 'length' | 'boundaries'>;

/** Number of middle-phase sessions (0 if the boundaries leave none). */
export function middleLength(course: Shape): number {
  return Math.max(0, course.boundaries.middleEnd - course.boundaries.initialEnd);
}

/**
 * The middle step of a session, or undefined outside the middle phase. Early and late each take
 * round(M/3) weeks (at least 1) of the M middle weeks and mid takes the rest; a one-week middle is
 * all 'mid'. This reproduces the table: 12 → 4–5/6–7/8–9, 14 → 4–6/7–8/9–11, 16 → 4–6/7–10/11–13.
 */
export function middleStepOf(course: Shape, sessionNumber: number): MiddleStep | undefined {
  const { initialEnd, middleEnd } = course.boundaries;
  if (sessionNumber <= initialEnd || sessionNumber > middleEnd) return undefined;
  const m = middleLength(course);
  if (m === 1) return 'mid';
  const edge = Math.max(1, Math.round(m / 3));
  const index = sessionNumber - initialEnd - 1;
  if (index < edge) return 'early';
  if (index >= m - edge) return 'late';
  return 'mid';
}

/** The mid-course review week: half the course length rounded, kept inside the middle phase. */
export function reviewWeekOf(course: Shape): number {
  const { initialEnd, middleEnd } = course.boundaries;
  return Math.min(middleEnd, Math.max(initialEnd + 1, Math.round(course.length / 2)));
}

/** The session at which the ending is announced: L-3, but never inside the initial phase. */
export function endingRaisedWeek(course: Shape): number {
  return Math.max(course.boundaries.initialEnd + 1, course.length - 3);
}

/** The weeks by which the ending must be named (L-4 to L-3): 8–9 of 12, 10–11 of 14, 12–13 of 16. */
export function endingWindow(course: Shape): { from: number; to: number } {
  const to = endingRaisedWeek(course);
  return { from: Math.max(course.boundaries.initialEnd + 1, course.length - 4), to };
}

/** Zero-based index of a session within the middle phase, or -1 outside it. */
export function middleIndexOf(course: Shape, sessionNumber: number): number {
  const { initialEnd, middleEnd } = course.boundaries;
  return sessionNumber > initialEnd && sessionNumber <= middleEnd
    ? sessionNumber - initialEnd - 1
    : -1;
}

/**
 * The review week for a focus: for interpersonal deficits / sensitivity (weaker outcomes) it comes
 * forward to halfway between the first middle week and the usual review (6 of 16, 5 of 14 or 12).
 */
export function reviewWeekFor(course: Shape, area: ProblemArea): number {
  const normal = reviewWeekOf(course);
  if (area !== 'interpersonal-deficits') return normal;
  const first = course.boundaries.initialEnd + 1;
  return Math.max(Math.min(first + 1, normal), Math.floor((first + normal) / 2));
}
