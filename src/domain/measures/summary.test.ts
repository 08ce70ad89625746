import { describe, expect, it } from 'vitest';

import { changePercentWords, courseBaseline, scoreAsOf } from './summary';
import { phq9 } from './test-fixtures';

// A course with PHQ-9s of 20 (2 Mar), 14 (16 Mar) and 8 (30 Mar), item 9 answered 1 on 16 Mar.
const measures = [
  phq9({ id: 'a', total: 20, date: '2026-03-02', recordedAt: '2026-03-02T09:00:00Z' }),
  phq9({ id: 'b', total: 14, item9: 1, date: '2026-03-16', recordedAt: '2026-03-16T09:00:00Z' }),
  phq9({ id: 'c', total: 8, date: '2026-03-30', recordedAt: '2026-03-30T09:00:00Z' }),
];
const scope = { courseId: 'course-1', kind: 'phq9' as const };

describe('scoreAsOf', () => {
  it('gives nothing before the first score: a page dated before treatment shows no score', () => {
    // Given scores from 2 Mar; When asked as of 1 Mar; Then there is none
    expect(scoreAsOf(measures, { ...scope, date: '2026-03-01' })).toBeUndefined();
  });

  it('names the baseline itself as the baseline, with no change', () => {
    const s = scoreAsOf(measures, { ...scope, date: '2026-03-09' });
    // Then the 2 Mar score of 20 is the latest and is the baseline
    expect(s?.measure.id).toBe('a');
    expect(s?.isBaseline).toBe(true);
    expect(s?.change).toBeUndefined();
    expect(s?.words).toBe('PHQ-9 20 (severe) on Mon 2 Mar 2026, item 9: 0; this is the baseline');
  });

  it('takes the latest score on or before the day, with its own item 9 answer', () => {
    // 20 → 14 is a fall of 6/20 = 30 %: at least 25 %, under 50 %: partial response
    const s = scoreAsOf(measures, { ...scope, date: '2026-03-16' });
    expect(s?.measure.id).toBe('b');
    expect(s?.item9).toBe(1);
    expect(s?.change?.response).toBe('partial');
    expect(s?.words).toBe(
      'PHQ-9 14 (moderate) on Mon 16 Mar 2026, item 9: 1; baseline 20, down 30%; partial response (down 25% to under 50% from baseline)',
    );
  });

  it('classifies against the chosen baseline, not the first score', () => {
    // Given the therapist chose 14 (16 Mar) as baseline; 14 → 8 is a fall of 6/14 = 42.9 %
    const s = scoreAsOf(measures, { ...scope, date: '2026-04-01', baselineId: 'b' });
    expect(s?.baseline?.id).toBe('b');
    expect(s?.change?.response).toBe('partial');
    expect(s?.change?.percentChange).toBe(-42.9);
    // And against the first score 20 → 8 is a fall of 60 %: response
    const first = scoreAsOf(measures, { ...scope, date: '2026-04-01' });
    expect(first?.change?.response).toBe('response');
  });

  it('does not use a chosen baseline dated after the day shown', () => {
    // Given the chosen baseline is 16 Mar; When the page is for 9 Mar; Then no baseline is in force
    const s = scoreAsOf(measures, { ...scope, date: '2026-03-09', baselineId: 'b' });
    expect(s?.baseline).toBeUndefined();
    expect(s?.words).toMatch(/no baseline yet$/);
  });

  it('names "worse than at the start" apart from "up since last time"', () => {
    // Baseline 10; then 12 (not 5 above anything); then 17: 7 above baseline and 5 above 12
    const rising = [
      phq9({ id: 'x', total: 10, date: '2026-03-02' }),
      phq9({ id: 'y', total: 12, date: '2026-03-09' }),
      phq9({ id: 'z', total: 17, date: '2026-03-16' }),
    ];
    const mid = scoreAsOf(rising, { ...scope, date: '2026-03-09' });
    expect(mid?.worseThanStart).toBe(false);
    expect(mid?.upSinceLast).toBe(false);
    const last = scoreAsOf(rising, { ...scope, date: '2026-03-16' });
    expect(last?.worseThanStart).toBe(true);
    expect(last?.upSinceLast).toBe(true);
    // Baseline 10 → 14 → 15: 5 above baseline, only 1 above the last score
    const slow = [
      rising[0]!,
      phq9({ id: 'p', total: 14, date: '2026-03-09' }),
      phq9({ id: 'q', total: 15, date: '2026-03-16' }),
    ];
    const s = scoreAsOf(slow, { ...scope, date: '2026-03-16' });
    expect(s?.worseThanStart).toBe(true);
    expect(s?.upSinceLast).toBe(false);
    expect(s?.words).toContain('worse than at the start (5 or more above baseline)');
    expect(s?.words).not.toContain('up since last time');
  });

  it('names the remission range below 5', () => {
    const low = [
      phq9({ id: 'x', total: 12, date: '2026-03-02' }),
      phq9({ id: 'y', total: 4, date: '2026-03-09' }),
    ];
    expect(scoreAsOf(low, { ...scope, date: '2026-03-09' })?.words).toContain(
      'in the remission range (below 5)',
    );
  });
});

describe('courseBaseline', () => {
  it('uses the first score, or the valid choice, and says why a choice was refused', () => {
    expect(courseBaseline(measures, 'course-1', 'phq9').baseline?.id).toBe('a');
    expect(courseBaseline(measures, 'course-1', 'phq9', 'c')).toMatchObject({
      chosen: true,
      baseline: { id: 'c' },
    });
    const refused = courseBaseline(measures, 'course-1', 'phq9', 'gone');
    expect(refused.chosen).toBe(false);
    expect(refused.baseline?.id).toBe('a');
    expect(refused.refused).toBe('The chosen baseline is not among these scores.');
  });
});

describe('changePercentWords', () => {
  it.each([
    [-12, 'down 12%'],
    [16.7, 'up 17%'],
    [-42.9, 'down 43%'],
    [0.4, 'no change'],
    [5, 'up 5%'],
    [0, 'no change'],
    [undefined, 'change not calculable (baseline 0)'],
  ] as const)('%s reads "%s"', (percent, words) => {
    expect(changePercentWords(percent)).toBe(words);
  });
});
