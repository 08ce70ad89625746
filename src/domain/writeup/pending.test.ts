import { describe, expect, it } from 'vitest';

import { session, writeUp } from './fixtures';
import { pendingWriteUps, writeUpStates } from './pending';

const sessions = [
  session({ id: 'a', number: 1, date: '2026-03-02', status: 'held' }),
  session({ id: 'b', number: 2, date: '2026-03-09' }),
  session({
    id: 'c',
    number: null,
    date: '2026-03-16',
    status: 'cancelled',
    cancelledBy: 'therapist',
  }),
  session({ id: 'd', number: 3, date: '2026-03-23' }),
  session({ id: 'e', number: 4, date: '2026-03-30' }),
];

describe('writeUpStates', () => {
  it('lists every appointment up to today with its record state', () => {
    // Given a final record for a and a draft for b
    const writeups = [writeUp({ sessionId: 'a', status: 'final' }), writeUp({ sessionId: 'b' })];
    // When listed on 23 March
    const states = writeUpStates(sessions, writeups, '2026-03-23');
    // Then sessions to 23 March appear with their state
    expect(states.map((s) => [s.session.id, s.state])).toEqual([
      ['a', 'final'],
      ['b', 'draft'],
      ['c', 'none'],
      ['d', 'none'],
    ]);
  });
});

describe('pendingWriteUps', () => {
  it('lists unfinalised sessions from earlier weeks, not cancellations without a draft', () => {
    const writeups = [writeUp({ sessionId: 'a', status: 'final' }), writeUp({ sessionId: 'b' })];
    const pending = pendingWriteUps(sessions, writeups, '2026-03-23');
    expect(pending.map((s) => s.session.id)).toEqual(['b']);
  });
});
