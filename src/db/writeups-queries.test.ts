/**
 * The pending write-ups and course ends read through the v8 indexes give exactly what reading the
 * four whole tables and filtering course by course gave (the old algorithm, kept here).
 */
import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { countRequests } from '../../tests/fixtures/db/count-requests';
import { seededCaseload, writeCaseload } from '../../tests/fixtures/db/seeded-caseload';
import { endDateOf } from '../domain/schedule';
import type { RowOf } from '../domain/schemas';
import { pendingAmong, pendingWriteUps, writeUpState } from '../domain/writeup';

import { checkRows } from './checked';
import { db } from './database';
import { listCourseEnds, listPendingWriteUps, readRecordStates } from './writeups';
import type { PendingWriteUp } from './writeups';

const TODAY = '2026-05-06';
const WEEK_START = '2026-05-04';

/** The old "Write-ups to finish": every course, client, session and write-up, per course. */
async function oldAlgorithm() {
  const [courses, clients, sessions, writeups] = await Promise.all([
    db.courses.toArray().then((r) => checkRows('courses', r).rows),
    db.clients.toArray().then((r) => checkRows('clients', r).rows),
    db.sessions.toArray().then((r) => checkRows('sessions', r).rows),
    db.writeups.toArray().then((r) => checkRows('writeups', r).rows),
  ]);
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const records = courses.flatMap((course) => {
    const client = clientById.get(course.clientId);
    if (!client) return [];
    return [
      {
        course,
        client,
        sessions: sessions.filter((s) => s.courseId === course.id),
        writeups: writeups.filter((w) => w.courseId === course.id),
      },
    ];
  });
  const pending = records
    .filter((r) => !r.client.archived)
    .flatMap((r) =>
      pendingWriteUps(r.sessions, r.writeups, WEEK_START).map((p) => ({
        session: p.session,
        state: p.state,
        course: r.course,
        client: r.client,
      })),
    )
    .sort((a, b) => a.session.date.localeCompare(b.session.date));
  const ends = records.map((r) => ({ id: r.course.id, end: endDateOf(r.sessions) }));
  return { pending, ends };
}

/** A final write-up of a pending session, as finalising it would store. */
function finalRecordOf(p: PendingWriteUp): RowOf<'writeups'> {
  const s = p.session;
  return {
    sessionId: s.id,
    courseId: s.courseId,
    clientId: p.client.id,
    sessionDate: s.date,
    sessionNumber: s.number,
    attendance: 'held',
    scores: {},
    agendaCovered: [],
    note: 'Done',
    risk: 'none',
    status: 'final',
    finalisedAt: '2026-05-05T10:00:00.000Z',
    amendments: [],
    updatedAt: '2026-05-05T10:00:00.000Z',
  };
}

beforeEach(() => {
  vi.setSystemTime(new Date(`${TODAY}T12:00:00`));
});

describe('pending write-ups through the v8 indexes', () => {
  it.each([1, 2, 3])('equals the whole-table algorithm on seeded caseload %i', async (seed) => {
    await writeCaseload(db, seededCaseload(seed, 60, TODAY));
    const old = await oldAlgorithm();
    // The seed gives every kind of pending work, so the comparison is not of two empty lists.
    expect(old.pending.length).toBeGreaterThan(20);
    expect(new Set(old.pending.map((p) => p.state))).toEqual(new Set(['none', 'draft']));
    expect(old.pending.some((p) => p.session.status === 'cancelled')).toBe(true);
    const [pending, after] = await countRequests(() => listPendingWriteUps(WEEK_START));
    expect(pending).toEqual(old.pending);
    // One transaction reading keys and the pending rows only (the rows checked are the shown ones).
    expect(after.transactions).toBe(1);
    const ends = (await listCourseEnds()).map((r) => ({ id: r.course.id, end: r.endDate }));
    expect(ends).toEqual(old.ends);
  });

  it('reads only the pending rows: a final record takes a session off the list', async () => {
    await writeCaseload(db, seededCaseload(4, 20, TODAY));
    const [first] = await listPendingWriteUps(WEEK_START);
    const s = first!.session;
    await db.writeups.put(finalRecordOf(first!));
    const after = await listPendingWriteUps(WEEK_START);
    expect(after.map((p) => p.session.id)).not.toContain(s.id);
  });

  it('keeps a live list up to date as records are finalised, deleted and sessions added', async () => {
    // The index keys are watched as ranges, not key by key: each change must still re-run it.
    await writeCaseload(db, seededCaseload(5, 20, TODAY));
    const seen: string[][] = [];
    const live = liveQuery(() => listPendingWriteUps(WEEK_START)).subscribe((list) =>
      seen.push(list.map((p) => p.session.id)),
    );
    try {
      await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
      const [first] = await listPendingWriteUps(WEEK_START);
      const s = first!.session;
      expect(seen.at(-1)).toContain(s.id);
      // When its record is written and final, Then it leaves the list
      await db.writeups.put(finalRecordOf(first!));
      await vi.waitFor(() => expect(seen.at(-1)).not.toContain(s.id));
      // When that record is deleted, Then the session is pending again
      await db.writeups.delete(s.id);
      await vi.waitFor(() => expect(seen.at(-1)).toContain(s.id));
      // When a held session before the week is added, Then it is listed
      await db.sessions.put({ ...s, id: 'added-held', date: '2026-04-01', status: 'held' });
      await vi.waitFor(() => expect(seen.at(-1)).toContain('added-held'));
    } finally {
      live.unsubscribe();
    }
  });

  it.each([1, 2, 3])(
    'gives each course’s record states from the index keys as reading every write-up does (caseload %i)',
    async (seed) => {
      await writeCaseload(db, seededCaseload(seed, 60, TODAY));
      const writeups = checkRows('writeups', await db.writeups.toArray()).rows;
      const sessions = checkRows('sessions', await db.sessions.toArray()).rows;
      // An amended record counts as final here: both are done.
      const expected = new Map(
        writeups.map((w) => [w.sessionId, writeUpState(w) === 'draft' ? 'draft' : 'final']),
      );
      expect(new Set(expected.values())).toEqual(new Set(['draft', 'final']));
      const courses = checkRows('courses', await db.courses.toArray()).rows;
      const states = await readRecordStates(courses.map((c) => c.id));
      expect(states).toEqual(expected);
      // Asked about some courses, it gives theirs only, and the same states for them
      const some = courses.filter((_, i) => i % 4 === 0).map((c) => c.id);
      const theirs = new Map(
        writeups
          .filter((w) => some.includes(w.courseId))
          .map((w) => [w.sessionId, expected.get(w.sessionId)]),
      );
      expect(theirs.size).toBeGreaterThan(0);
      expect(await readRecordStates(some)).toEqual(theirs);
      expect(pendingAmong(sessions, states, WEEK_START)).toEqual(
        pendingWriteUps(sessions, writeups, WEEK_START),
      );
    },
  );
});
