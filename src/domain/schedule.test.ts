import { describe, expect, it } from 'vitest';

import {
  countdown,
  endDateOf,
  markHeld,
  numberedSessions,
  rescheduleSession,
  sortSessions,
} from './schedule';
import { byId, course, plan } from './schedule.fixtures';
import type { Session } from './types';

describe('rescheduleSession', () => {
  const c = course({ unavailableDates: ['2026-04-02'] });
  const before = plan(c);

  it('Given session 5, when moved to Wednesday 2026-04-01, then only session 5 changes', () => {
    // Given a planned course (session 4 on 03-23, 5 on 03-30, 6 on 04-06)
    // When session 5 is moved to Wednesday 2026-04-01 at 14:00
    const result = rescheduleSession(c, before, 's5', '2026-04-01', '14:00');
    // Then session 5 has the new day and time and remembers its old day; nothing else moved
    if (!result.ok) throw new Error('expected a schedule');
    const moved = {
      ...before[4],
      date: '2026-04-01',
      time: '14:00',
      rescheduledFrom: '2026-03-30',
    };
    expect(result.value).toEqual(before.map((s) => (s.id === 's5' ? moved : s)));
  });

  it.each([
    ['session 4’s day', '2026-03-23', 'date-taken', /session 4/],
    ['session 6’s day', '2026-04-06', 'date-taken', /session 6/],
    ['before session 4', '2026-03-20', 'date-before-previous', /after session 4/],
    ['after session 6', '2026-04-08', 'date-after-next', /before session 6/],
    ['an unavailable day', '2026-04-02', 'date-unavailable', /unavailable/],
    ['30 February', '2026-02-30', 'date-invalid', /exists/],
    ['31 April', '2026-04-31', 'date-invalid', /exists/],
    ['an unpadded date', '2026-4-1', 'date-invalid', /exists/],
  ])('Given session 5, when moved onto %s (%s), then %s', (_label, date, code, message) => {
    // Given a planned course / When session 5 is moved to a day it cannot take
    const result = rescheduleSession(c, before, 's5', date);
    // Then a specific problem on the date field, readable by the therapist
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code, field: 'date', severity: 'error' })],
    });
    expect(result.ok || result.problems[0]?.message).toMatch(message);
  });

  it.each(['25:00', '9:30', ''])(
    'Given session 5, when moved with time %j, then it is refused',
    (time) => {
      // Given a planned course / When session 5 is moved to a good day but an impossible time
      const result = rescheduleSession(c, before, 's5', '2026-04-01', time);
      // Then a time problem, not a session at an impossible time
      expect(result).toEqual({
        ok: false,
        problems: [expect.objectContaining({ code: 'time-invalid', field: 'time' })],
      });
    },
  );

  it('Given a session moved twice, when moved again, then rescheduledFrom is the first date', () => {
    // Given session 5 moved from 03-30 to 04-01
    const once = rescheduleSession(c, before, 's5', '2026-04-01');
    if (!once.ok) throw new Error('expected a schedule');
    // When it is moved again to 03-31
    const twice = rescheduleSession(c, once.value, 's5', '2026-03-31');
    // Then it remembers its original 03-30, and keeps its time
    if (!twice.ok) throw new Error('expected a schedule');
    expect(byId(twice.value, 's5')).toMatchObject({
      date: '2026-03-31',
      time: '09:30',
      rescheduledFrom: '2026-03-30',
    });
  });

  it.each([
    ['the first session earlier', 's1', '2026-02-27'],
    ['the last session later', 's12', '2026-05-29'],
  ])('Given %s, when moved, then it is allowed', (_label, id, date) => {
    // Given a session with no neighbour on that side / When moved / Then accepted
    const result = rescheduleSession(c, before, id, date);
    expect(result.ok && byId(result.value, id)?.date).toBe(date);
  });

  it('Given a held session, when moved, then it is refused', () => {
    // Given session 1 was held / When moved / Then only planned sessions move
    const held = before.map((s) => (s.id === 's1' ? { ...s, status: 'held' as const } : s));
    const result = rescheduleSession(c, held, 's1', '2026-03-03');
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'session-not-planned' })],
    });
  });
});

describe('markHeld', () => {
  it('Given a planned session, when marked held, then only it becomes held', () => {
    // Given a planned course / When session 2 is marked held
    const before = plan(course());
    const result = markHeld(before, 's2');
    // Then session 2 is held and the rest are untouched
    expect(result.ok && result.value).toEqual(
      before.map((s) => (s.id === 's2' ? { ...s, status: 'held' } : s)),
    );
  });

  it.each([
    ['held', (s: Session): Session => ({ ...s, status: 'held' })],
    ['cancelled', (s: Session): Session => ({ ...s, status: 'cancelled', cancelledBy: 'client' })],
    ['an unnumbered slot', (s: Session): Session => ({ ...s, number: null })],
  ])('Given a session that is %s, when marked held, then it is refused', (_label, change) => {
    // Given session 2 is not a planned numbered session / When marked held / Then refused
    const sessions = plan(course()).map((s) => (s.id === 's2' ? change(s) : s));
    expect(markHeld(sessions, 's2')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'session-not-planned' })],
    });
  });

  it('Given an unknown id, when marked held, then it is refused', () => {
    // Given a planned course / When an unknown id is marked / Then refused
    expect(markHeld(plan(course()), 'nope').ok).toBe(false);
  });
});

describe('countdown', () => {
  it.each([
    [1, 12, 11],
    [9, 16, 7],
    [16, 16, 0],
    [17, 16, 0],
    [8, 8, 0],
  ])('Given session %i of %i, when counted, then %i are left', (n, length, left) => {
    // Given a session number and course length / When counted / Then the sessions still to come
    expect(countdown(n, length)).toEqual({ number: n, of: length, left });
  });
});

describe('endDateOf', () => {
  it('Given no sessions, when asked, then there is no end date', () => {
    // Given an empty list / When asked / Then undefined
    expect(endDateOf([])).toBeUndefined();
  });

  it('Given unsorted sessions and a slot, when asked, then it is the highest number’s date', () => {
    // Given sessions in reverse with an unnumbered slot dated after the last session
    const sessions = [...plan(course())].reverse();
    const slot: Session = { ...sessions[0]!, id: 'x', number: null, date: '2026-06-01' };
    // When asked / Then session 12's date
    expect(endDateOf([slot, ...sessions])).toBe('2026-05-18');
  });
});

describe('numberedSessions', () => {
  it('Given a slot and unsorted sessions, when filtered, then numbered ones come in number order', () => {
    // Given sessions 3, 1, 2 and an unnumbered slot
    const [a, b, c] = plan(course());
    const slot: Session = { ...a!, id: 'x', number: null };
    // When filtered / Then 1, 2, 3
    expect(numberedSessions([c!, slot, a!, b!]).map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });
});

describe('sortSessions', () => {
  it('Given sessions out of order, when sorted, then by date then time, input untouched', () => {
    // Given two sessions on one day at different times and one earlier day
    const [a, b] = plan(course());
    const late: Session = { ...b!, id: 'late', time: '16:00' };
    const early: Session = { ...b!, id: 'early', time: '08:00' };
    const input = [late, a!, early];
    // When sorted
    const sorted = sortSessions(input);
    // Then date first, then time, and the input array is unchanged
    expect(sorted.map((s) => s.id)).toEqual(['s1', 'early', 'late']);
    expect(input.map((s) => s.id)).toEqual(['late', 's1', 'early']);
  });
});
