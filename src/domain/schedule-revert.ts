/**
 * Undoing an attendance mark (issue 12 item 4): a held, cancelled or missed appointment can be put
 * back to planned, with the effect on the end date shown before anything is saved. Putting back a
 * cancellation that moved the rest of the course out by a week moves them back again.
 */
import { failure, problem, resultOf } from './problems';
import type { Result } from './problems';
import { endDateOf, renumberByDate, sortSessions } from './schedule';
import type { ScheduleChange } from './schedule';
import type { IsoDay, Session } from './types';

/** Puts a held or cancelled appointment back to planned; the whole new schedule comes back. */
export function revertToPlanned(
  sessions: readonly Session[],
  sessionId: string,
): Result<ScheduleChange> {
  const target = sessions.find((s) => s.id === sessionId);
  if (!target) return failure([problem('session-unknown', 'That session is not in this course.')]);
  if (target.status === 'planned') {
    return failure([problem('session-planned', 'This session is already planned.')]);
  }
  const endBefore = endDateOf(sessions);
  const next =
    target.status === 'cancelled' && target.number === null
      ? pullBack(sessions, target)
      : renumberByDate(sessions.map((s) => (s.id === sessionId ? replanned(s) : s)));
  return resultOf({ sessions: next, endBefore, endAfter: endDateOf(next), sessionUsed: false }, []);
}

function replanned(s: Session): Session {
  const rest = { ...s, status: 'planned' as const };
  delete rest.cancelledBy;
  delete rest.cancelReason;
  return rest;
}

/**
 * The inverse of a cancellation that kept a slot and moved the rest by a week: the slot goes, and
 * each planned session after it takes the day of the appointment before it.
 */
function pullBack(sessions: readonly Session[], slot: Session): Session[] {
  const rest = sessions.filter((s) => s.id !== slot.id);
  const later = sortSessions(rest).filter(
    (s) => s.status === 'planned' && s.number !== null && s.date > slot.date,
  );
  const days = [slot, ...later].map((s) => ({ date: s.date, time: s.time }));
  const moved = new Map(later.map((s, i) => [s.id, { ...s, ...days[i] }]));
  return renumberByDate(rest.map((s) => moved.get(s.id) ?? s));
}

/** Past appointments still marked planned: each needs an outcome (held, cancelled, no-show). */
export function sessionsNeedingOutcome(sessions: readonly Session[], today: IsoDay): Session[] {
  return sortSessions(sessions).filter(
    (s) => s.status === 'planned' && s.number !== null && s.date < today,
  );
}
