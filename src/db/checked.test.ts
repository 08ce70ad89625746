import { beforeEach, describe, expect, it } from 'vitest';

import { ROWS, session } from '../domain/schemas/test-fixtures';
// The checked reads are called directly here, so this file loads the schemas it reads itself.
import '../domain/schemas/core';
import '../domain/schemas/measures';
import { resetDatabase } from '../../tests/setup/render-app';

import { describeUnreadable, readGet, readWhere } from './checked';
import { listSessions } from './courses';
import { db } from './database';

beforeEach(resetDatabase);

describe('checked reads', () => {
  it('Given a stored session dated 2026-02-30, Then the rest are read and that one is reported, never thrown', async () => {
    // Given two sound sessions and one whose day does not exist (written around the app)
    await db.sessions.bulkPut([
      session,
      { ...session, id: 's2', number: 2, date: '2026-03-09' },
      { ...session, id: 'bad', number: 3, date: '2026-02-30' },
    ]);
    // When the course's sessions are read
    const checked = await readWhere('sessions', 'courseId', 'k1');
    // Then the sound rows come back and the broken one is named with its field and reason
    expect(checked.rows.map((s) => s.id).sort()).toEqual(['s1', 's2']);
    expect(checked.unreadable).toEqual([
      {
        table: 'sessions',
        key: 'bad',
        problems: [{ field: 'date', reason: '"2026-02-30" is not a day that exists (yyyy-mm-dd)' }],
      },
    ]);
    expect(describeUnreadable(checked.unreadable[0]!)).toBe(
      'A sessions record (bad) could not be read: date "2026-02-30" is not a day that exists (yyyy-mm-dd).',
    );
    // And the repository the screens use returns only what can be read
    expect((await listSessions('k1')).map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('Given a risk flag raised at 25:61, Then reading it reports it unreadable', async () => {
    await db.riskFlags.put({ ...ROWS.riskFlags, raisedAt: '2026-03-02T25:61:00Z' });
    const { row, unreadable } = await readGet('riskFlags', 'f1');
    expect(row).toBeUndefined();
    expect(unreadable[0]?.problems[0]?.field).toBe('raisedAt');
  });
});
