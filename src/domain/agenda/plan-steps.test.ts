/**
 * Missed weeks compress the later steps (issue 11 item 2, refined by the lead). The calendar is
 * ipt-agenda-content.md §1: 12 weeks early 4–5, mid 6–7, late 8–9; 16 weeks early 4–6, mid 7–10,
 * late 11–13. When misses leave a step no held week, the held weeks after the miss take the
 * steps still to do, in order, so every step is reached before termination.
 */
import { describe, expect, it } from 'vitest';
import type { DisputeStage, ProblemArea } from '../types';
import { buildAgenda } from './generate';
import { courseOf } from './test-fixtures';
import type { MiddleStep } from './content-types';

const AREAS: [ProblemArea, DisputeStage | undefined][] = [
  ['grief', undefined],
  ['role-dispute', 'impasse'],
  ['role-transition', undefined],
  ['interpersonal-deficits', undefined],
];

/** The step of each held middle week, each built as of its own date (later misses unknown). */
function heldSteps(
  area: ProblemArea,
  stage: DisputeStage | undefined,
  length: number,
  missed: number[],
) {
  const course = courseOf({ length, primaryArea: area, ...(stage ? { disputeStage: stage } : {}) });
  const history = Array.from({ length }, (_, i) => ({
    number: i + 1,
    status: missed.includes(i + 1) ? ('cancelled' as const) : ('held' as const),
  }));
  const out: [number, MiddleStep | undefined][] = [];
  for (let n = 4; n <= length - 3; n++) {
    if (missed.includes(n)) continue;
    out.push([n, buildAgenda({ course, sessionNumber: n, history }).step]);
  }
  return out;
}

describe('a missed week compresses the later steps', () => {
  it.each(AREAS)('Given %s (%s), 12 weeks with the early weeks 4–5 missed', (area, stage) => {
    // Held middle weeks 6–9 take early, mid (the extra week), mid, late
    expect(heldSteps(area, stage, 12, [4, 5])).toEqual([
      [6, 'early'],
      [7, 'mid'],
      [8, 'mid'],
      [9, 'late'],
    ]);
  });

  it.each(AREAS)('Given %s (%s), 16 weeks with the mid weeks 7–10 missed', (area, stage) => {
    // Early 4–6 held as planned; 11–13 take mid, late, late (late keeps the extra week)
    expect(heldSteps(area, stage, 16, [7, 8, 9, 10])).toEqual([
      [4, 'early'],
      [5, 'early'],
      [6, 'early'],
      [11, 'mid'],
      [12, 'late'],
      [13, 'late'],
    ]);
  });

  it.each(AREAS)(
    'Given %s (%s), one missed week that loses no step changes no step',
    (area, stage) => {
      expect(heldSteps(area, stage, 16, [5])).toEqual([
        [4, 'early'],
        [6, 'early'],
        [7, 'mid'],
        [8, 'mid'],
        [9, 'mid'],
        [10, 'mid'],
        [11, 'late'],
        [12, 'late'],
        [13, 'late'],
      ]);
    },
  );
});
