import { describe, expect, it } from 'vitest';

import { cancellationUsesSession, cancelSession } from './schedule';
import { byId, course, dateOf, plan, slotIds } from './schedule.fixtures';
import type { Canceller, MissedSessionRule } from './types';

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

  it('Given the last session, when the client cancels it under counts-as-used, then the course ends at the last planned one', () => {
    // Given a counts-as-used course / When the client cancels session 12 (2026-05-18)
    const result = cancelSession(course(), plan(course()), 's12', 'client', slotIds());
    // Then session 12 is spent and the last session actually planned is session 11 on 2026-05-11
    if (!result.ok) throw new Error('expected a change');
    expect(result.value).toMatchObject({ endBefore: '2026-05-18', endAfter: '2026-05-11' });
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

describe('cancelSession after an earlier client cancellation', () => {
  it('never moves a session onto the day a client already cancelled', () => {
    // Given a 12-week course where the client cancelled session 7 (counts as used)
    const c = course();
    const first = cancelSession(c, plan(c), 's7', 'client', slotIds());
    if (!first.ok) throw new Error('fixture');
    // When the therapist then cancels session 5
    const second = cancelSession(c, first.value.sessions, 's5', 'therapist', slotIds());
    // Then the session that was 6 skips the client's cancelled day (2026-04-13), no day has two
    // appointments, and the numbers follow the calendar again
    if (!second.ok) throw new Error('expected ok');
    expect(byId(second.value.sessions, 's6')?.date).toBe('2026-04-20');
    const days = second.value.sessions.map((s) => s.date);
    expect(new Set(days).size).toBe(days.length);
  });
});

describe('a therapist cancellation after the client cancelled a later session (counts as used)', () => {
  const numbersInDateOrder = (sessions: readonly { number: number | null }[]) =>
    sessions.filter((s) => s.number !== null).map((s) => s.number);

  it('moves the end date and keeps sessions in order when the client had cancelled session 12', () => {
    // Given a 12-week Monday course (sessions 2 Mar … 18 May) and the client cancelled session 12
    const c = course();
    const first = cancelSession(c, plan(c), 's12', 'client', slotIds());
    if (!first.ok) throw new Error('fixture');
    // When the therapist cancels session 5 (30 Mar): the planned sessions 5–11 move a week each
    const second = cancelSession(c, first.value.sessions, 's5', 'therapist', slotIds());
    if (!second.ok) throw new Error('expected ok');
    const { sessions, endBefore, endAfter } = second.value;
    // Then 5–10 land on 6 Apr … 11 May; the old session 11 skips 18 May (the client's cancelled
    // day) and lands on 25 May, which is the new end date: the last session actually planned
    expect(byId(sessions, 's11')?.date).toBe('2026-05-25');
    expect([endBefore, endAfter]).toEqual(['2026-05-11', '2026-05-25']);
    // And numbers follow the calendar: 1, 2, … with no session after a higher-numbered one
    expect(numbersInDateOrder(sessions)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('never puts a middle-phase session after a termination session (client cancelled 10, therapist 9)', () => {
    // Given the course's phases: initial 1–3, middle 4–9, termination 10–12
    const c = course();
    const first = cancelSession(c, plan(c), 's10', 'client', slotIds());
    if (!first.ok) throw new Error('fixture');
    // When the therapist cancels session 9 (27 Apr)
    const second = cancelSession(c, first.value.sessions, 's9', 'therapist', slotIds());
    if (!second.ok) throw new Error('expected ok');
    const { sessions } = second.value;
    // Then every appointment's number rises with its date, so session 9 (middle) comes before 10
    expect(numbersInDateOrder(sessions)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const nine = sessions.find((s) => s.number === 9);
    const ten = sessions.find((s) => s.number === 10);
    expect(nine && ten && nine.date < ten.date).toBe(true);
    // And the end moves a week, from 18 May to 25 May
    expect(second.value.endAfter).toBe('2026-05-25');
  });
});
