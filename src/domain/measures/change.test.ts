import { describe, expect, it } from 'vitest';

import { classifyChange, LOW_BASELINE_REASON, pickBaseline } from './change';
import type { Measure } from './measure';
import { phq9 } from './test-fixtures';

describe('classifyChange', () => {
  it.each([
    // baseline, current, response, percentChange
    [20, 10, 'response', -50],
    [20, 11, 'partial', -45],
    [15, 8, 'partial', -46.7],
    [15, 7, 'response', -53.3],
    [12, 6, 'response', -50],
    [12, 7, 'partial', -41.7],
    [20, 15, 'partial', -25],
    [20, 16, 'none', -20],
    [12, 9, 'partial', -25],
    [12, 10, 'none', -16.7],
    [10, 5, 'response', -50],
    [10, 10, 'none', 0],
    [10, 14, 'none', 40],
  ] as const)('baseline %i → %i is %s (%d %)', (baseline, current, response, percent) => {
    // Given a baseline of 10 or more; When the current score is classified
    const change = classifyChange(baseline, current);
    // Then the fall is judged exactly at the 50 % and 25 % boundaries
    expect(change.response).toBe(response);
    expect(change.percentChange).toBe(percent);
    expect(change.notClassifiedReason).toBeUndefined();
  });

  it.each([
    [9, 4, 'not-classified'],
    [10, 4, 'response'],
    [9, 9, 'not-classified'],
  ] as const)('baseline %i → %i is %s', (baseline, current, response) => {
    // Given a baseline either side of 10; Then only 10 or more is classified
    const change = classifyChange(baseline, current);
    expect(change.response).toBe(response);
    if (response === 'not-classified') expect(change.notClassifiedReason).toBe(LOW_BASELINE_REASON);
  });

  it('has no percentage for a baseline of 0', () => {
    // Given a baseline of 0; Then no percentage is invented
    expect(classifyChange(0, 3)).toEqual({
      response: 'not-classified',
      notClassifiedReason: LOW_BASELINE_REASON,
      remission: true,
      worsening: false,
    });
  });

  it.each([
    [4, true],
    [5, false],
  ])('score %i is in the remission range: %s', (current, remission) => {
    // Given a baseline of 18; Then remission means a score under 5
    expect(classifyChange(18, current).remission).toBe(remission);
  });

  it.each([
    // baseline, current, previous, worsening
    [15, 14, 10, false],
    [15, 15, 10, true],
    [10, 14, undefined, false],
    [10, 15, undefined, true],
    [15, 19, 15, false],
    [12, 17, 13, true],
  ] as const)(
    'baseline %i, now %i after %s: worsening %s',
    (baseline, current, previous, worse) => {
      // Given a previous score (or only a baseline); Then a rise of 5 or more from either worsens
      expect(classifyChange(baseline, current, previous).worsening).toBe(worse);
    },
  );
});

describe('pickBaseline', () => {
  const scope = { courseId: 'course-1', kind: 'phq9' } as const;
  const measures: Measure[] = [
    phq9({ id: 'late', total: 12, date: '2026-03-16' }),
    phq9({ id: 'first', total: 18, date: '2026-03-02' }),
    phq9({ id: 'draft', total: 0, date: '2026-02-23', status: 'draft' }),
    phq9({ id: 'old-course', total: 22, date: '2025-10-01', courseId: 'course-0' }),
    { ...phq9({ id: 'gad', total: 9, date: '2026-02-20' }), kind: 'gad7' },
  ];

  it('takes the first complete score of the course by default', () => {
    // Given scores out of order, a draft and another course; When no baseline is chosen
    const result = pickBaseline(measures, scope);
    // Then the earliest complete PHQ-9 of this course is the baseline
    expect(result.ok && result.value.id).toBe('first');
  });

  it('takes the measure the therapist chose', () => {
    const result = pickBaseline(measures, scope, 'late');
    expect(result.ok && result.value.id).toBe('late');
  });

  it.each([
    ['old-course', 'baseline-other-course'],
    ['gad', 'baseline-other-kind'],
    ['draft', 'baseline-draft'],
    ['missing', 'baseline-unknown'],
  ])('refuses the chosen measure %s (%s)', (chosenId, code) => {
    // Given a chosen measure that cannot be this course's PHQ-9 baseline; Then it is refused
    const result = pickBaseline(measures, scope, chosenId);
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.field])).toEqual([
      [code, 'baseline'],
    ]);
  });

  it('reports a course with no complete score', () => {
    const result = pickBaseline(measures, { courseId: 'course-2', kind: 'phq9' });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['baseline-none']);
  });
});
