import { describe, expect, it } from 'vitest';

import { defaultBoundaries } from '../course-rules';
import type { Measure } from './measure';
import { phq9 } from './test-fixtures';
import { weekAttention } from './week-attention';
import type { WeekAttentionInput } from './week-attention';

const BASELINE = 'PHQ-9 due: no score yet in this course, so this one is the baseline.';
const RERATE = 'PHQ-9 due: re-rate every session, item 9 first.';

/** Session 7 of 14 on Mon 13 Apr 2026 (weekly from Mon 2 Mar), with these measures only. */
function session7(measures: Measure[]): WeekAttentionInput {
  return {
    session: { id: 's7', number: 7, date: '2026-04-13', status: 'planned' },
    course: { id: 'course-1', length: 14, boundaries: defaultBoundaries(14) },
    measures,
    flags: [],
    hasContract: true,
  };
}

const dueText = (i: WeekAttentionInput) =>
  weekAttention(i).find((a) => a.code === 'measure-due')?.text;

describe('the PHQ-9 reminder and the baseline', () => {
  it('calls the first PHQ-9 the baseline at any session when none was recorded before', () => {
    // Given session 7 of 14 and no PHQ-9 at all in this course
    // Then this one, the first, is the baseline (the earliest complete score is the baseline)
    expect(dueText(session7([]))).toBe(BASELINE);
  });

  it('never calls session 7 the baseline when session 1 recorded one', () => {
    // Given a complete PHQ-9 at session 1 on Mon 2 Mar 2026
    const first = phq9({ id: 'b', total: 18, sessionId: 's1', date: '2026-03-02' });
    // Then session 7 is asked to re-rate; only the mid-course review mentions the baseline
    expect(dueText(session7([first]))).toBe(RERATE);
    const texts = weekAttention(session7([first])).map((a) => a.text);
    expect(texts.filter((t) => /baseline/.test(t))).toEqual([
      'Mid-course review: compare the PHQ-9 with baseline, goals and focus; record a decision.',
    ]);
  });

  it('counts another session the same day as a score before this one', () => {
    // Given a PHQ-9 linked to an extra session held the same morning
    const same = phq9({ id: 'x', total: 15, sessionId: 's6b', date: '2026-04-13' });
    expect(dueText(session7([same]))).toBe(RERATE);
  });

  it.each<[string, Partial<Measure>]>([
    ['only a draft', { status: 'draft' }],
    ['only a GAD-7', { kind: 'gad7' }],
    ['only a score from an earlier course', { courseId: 'course-0' }],
    ['only a score taken after this session', { date: '2026-04-20', sessionId: 's8' }],
  ])('still calls it the baseline with %s', (_name, change) => {
    // Given no complete PHQ-9 of this course dated before session 7
    const m = { ...phq9({ id: 'o', total: 12, sessionId: 's1', date: '2026-03-02' }), ...change };
    // Then the session's PHQ-9 will be the earliest complete score, so it is the baseline
    expect(dueText(session7([m]))).toBe(BASELINE);
  });

  it('asks for nothing once this session has its own PHQ-9', () => {
    const own = phq9({ id: 'own', total: 9, sessionId: 's7', date: '2026-04-13' });
    expect(dueText(session7([own]))).toBeUndefined();
  });
});
