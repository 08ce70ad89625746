import { beforeEach, describe, expect, it } from 'vitest';

import { client, course, session } from '../domain/schemas/test-fixtures';
import { resetDatabase } from '../../tests/setup/render-app';

import { db } from './database';
import { readSessionsNeedingOutcome } from './sessions-due';

beforeEach(resetDatabase);

const today = '2026-03-20';

describe('readSessionsNeedingOutcome', () => {
  it('Given planned, held, cancelled and today’s sessions, Then only the planned ones before today are due, oldest first', async () => {
    await db.clients.put(client);
    await db.courses.put(course);
    await db.sessions.bulkPut([
      { ...session, id: 'a', number: 3, date: '2026-03-16', status: 'planned' },
      { ...session, id: 'b', number: 1, date: '2026-03-02', status: 'planned' },
      { ...session, id: 'c', number: 2, date: '2026-03-09', status: 'held' },
      { ...session, id: 'd', number: 4, date: today, status: 'planned' },
      { ...session, id: 'e', number: null, date: '2026-03-10', status: 'cancelled' },
    ]);
    const due = await readSessionsNeedingOutcome(today);
    expect(due.map((d) => d.session.id)).toEqual(['b', 'a']);
    expect(due[0]?.client.code).toBe(client.code);
  });

  it('Given an archived client and an ended earlier course, Then neither is listed', async () => {
    await db.clients.bulkPut([client, { ...client, id: 'c2', code: 'C-9XW2', archived: true }]);
    await db.courses.bulkPut([
      {
        ...course,
        id: 'old',
        endedAt: '2026-02-01T09:00:00.000Z',
        createdAt: '2025-01-01T09:00:00.000Z',
      },
      course,
      { ...course, id: 'k2', clientId: 'c2' },
    ]);
    await db.sessions.bulkPut([
      { ...session, id: 'o1', courseId: 'old', date: '2025-02-03', status: 'planned' },
      { ...session, id: 'x1', courseId: 'k2', date: '2026-03-02', status: 'planned' },
      { ...session, id: 's1', date: '2026-03-02', status: 'planned' },
    ]);
    expect((await readSessionsNeedingOutcome(today)).map((d) => d.session.id)).toEqual(['s1']);
  });
});
