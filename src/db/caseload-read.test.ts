/**
 * The caseload list's read: for the clients a filter picks, it gives the same sessions and
 * measures as reading the whole tables and keeping theirs, and nothing of anyone else's.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { countRequests } from '../../tests/fixtures/db/count-requests';
import { seededCaseload, writeCaseload } from '../../tests/fixtures/db/seeded-caseload';

import { checkRows } from './checked';
import { readCaseload } from './clients';
import { db } from './database';

const TODAY = '2026-05-06';
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

beforeEach(() => {
  vi.setSystemTime(new Date(`${TODAY}T12:00:00`));
});

describe('readCaseload', () => {
  it.each([1, 2])(
    'reads sessions and measures of the picked clients only (seeded caseload %i)',
    async (seed) => {
      await writeCaseload(db, seededCaseload(seed, 40, TODAY));
      const allSessions = checkRows('sessions', await db.sessions.toArray()).rows;
      const allMeasures = checkRows('measures', await db.measures.toArray()).rows;
      const allCourses = checkRows('courses', await db.courses.toArray()).rows;
      const allClients = checkRows('clients', await db.clients.toArray()).rows;
      // Every third client, as a filter would pick them
      const wanted = new Set(allClients.filter((_, i) => i % 3 === 0).map((c) => c.id));
      const courseIds = new Set(allCourses.filter((k) => wanted.has(k.clientId)).map((k) => k.id));
      const [read, requests] = await countRequests(() =>
        readCaseload((base) => base.clients.filter((c) => wanted.has(c.id))),
      );
      expect(read.total).toBe(allClients.length);
      expect(new Set(read.clients.map((c) => c.id))).toEqual(wanted);
      expect(read.courses.length).toBe(allCourses.length);
      const theirs = allSessions.filter((x) => courseIds.has(x.courseId));
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.length).toBeLessThan(allSessions.length);
      expect([...read.sessions].sort(byId)).toEqual([...theirs].sort(byId));
      expect([...read.measures].sort(byId)).toEqual(
        allMeasures.filter((m) => courseIds.has(m.courseId)).sort(byId),
      );
      // Record states only for their write-ups
      const theirWriteUps = (await db.writeups.toArray()).filter((w) => courseIds.has(w.courseId));
      expect(new Set(read.recordStates.keys())).toEqual(
        new Set(theirWriteUps.map((w) => w.sessionId)),
      );
      // One read transaction, however many clients are picked
      expect(requests.transactions).toBe(1);
    },
  );

  it('reads every client’s records when nothing is picked out', async () => {
    await writeCaseload(db, seededCaseload(3, 12, TODAY));
    const read = await readCaseload();
    expect(read.clients.length).toBe(read.total);
    expect(read.sessions.length).toBe(await db.sessions.count());
    expect(read.measures.length).toBe(await db.measures.count());
  });
});
