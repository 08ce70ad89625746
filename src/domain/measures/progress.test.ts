import { describe, expect, it } from 'vitest';

import { changeWords, progressRows, responseLine } from './progress';
import type { RiskFlag } from './risk';
import { phq9 } from './test-fixtures';

const sessionNumbers = new Map([
  ['s1', 1],
  ['s2', 2],
  ['s3', 3],
  ['s4', 4],
]);

describe('progressRows', () => {
  it('classifies each score against the baseline and the previous score', () => {
    // Given four weekly PHQ-9s falling from 20 to 4, with a flag on week 2
    const measures = [
      phq9({ id: 'a', sessionId: 's1', date: '2026-03-02', total: 20 }),
      phq9({ id: 'b', sessionId: 's2', date: '2026-03-09', total: 14, item9: 1 }),
      phq9({ id: 'c', sessionId: 's3', date: '2026-03-16', total: 8 }),
      phq9({ id: 'd', sessionId: 's4', date: '2026-03-23', total: 4 }),
    ];
    const flag = { id: 'f', measureId: 'b', sessionId: 's2', status: 'open' } as RiskFlag;
    const baseline = measures[0] as never;
    // When the rows are built
    const rows = progressRows({
      courseId: 'course-1',
      measures,
      flags: [flag],
      sessionNumbers,
      baseline,
    });
    // Then each has its band, change and words
    expect(rows.map((r) => r.sessionNumber)).toEqual([1, 2, 3, 4]);
    expect(rows.map((r) => r.bandLabel)).toEqual(['Severe', 'Moderate', 'Mild', 'Minimal']);
    expect(rows.map((r) => r.status)).toEqual([
      'Baseline',
      'Partial response',
      'Response',
      'Remission range; Response',
    ]);
    expect(rows[1]?.flags).toEqual([flag]);
    expect(rows[3]?.change.percentChange).toBe(-80);
  });

  it('ignores drafts and other courses', () => {
    // Given a draft and a score of another course
    const measures = [
      phq9({ id: 'a', total: 12 }),
      { ...phq9({ id: 'b', total: 12 }), status: 'draft' as const },
      phq9({ id: 'c', total: 12, courseId: 'other' }),
    ];
    // Then only the complete score of this course is a row
    const rows = progressRows({
      courseId: 'course-1',
      measures,
      flags: [],
      sessionNumbers,
      baseline: measures[0] as never,
    });
    expect(rows.map((r) => r.measure.id)).toEqual(['a']);
  });
});

describe('changeWords', () => {
  it('puts worsening first and explains a low baseline', () => {
    expect(
      changeWords({ response: 'not-classified', remission: false, worsening: true }, false),
    ).toMatch(/^Worsening; Not classified \(baseline under 10/);
  });
});

describe('responseLine', () => {
  it('is half the baseline', () => {
    expect(responseLine(17)).toBe(8.5);
  });
});
