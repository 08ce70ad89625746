import { describe, expect, it } from 'vitest';

import { planCourse, weeklyDates } from './course-plan';
import {
  cancellationUsesSession,
  cancelSession,
  countdown,
  endDateOf,
  markHeld,
  numberedSessions,
  rescheduleSession,
  sortSessions,
} from './schedule';
import type { Canceller, Course, MissedSessionRule, Session } from './types';

/** A 12-session Monday course from 2026-03-02 at 09:30; ends 2026-05-18 unless `away` moves it. */
const course = (over: Partial<Course> = {}): Course => ({
  id: 'c1',
  clientId: 'k1',
  startDate: '2026-03-02',
  length: 12,
  sessionMinutes: 50,
  time: '09:30',
  boundaries: { initialEnd: 3, middleEnd: 9 },
  primaryArea: 'role-transition',
  goals: ['Find my feet at the new job'],
  mechanisms: [],
  missedSessionRule: 'counts-as-used',
  unavailableDates: [],
  createdAt: '2026-02-20T10:00:00.000Z',
  ...over,
});

const plan = (c: Course): Session[] =>
  weeklyDates(c.startDate, c.length, c.unavailableDates).map((date, i) => ({
    id: `s${i + 1}`,
    courseId: c.id,
    number: i + 1,
    date,
    time: c.time,
    status: 'planned',
  }));

const slotIds = () => {
  let n = 0;
  return () => `slot-${(n += 1)}`;
};

const byId = (sessions: readonly Session[], id: string) => sessions.find((s) => s.id === id);
const dateOf = (sessions: readonly Session[], n: number) =>
  sessions.find((s) => s.number === n)?.date;

describe('cancellationUsesSession', () => {
  it.each<[Canceller, MissedSessionRule, boolean]>([
    ['therapist', 'counts-as-used', false],
    ['therapist', 'extends', false],
    ['client', 'counts-as-used', true],
    ['client', 'extends', false],
    ['no-show', 'counts-as-used', true],
    ['no-show', 'extends', false],
  ])('Given a %s cancellation under %s, when asked, then used is %s', (by, rule, used) => {
    // Given who cancelled and the contract's rule / When asked / Then whether the session is spent
    expect(cancellationUsesSession(course({ missedSessionRule: rule }), by)).toBe(used);
  });
});

describe('cancelSession', () => {
  it('Given a therapist cancellation of session 5, when applied, then the rest move a week', () => {
    // Given a planned 12-week course ending 2026-05-18
    const c = course();
    const before = plan(c);
    // When the therapist cancels session 5 (Monday 2026-03-30)
    const result = cancelSession(c, before, 's5', 'therapist', slotIds(), '  Conference ');
    // Then a cancelled slot without a number stays at 2026-03-30
    if (!result.ok) throw new Error('expected a change');
    const { sessions, endBefore, endAfter, sessionUsed } = result.value;
    expect(byId(sessions, 'slot-1')).toEqual({
      id: 'slot-1',
      courseId: 'c1',
      number: null,
      date: '2026-03-30',
      time: '09:30',
      status: 'cancelled',
      cancelledBy: 'therapist',
      cancelReason: 'Conference',
    });
    // And sessions 1–4 stay, 5–12 move one week each, and the end date moves with them
    expect(sessions.filter((s) => s.number !== null && s.number <= 4)).toEqual(before.slice(0, 4));
    expect(dateOf(sessions, 5)).toBe('2026-04-06');
    expect(dateOf(sessions, 12)).toBe('2026-05-25');
    expect([endBefore, endAfter, sessionUsed]).toEqual(['2026-05-18', '2026-05-25', false]);
    expect(sessions.map((s) => s.date)).toEqual(
      [...before.map((s) => s.date), '2026-05-25'].sort(),
    );
    // And the input was not changed
    expect(before).toEqual(plan(c));
  });

  it.each<[Canceller, MissedSessionRule, string, boolean]>([
    ['therapist', 'counts-as-used', '2026-05-25', false],
    ['therapist', 'extends', '2026-05-25', false],
    ['client', 'counts-as-used', '2026-05-18', true],
    ['client', 'extends', '2026-05-25', false],
    ['no-show', 'counts-as-used', '2026-05-18', true],
    ['no-show', 'extends', '2026-05-25', false],
  ])('Given %s cancels under %s, when applied, then the end is %s', (by, rule, end, used) => {
    // Given a planned 12-week course under the rule
    const c = course({ missedSessionRule: rule });
    // When session 5 is cancelled by `by`
    const result = cancelSession(c, plan(c), 's5', by, slotIds());
    // Then the end date (shown before confirming) follows the rule
    if (!result.ok) throw new Error('expected a change');
    expect(result.value).toMatchObject({
      endBefore: '2026-05-18',
      endAfter: end,
      sessionUsed: used,
    });
    // And session 5's appointment on 2026-03-30 is recorded as cancelled by `by`
    const at = result.value.sessions.filter((s) => s.date === '2026-03-30');
    expect(at).toEqual([expect.objectContaining({ status: 'cancelled', cancelledBy: by })]);
    expect(at[0]?.number).toBe(used ? 5 : null);
    expect(result.value.sessions).toHaveLength(used ? 12 : 13);
  });

  it('Given a client cancellation that counts as used, when applied, then nothing moves', () => {
    // Given a counts-as-used course
    const c = course();
    const before = plan(c);
    // When the client cancels session 5
    const result = cancelSession(c, before, 's5', 'client', slotIds(), '   ');
    // Then only session 5 changes: cancelled, by the client, no blank reason, same date
    if (!result.ok) throw new Error('expected a change');
    const expected = before.map((s) =>
      s.id === 's5' ? { ...s, status: 'cancelled', cancelledBy: 'client' } : s,
    );
    expect(result.value.sessions).toEqual(expected);
    expect(result.value.endAfter).toBe(result.value.endBefore);
  });

  it('Given a shift onto an unavailable Monday, when applied, then that day is skipped', () => {
    // Given a course planned around a holiday on 2026-04-13 (session 6 on 04-06, 7 on 04-20)
    const c = course({ unavailableDates: ['2026-04-13'] });
    const before = plan(c);
    expect([dateOf(before, 6), dateOf(before, 7)]).toEqual(['2026-04-06', '2026-04-20']);
    // When the therapist cancels session 6
    const result = cancelSession(c, before, 's6', 'therapist', slotIds());
    // Then session 6 skips the holiday to 04-20, the rest follow a week apart, the end moves a week
    if (!result.ok) throw new Error('expected a change');
    const { sessions } = result.value;
    expect([dateOf(sessions, 6), dateOf(sessions, 7)]).toEqual(['2026-04-20', '2026-04-27']);
    expect(sessions.some((s) => s.date === '2026-04-13')).toBe(false);
    expect([result.value.endBefore, result.value.endAfter]).toEqual(['2026-05-25', '2026-06-01']);
  });

  it('Given the last session, when the therapist cancels it, then it moves a week', () => {
    // Given a planned course ending 2026-05-18
    const c = course();
    // When the therapist cancels session 12
    const result = cancelSession(c, plan(c), 's12', 'therapist', slotIds());
    // Then session 12 is on 2026-05-25 and a slot remains on 2026-05-18
    if (!result.ok) throw new Error('expected a change');
    expect(result.value.sessions.slice(-2).map((s) => [s.number, s.date, s.status])).toEqual([
      [null, '2026-05-18', 'cancelled'],
      [12, '2026-05-25', 'planned'],
    ]);
    expect(result.value.endAfter).toBe('2026-05-25');
  });

  it('Given the last session, when the client cancels it under counts-as-used, then the end stays', () => {
    // Given a counts-as-used course / When the client cancels session 12
    const result = cancelSession(course(), plan(course()), 's12', 'client', slotIds());
    // Then the course still ends on 2026-05-18, with session 12 spent
    if (!result.ok) throw new Error('expected a change');
    expect(result.value).toMatchObject({ endBefore: '2026-05-18', endAfter: '2026-05-18' });
    expect(byId(result.value.sessions, 's12')?.status).toBe('cancelled');
  });

  it('Given two therapist cancellations in a row, when applied, then the end moves two weeks', () => {
    // Given a course where session 5 was already moved once
    const c = course();
    const newId = slotIds();
    const first = cancelSession(c, plan(c), 's5', 'therapist', newId);
    if (!first.ok) throw new Error('expected a change');
    // When the therapist cancels session 5 again, now on 2026-04-06
    const second = cancelSession(c, first.value.sessions, 's5', 'therapist', newId);
    // Then two slots remain, session 5 is on 04-13 and the end moved from 05-25 to 06-01
    if (!second.ok) throw new Error('expected a change');
    const { sessions } = second.value;
    const slots = sessions.filter((s) => s.number === null);
    expect(slots.map((s) => [s.id, s.date])).toEqual([
      ['slot-1', '2026-03-30'],
      ['slot-2', '2026-04-06'],
    ]);
    expect(dateOf(sessions, 5)).toBe('2026-04-13');
    expect([second.value.endBefore, second.value.endAfter]).toEqual(['2026-05-25', '2026-06-01']);
    expect(new Set(sessions.map((s) => s.date)).size).toBe(14);
  });

  it.each([
    ['held', { status: 'held' as const }, 'session-not-planned'],
    [
      'cancelled',
      { status: 'cancelled' as const, cancelledBy: 'client' as const },
      'session-not-planned',
    ],
  ])('Given a %s session, when cancelled, then it is refused', (_label, change, code) => {
    // Given session 3 is no longer planned
    const sessions = plan(course()).map((s) => (s.id === 's3' ? { ...s, ...change } : s));
    // When anyone cancels it
    const result = cancelSession(course(), sessions, 's3', 'therapist', slotIds());
    // Then a readable problem comes back and nothing changes
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code })] });
    expect(result.ok || result.problems[0]?.message).toMatch(/only a planned session/i);
  });

  it('Given an id not in the course, when cancelled, then it is refused', () => {
    // Given a planned course / When an unknown id is cancelled / Then session-unknown
    const result = cancelSession(course(), plan(course()), 'nope', 'client', slotIds());
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'session-unknown' })],
    });
  });
});

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

describe('cancelSession after an earlier client cancellation', () => {
  it('never moves a session onto the day a client already cancelled', () => {
    // Given a 12-week course where the client cancelled session 7 (counts as used)
    const course = { ...baseCourseForRegression(), missedSessionRule: 'counts-as-used' as const };
    const planned = planCourse(
      draftForRegression(),
      { courseId: 'k', clientId: 'c', newId: seq() },
      'now',
    );
    if (!planned.ok) throw new Error('fixture');
    const s7 = planned.value.sessions.find((s) => s.number === 7)!;
    const first = cancelSession(course, planned.value.sessions, s7.id, 'client', seq('x'));
    if (!first.ok) throw new Error('fixture');
    // When the therapist then cancels session 5
    const s5 = first.value.sessions.find((s) => s.number === 5)!;
    const second = cancelSession(course, first.value.sessions, s5.id, 'therapist', seq('y'));
    // Then session 6 skips the client's cancelled day (2026-04-13) and no day has two appointments
    if (!second.ok) throw new Error('expected ok');
    expect(second.value.sessions.find((s) => s.number === 6)?.date).toBe('2026-04-20');
    const days = second.value.sessions.map((s) => s.date);
    expect(new Set(days).size).toBe(days.length);
  });
});

function seq(prefix = 'r') {
  let i = 0;
  return () => `${prefix}${(i += 1)}`;
}

function draftForRegression() {
  return {
    startDate: '2026-03-02',
    length: 12,
    sessionMinutes: 50,
    time: '09:00',
    primaryArea: 'grief' as const,
    goals: ['Mourn'],
    mechanisms: [],
    missedSessionRule: 'counts-as-used' as const,
    unavailableDates: [],
  };
}

function baseCourseForRegression() {
  const planned = planCourse(
    draftForRegression(),
    { courseId: 'k', clientId: 'c', newId: seq() },
    'now',
  );
  if (!planned.ok) throw new Error('fixture');
  return planned.value.course;
}
