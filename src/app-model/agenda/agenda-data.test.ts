import { beforeEach, describe, expect, it, vi } from 'vitest';

import { ROWS } from '../../domain/schemas/test-fixtures';
import { db } from '../../db/database';
import { resetDatabase } from '../../../tests/setup/render-app';

import { readAgendaData, readAgendaDataOf } from './agenda-data';

beforeEach(resetDatabase);

/** Client c1's course k1 with two people (stored out of order) and an agenda; course k2 of c2. */
async function storeTwoCourses() {
  await db.clients.bulkPut([ROWS.clients, { ...ROWS.clients, id: 'c2', code: 'C-9XW2' }]);
  await db.courses.bulkPut([ROWS.courses, { ...ROWS.courses, id: 'k2', clientId: 'c2' }]);
  await db.sessions.bulkPut([ROWS.sessions, { ...ROWS.sessions, id: 't1', courseId: 'k2' }]);
  await db.agendas.put(ROWS.agendas);
  await db.people.bulkPut([
    { ...ROWS.people, id: 'p2', order: 1, name: 'Alex' },
    ROWS.people,
    { ...ROWS.people, id: 'q1', clientId: 'c2', courseId: 'k2', name: 'Jo' },
  ]);
  await db.focusChanges.put(ROWS.focusChanges);
}

describe('readAgendaDataOf', () => {
  it('Given two courses, Then each gets its own agenda facts, in one transaction for both', async () => {
    await storeTwoCourses();
    const transaction = vi.spyOn(db, 'transaction');
    const byCourse = await readAgendaDataOf(['k1', 'k2']);
    // The agenda read and the course read nested in it: one IndexedDB transaction in all.
    expect(transaction.mock.calls.length).toBeLessThanOrEqual(2);
    const k1 = byCourse.get('k1');
    const k2 = byCourse.get('k2');
    expect(k1?.people.map((p) => p.name)).toEqual(['Sam', 'Alex']);
    expect(k1?.saved.map((a) => a.sessionId)).toEqual(['s1']);
    expect(k1?.focusChanges.map((f) => f.id)).toEqual(['fc1']);
    expect(k2?.client.code).toBe('C-9XW2');
    expect(k2?.people.map((p) => p.name)).toEqual(['Jo']);
    expect(k2?.saved).toEqual([]);
    expect(k2?.sessions.map((s) => s.id)).toEqual(['t1']);
  });

  it('Given one course, Then readAgendaData gives the same facts as the bulk read', async () => {
    await storeTwoCourses();
    const one = await readAgendaData('k1');
    expect(one?.people).toEqual((await readAgendaDataOf(['k1'])).get('k1')?.people);
    expect(await readAgendaData('gone')).toBeUndefined();
  });
});
