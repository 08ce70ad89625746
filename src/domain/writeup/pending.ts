/** Which sessions still need writing up. */
import type { IsoDay, Session } from '../types';
import { byText } from '../order';

import { writeUpState } from './record';
import type { SessionWriteUp, WriteUpState } from './types';

export interface SessionRecordState {
  session: Session;
  state: WriteUpState;
}

/** Each session's record state by session id; a session with no entry has none. */
export type RecordStates = ReadonlyMap<string, WriteUpState>;

/** The record state of each write-up, by its session's id. */
export function recordStatesOf(writeups: readonly SessionWriteUp[]): Map<string, WriteUpState> {
  return new Map(writeups.map((w) => [w.sessionId, writeUpState(w)]));
}

/** Every appointment up to `today` with the state of its write-up, in date order. */
export function writeUpStates(
  sessions: readonly Session[],
  writeups: readonly SessionWriteUp[],
  today: IsoDay,
): SessionRecordState[] {
  return statesUpTo(sessions, recordStatesOf(writeups), today);
}

function statesUpTo(
  sessions: readonly Session[],
  states: RecordStates,
  today: IsoDay,
): SessionRecordState[] {
  return sessions
    .filter((s) => s.date <= today)
    .sort((a, b) => byText(a.date, b.date) || byText(a.time, b.time))
    .map((session) => ({ session, state: states.get(session.id) ?? 'none' }));
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
  return pendingAmong(sessions, recordStatesOf(writeups), weekStart);
}

/** As `pendingWriteUps`, from the record states alone (no need to read the write-ups' text). */
export function pendingAmong(
  sessions: readonly Session[],
  states: RecordStates,
  weekStart: IsoDay,
): SessionRecordState[] {
  return statesUpTo(sessions, states, weekStart)
    .filter(({ session }) => session.date < weekStart)
    .filter(
      ({ session, state }) =>
        state === 'draft' || (state === 'none' && session.status !== 'cancelled'),
    );
}
