/**
 * The rules of an IPT course's shape: its length, session minutes, phase boundaries and which
 * phase a session is in (ipt-reference.md section 2). Apart from planning (course-plan.ts), so
 * the screens and checks that need only these do not load the planner (issue 15). Pure.
 */
import { problem, warning } from './problems';
import type { Problem } from './problems';
import type { Phase, PhaseBoundaries } from './types';

export const STANDARD_LENGTHS = { min: 12, max: 16 } as const;
export const BRIEF_LENGTH = 8;
export const EXTENDED_MAX = 20;
export const SESSION_MINUTES = { min: 30, max: 90, default: 50 } as const;
export const BOUNDARY_LIMITS = {
  initial: { min: 1, max: 4 },
  termination: { min: 2, max: 4 },
  middleMin: 1,
} as const;

/** Problems with a course length: refused unless 8 or 12–20; 8 and 17–20 carry a warning. */
export function checkCourseLength(length: number): Problem[] {
  if (!Number.isInteger(length)) {
    return [
      problem('length-not-whole', 'Enter the number of sessions as a whole number.', 'length'),
    ];
  }
  if (length === BRIEF_LENGTH) {
    return [
      warning(
        'length-brief',
        'Eight sessions is brief IPT (IPT-B): the phases are short, so plan the initial phase tightly.',
        'length',
      ),
    ];
  }
  if (length >= STANDARD_LENGTHS.min && length <= STANDARD_LENGTHS.max) return [];
  if (length > STANDARD_LENGTHS.max && length <= EXTENDED_MAX) {
    return [
      warning(
        'length-extended',
        `${length} sessions is longer than standard IPT (12–16). Agree the extension explicitly in the contract.`,
        'length',
      ),
    ];
  }
  return [
    problem(
      'length-out-of-range',
      'A course is 12–16 weekly sessions (8 for brief IPT, up to 20 as an extension).',
      'length',
    ),
  ];
}

/** Default boundaries (ipt-reference.md section 2): initial 1–3, termination the last three; IPT-B 1–2 and 7–8. */
export function defaultBoundaries(length: number): PhaseBoundaries {
  if (length <= BRIEF_LENGTH) return { initialEnd: 2, middleEnd: length - 2 };
  return { initialEnd: 3, middleEnd: length - 3 };
}

/** Problems with phase boundaries for a course of `length` sessions. */
export function checkBoundaries(length: number, b: PhaseBoundaries): Problem[] {
  const found: Problem[] = [];
  const termination = length - b.middleEnd;
  const middle = b.middleEnd - b.initialEnd;
  const { initial: ini, termination: ter } = BOUNDARY_LIMITS;
  if (!Number.isInteger(b.initialEnd) || b.initialEnd < ini.min || b.initialEnd > ini.max) {
    found.push(
      problem(
        'initial-out-of-range',
        `The initial phase is ${ini.min}–${ini.max} sessions.`,
        'initialEnd',
      ),
    );
  }
  if (!Number.isInteger(b.middleEnd) || termination < ter.min || termination > ter.max) {
    found.push(
      problem(
        'termination-out-of-range',
        `The termination phase is the last ${ter.min}–${ter.max} sessions.`,
        'middleEnd',
      ),
    );
  }
  if (found.length === 0 && middle < BOUNDARY_LIMITS.middleMin) {
    found.push(
      problem('middle-empty', 'The middle phase needs at least one session.', 'middleEnd'),
    );
  }
  return found;
}

/** The phase a numbered session belongs to. */
export function phaseOf(sessionNumber: number, b: PhaseBoundaries): Phase {
  if (sessionNumber <= b.initialEnd) return 'initial';
  if (sessionNumber <= b.middleEnd) return 'middle';
  return 'termination';
}
