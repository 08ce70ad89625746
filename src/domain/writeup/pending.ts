/** Which sessions still need writing up. */
import type { IsoDay, Session } from '../types';

import { writeUpState } from './record';
import type { SessionWriteUp, WriteUpState } from './types';

export interface SessionRecordState {
  session: Session;
  state: WriteUpState;
}

/** Every appointment up to `today` with the state of its write-up, in date order. */
export function writeUpStates(
  sessions: readonly Session[],
  writeups: readonly SessionWriteUp[],
  today: IsoDay,
): SessionRecordState[] {
  const byId = new Map(writeups.map((w) => [w.sessionId, w]));
  return sessions
    .filter((s) => s.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time))
    .map((session) => ({ session, state: writeUpState(byId.get(session.id)) }));
}

/**
 * Sessions before `weekStart` whose record is not final: held or planned ones with no write-up
 * or a draft, and any cancellation with a draft left open.
 */
export function pendingWriteUps(
  sessions: readonly Session[],
  writeups: readonly SessionWriteUp[],
  weekStart: IsoDay,
): SessionRecordState[] {
  return writeUpStates(sessions, writeups, weekStart)
    .filter(({ session }) => session.date < weekStart)
    .filter(
      ({ session, state }) =>
        state === 'draft' || (state === 'none' && session.status !== 'cancelled'),
    );
}
