import { describe, expect, it } from 'vitest';

import { cancelSession, markHeld } from './schedule';
import { revertToPlanned, sessionsNeedingOutcome } from './schedule-revert';
import { byId, course, plan, slotIds } from './schedule.fixtures';

describe('markHeld', () => {
  it('refuses a session whose day has not come, and allows it on the day', () => {
    // Given session 3 on Mon 16 Mar 2026
    const sessions = plan(course());
    // When marked held on 15 Mar; Then refused with the reason
    const early = markHeld(sessions, 's3', '2026-03-15');
    expect(early.ok).toBe(false);
    if (!early.ok) {
      expect(early.problems[0]?.message).toBe(
        'Session 3 is on Mon 16 Mar 2026: it can be marked held on or after that day.',
      );
    }
    // When marked held on the day itself; Then it is held
    const onDay = markHeld(sessions, 's3', '2026-03-16');
    expect(onDay.ok && byId(onDay.value, 's3')?.status).toBe('held');
  });
});

describe('revertToPlanned', () => {
  it('puts a held session back to planned, end date unchanged', () => {
    const held = markHeld(plan(course()), 's1', '2026-03-02');
    if (!held.ok) throw new Error('fixture');
    const result = revertToPlanned(held.value, 's1');
    if (!result.ok) throw new Error('expected ok');
    expect(byId(result.value.sessions, 's1')?.status).toBe('planned');
    expect([result.value.endBefore, result.value.endAfter]).toEqual(['2026-05-18', '2026-05-18']);
  });

  it('undoes a therapist cancellation: the slot goes and the rest move back a week', () => {
    // Given the therapist cancelled session 5 (30 Mar): 5–12 moved to 6 Apr … 25 May
    const c = course();
    const before = plan(c);
    const cancelled = cancelSession(c, before, 's5', 'therapist', slotIds());
    if (!cancelled.ok) throw new Error('fixture');
    // When the cancelled slot is put back to planned
    const result = revertToPlanned(cancelled.value.sessions, 'slot-1');
    if (!result.ok) throw new Error('expected ok');
    // Then the course is exactly as first planned, and the preview says the end moves back
    expect(result.value.sessions).toEqual(before);
    expect([result.value.endBefore, result.value.endAfter]).toEqual(['2026-05-25', '2026-05-18']);
  });

  it('puts a client cancellation that counted as used back to planned, with its number', () => {
    const c = course();
    const cancelled = cancelSession(c, plan(c), 's12', 'client', slotIds(), 'Ill');
    if (!cancelled.ok) throw new Error('fixture');
    const result = revertToPlanned(cancelled.value.sessions, 's12');
    if (!result.ok) throw new Error('expected ok');
    expect(byId(result.value.sessions, 's12')).toEqual(plan(c)[11]);
    // The end returns from session 11's day to session 12's
    expect([result.value.endBefore, result.value.endAfter]).toEqual(['2026-05-11', '2026-05-18']);
  });

  it('refuses a session that is already planned', () => {
    expect(revertToPlanned(plan(course()), 's2').ok).toBe(false);
  });
});

describe('sessionsNeedingOutcome', () => {
  it('lists past sessions still planned, not today’s or later ones', () => {
    // Given today is Mon 16 Mar 2026 (session 3) and session 1 was marked held
    const held = markHeld(plan(course()), 's1', '2026-03-02');
    if (!held.ok) throw new Error('fixture');
    // Then only session 2 (9 Mar) needs an outcome
    expect(sessionsNeedingOutcome(held.value, '2026-03-16').map((s) => s.id)).toEqual(['s2']);
  });
});
