import { describe, expect, it } from 'vitest';
import type { Course } from '../types';
import { checkFocusChange, focusAt } from './focus';
import type { FocusChange } from './focus';

function courseOf(over: Partial<Course> = {}): Course {
  return {
    id: 'course-1',
    clientId: 'client-1',
    startDate: '2026-03-02',
    length: 16,
    sessionMinutes: 50,
    time: '09:30',
    boundaries: { initialEnd: 3, middleEnd: 13 },
    primaryArea: 'role-transition',
    goals: ['Settle into the new job'],
    mechanisms: [],
    missedSessionRule: 'counts-as-used',
    unavailableDates: [],
    createdAt: '2026-03-01T10:00:00Z',
    ...over,
  };
}

function changeOf(over: Partial<FocusChange> = {}): FocusChange {
  return {
    id: 'change-1',
    fromSession: 8,
    area: 'role-transition',
    secondaryArea: 'role-dispute',
    stage: 'impasse',
    reason: 'Conflict with partner emerged at the review',
    decidedAt: '2026-04-20T10:00:00Z',
    ...over,
  };
}

describe('focusAt', () => {
  const changes = [
    changeOf(),
    changeOf({
      id: 'change-2',
      fromSession: 11,
      area: 'role-dispute',
      secondaryArea: undefined,
      stage: 'renegotiation',
    }),
  ];

  it.each([
    [1, { area: 'role-transition' }],
    [7, { area: 'role-transition' }],
    [8, { area: 'role-transition', secondaryArea: 'role-dispute', stage: 'impasse' }],
    [10, { area: 'role-transition', secondaryArea: 'role-dispute', stage: 'impasse' }],
    [11, { area: 'role-dispute', stage: 'renegotiation' }],
    [16, { area: 'role-dispute', stage: 'renegotiation' }],
  ])('Given two changes (from 8 and 11), session %i has focus %j', (n, expected) => {
    // Given a transition course and two later changes
    // When the focus at session n is asked
    // Then the latest change starting at or before n applies, else the course's own
    expect(focusAt(courseOf(), changes, n)).toEqual(expected);
  });

  it('Given changes out of order, the latest starting session still wins', () => {
    // Given the changes listed newest first / When session 12 is asked / Then the change from 11
    expect(focusAt(courseOf(), [...changes].reverse(), 12).area).toBe('role-dispute');
  });

  it('Given two changes from the same session, the later decision wins', () => {
    // Given two decisions for session 9
    const a = changeOf({
      id: 'a',
      fromSession: 9,
      area: 'grief',
      secondaryArea: undefined,
      stage: undefined,
    });
    const b = changeOf({ id: 'b', fromSession: 9, decidedAt: '2026-04-27T10:00:00Z' });
    // When asked in either order / Then the later decision applies
    expect(focusAt(courseOf(), [b, a], 9).area).toBe('role-transition');
    expect(focusAt(courseOf(), [a, b], 9).secondaryArea).toBe('role-dispute');
  });
});

describe('checkFocusChange', () => {
  it('Given a complete change, there are no problems', () => {
    // Given a valid change / When checked / Then nothing
    expect(checkFocusChange(courseOf(), changeOf())).toEqual([]);
  });

  it.each([
    ['a dispute without a stage', { stage: undefined }, 'stage-missing', 'stage'],
    ['a session before 1', { fromSession: 0 }, 'from-session-out-of-range', 'fromSession'],
    ['a session after the last', { fromSession: 17 }, 'from-session-out-of-range', 'fromSession'],
    ['a fractional session', { fromSession: 8.5 }, 'from-session-out-of-range', 'fromSession'],
    [
      'the same area twice',
      { secondaryArea: 'role-transition' as const },
      'area-repeated',
      'secondaryArea',
    ],
    ['no reason', { reason: '  ' }, 'reason-missing', 'reason'],
  ])('Given %s, it is refused on its field', (_label, over, code, field) => {
    // Given the faulty change / When checked
    const found = checkFocusChange(courseOf(), changeOf(over));
    // Then one error with that code on that field
    expect(found).toEqual([expect.objectContaining({ code, field, severity: 'error' })]);
  });
});
