import { beforeEach, describe, expect, it, vi } from 'vitest';

import { client, course, measure, session } from '../domain/schemas/test-fixtures';
import { setChosenBaseline } from '../db/course-settings';
import { db } from '../db/database';
import { resetDatabase } from '../../tests/setup/render-app';

import { readCourseRecords, readCourseRecordsOf } from './course-context';

beforeEach(resetDatabase);

/** Two more weekly sessions, stored out of order, and a second PHQ-9 a week after the first. */
async function storeCourse() {
  await db.clients.put(client);
  await db.courses.put(course);
  await db.sessions.bulkPut([
    { ...session, id: 's3', number: 3, date: '2026-03-16' },
    session,
    { ...session, id: 's2', number: 2, date: '2026-03-09' },
  ]);
  await db.measures.bulkPut([
    { ...measure, id: 'm2', sessionId: 's2', date: '2026-03-09' },
    measure,
  ]);
}

describe('readCourseRecords', () => {
  it('Given a course with sessions, scores and both chosen baselines, Then it reads them in one transaction', async () => {
    await storeCourse();
    await setChosenBaseline('k1', 'phq9', 'm2');
    await setChosenBaseline('k1', 'gad7', 'g1');
    const transaction = vi.spyOn(db, 'transaction');
    const records = await readCourseRecords('k1');
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(records?.client.code).toBe('C-7KQ3');
    expect(records?.sessions.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(records?.measures.map((m) => m.id)).toEqual([measure.id, 'm2']);
    expect(records?.chosenBaselines).toEqual({ phq9: 'm2', gad7: 'g1' });
    expect(records?.unreadable).toBeUndefined();
  });

  it('Given no chosen baseline, Then none is passed on', async () => {
    await storeCourse();
    expect((await readCourseRecords('k1'))?.chosenBaselines).toEqual({});
  });

  it('Given a course that is gone, or whose client is gone, Then there is nothing to show', async () => {
    expect(await readCourseRecords('k1')).toBeUndefined();
    await db.courses.put(course);
    expect(await readCourseRecords('k1')).toBeUndefined();
  });

  it('Given a session that breaks its rule, Then the rest is read and the row is named', async () => {
    await storeCourse();
    await db.sessions.put({ ...session, id: 's9', number: 9, date: '2026-02-30' });
    const records = await readCourseRecords('k1');
    expect(records?.sessions).toHaveLength(3);
    expect(records?.unreadable?.[0]?.sentence).toContain('(s9)');
  });
});

describe('readCourseRecordsOf', () => {
  it('Given two clients with a course each, Then each course gets only its own rows, in one transaction', async () => {
    await storeCourse();
    await db.clients.put({ ...client, id: 'c2', code: 'C-9XW2' });
    await db.courses.put({ ...course, id: 'k2', clientId: 'c2' });
    await db.sessions.put({ ...session, id: 't1', courseId: 'k2', date: '2026-02-30' });
    await db.measures.put({
      ...measure,
      id: 'n1',
      clientId: 'c2',
      courseId: 'k2',
      sessionId: 't1',
    });
    await setChosenBaseline('k2', 'phq9', 'n1');
    const transaction = vi.spyOn(db, 'transaction');
    const byCourse = await readCourseRecordsOf(['k1', 'k2', 'gone']);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect([...byCourse.keys()].sort()).toEqual(['k1', 'k2']);
    const [first, second] = [byCourse.get('k1'), byCourse.get('k2')];
    expect(first?.measures.map((m) => m.id)).toEqual([measure.id, 'm2']);
    expect(first?.chosenBaselines).toEqual({});
    expect(first?.unreadable).toBeUndefined();
    expect(second?.client.code).toBe('C-9XW2');
    expect(second?.sessions).toEqual([]);
    expect(second?.measures.map((m) => m.id)).toEqual(['n1']);
    expect(second?.chosenBaselines).toEqual({ phq9: 'n1' });
    expect(second?.unreadable?.map((u) => u.sentence)).toEqual([expect.stringContaining('(t1)')]);
  });
});
