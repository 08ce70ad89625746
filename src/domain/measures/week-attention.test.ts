import { describe, expect, it } from 'vitest';

import { defaultBoundaries } from '../course-rules';
import type { Measure } from './measure';
import { phq9 } from './test-fixtures';
import { midCourseReviewSession, raiseEndingSession, weekAttention } from './week-attention';
import type { WeekAttentionInput } from './week-attention';

function input(length: number, number: number, over: Partial<WeekAttentionInput> = {}) {
  const measures: Measure[] = [phq9({ total: 12, sessionId: `s${number}` })];
  return {
    session: { id: `s${number}`, number, date: '2026-03-02', status: 'planned' as const },
    course: { id: 'course-1', length, boundaries: defaultBoundaries(length) },
    measures,
    flags: [],
    hasContract: true,
    ...over,
  };
}

const codes = (i: WeekAttentionInput) => weekAttention(i).map((a) => a.code);

describe('weekAttention', () => {
  it.each([
    [12, 5, []],
    [12, 6, ['mid-course-review']],
    [12, 8, []],
    [12, 9, ['raise-ending']],
    [12, 12, ['final-session']],
    [14, 6, []],
    [14, 7, ['mid-course-review']],
    [14, 11, ['raise-ending']],
    [14, 14, ['final-session']],
    [16, 7, []],
    [16, 8, ['mid-course-review']],
    [16, 12, []],
    [16, 13, ['raise-ending']],
    [16, 16, ['final-session']],
    [8, 4, ['mid-course-review']],
    [8, 5, ['raise-ending']],
  ])('a %i-session course at session %i needs %j', (length, number, expected) => {
    // Given a course with default boundaries, a contract and this session's PHQ-9 recorded
    // Then only the calendar-driven codes appear
    expect(codes(input(length, number))).toEqual(expected);
  });

  it('puts an open flag first and asks for the measure each session', () => {
    // Given an open flag, no PHQ-9 for this session and no contract at session 9 of 12
    const flag = {
      id: 'f',
      clientId: 'client-1',
      courseId: 'course-1',
      source: 'item9' as const,
      raisedAt: '2026-03-02T10:00:00+00:00',
      detail: 'd',
      status: 'open' as const,
    };
    const i = input(12, 9, { flags: [flag], measures: [], hasContract: false });
    // Then every code applies, the flag first
    expect(codes(i)).toEqual(['open-flag', 'measure-due', 'raise-ending', 'no-contract']);
    expect(weekAttention(i)[1]?.text).toMatch(/baseline/);
  });

  it.each([
    [3, []],
    [4, ['no-contract']],
  ])('at session %i without a contract gives %j', (number, expected) => {
    expect(codes(input(16, number, { hasContract: false }))).toEqual(expected);
  });

  it.each<[string, Partial<Measure>, string[]]>([
    ['a draft', { status: 'draft' }, ['measure-due']],
    ['another session', { sessionId: 's1' }, ['measure-due']],
    ['a GAD-7 only', { kind: 'gad7' }, ['measure-due']],
    ['an unlinked PHQ-9 the same day', { sessionId: undefined }, []],
  ])('a session with %s still needs: %j', (_name, change, expected) => {
    // Given only this measure; Then the PHQ-9 is due unless completed for this session
    const measures = [{ ...phq9({ total: 10, sessionId: 's5' }), ...change }];
    expect(codes(input(16, 5, { measures }))).toEqual(expected);
  });

  it('shows only flags for a cancelled appointment', () => {
    const i = input(12, 6, { measures: [] });
    expect(codes({ ...i, session: { ...i.session, status: 'cancelled' } })).toEqual([]);
  });
});

describe('midCourseReviewSession', () => {
  it.each([
    [12, 6],
    [14, 7],
    [16, 8],
    [8, 4],
  ])('for %i sessions is week %i (ipt-agenda-content.md §1)', (length, week) => {
    expect(midCourseReviewSession(defaultBoundaries(length))).toBe(week);
  });
});

describe('raiseEndingSession', () => {
  it.each([
    [12, { initialEnd: 3, middleEnd: 9 }, 9],
    [16, { initialEnd: 3, middleEnd: 13 }, 13],
    [16, { initialEnd: 3, middleEnd: 14 }, 13],
    [16, { initialEnd: 3, middleEnd: 12 }, 12],
  ])('for %i sessions with %j is session %i', (length, boundaries, session) => {
    // Given edited boundaries; Then it is L-3, no later than the last middle session
    expect(raiseEndingSession(length, boundaries)).toBe(session);
  });
});
