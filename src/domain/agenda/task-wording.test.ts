/**
 * Task wording a client understands (issue 11 item 5): what, with whom, when, each said once.
 * Every suggested task of every week of a 16-week course in each area and dispute stage.
 */
import { describe, expect, it } from 'vitest';
import type { DisputeStage, ProblemArea } from '../types';
import { buildAgenda } from './generate';
import { courseOf } from './test-fixtures';

const COURSES: [ProblemArea, DisputeStage | undefined][] = [
  ['grief', undefined],
  ['role-dispute', 'renegotiation'],
  ['role-dispute', 'impasse'],
  ['role-dispute', 'dissolution'],
  ['role-transition', undefined],
  ['interpersonal-deficits', undefined],
];

function tasksOf(area: ProblemArea, stage: DisputeStage | undefined): string[] {
  const course = courseOf({ primaryArea: area, ...(stage ? { disputeStage: stage } : {}) });
  return Array.from(
    { length: 16 },
    (_, i) =>
      buildAgenda({ course, sessionNumber: i + 1, focusPersonLabel: 'partner' }).taskToSet
        .suggestions,
  ).flat();
}

describe('suggested tasks say who and when once', () => {
  it.each(COURSES)(
    'Given %s (%s), no task names its person twice or misses "on"',
    (area, stage) => {
      for (const task of tasksOf(area, stage)) {
        const lower = task.toLowerCase();
        const withWhom = /, with ([^,]+),/.exec(lower)?.[1];
        if (withWhom) expect(lower.indexOf(withWhom), task).toBe(lower.lastIndexOf(withWhom));
        expect(task, task).not.toMatch(/, a set day|, one calm moment|\{/);
        expect(task, task).not.toMatch(/your partner wants/);
      }
    },
  );
});
