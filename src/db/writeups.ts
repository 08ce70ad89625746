/**
 * Session write-ups, one per session (table 'writeups', keyed by sessionId). A write-up that
 * changes the schedule (a cancellation, a session marked held) is saved with it in one
 * transaction, so the record and the course never disagree.
 */
import { Dexie } from 'dexie';

import { groupBy } from '../domain/group-by';
import { endDateOf } from '../domain/schedule';
import type { Client, Course, IsoDay, Session } from '../domain/types';
import type { RecordStates, SessionWriteUp, WriteUpState } from '../domain/writeup';
import { byText } from '../domain/order';
import '../domain/schemas/core';
import '../domain/schemas/writeup';

import { checkRows, readGet, readWhere } from './checked';
import { db } from './database';
import { keysInRange } from './index-keys';

export const writeupsTable = () => db.writeups;

export async function getWriteUp(sessionId: string): Promise<SessionWriteUp | undefined> {
  return (await readGet('writeups', sessionId)).row;
}

/** Every write-up of a course. */
export async function listWriteUps(courseId: string): Promise<SessionWriteUp[]> {
  return (await readWhere('writeups', 'courseId', courseId)).rows;
}

/** Stores `w` over what is stored (never unlocking a final record). */
export async function saveWriteUp(w: SessionWriteUp): Promise<void> {
  await changeWriteUp(w.sessionId, () => w);
}

/** Thrown by the store itself, whatever the caller: a final write-up never becomes a draft again. */
export const FINAL_STAYS_FINAL = 'A finalised write-up is never written back as a draft.';

/** The record to store over `stored`: refused if it would unlock a final one; one revision on. */
function nextRevision(stored: SessionWriteUp | undefined, next: SessionWriteUp): SessionWriteUp {
  if (stored?.status === 'final' && next.status !== 'final') throw new Error(FINAL_STAYS_FINAL);
  return { ...next, revision: (stored?.revision ?? 0) + 1 };
}

/**
 * Reads the stored write-up of `sessionId` and writes what `next` makes of it, in one transaction
 * (no read-modify-write from a snapshot), one revision on from the stored one. `next` may throw to
 * refuse: then nothing is written.
 */
export async function changeWriteUp(
  sessionId: string,
  next: (stored: SessionWriteUp | undefined) => SessionWriteUp,
): Promise<SessionWriteUp> {
  return db.transaction('rw', writeupsTable(), async () => {
    const stored = await writeupsTable().get(sessionId);
    const written = nextRevision(stored, next(stored));
    await writeupsTable().put(written);
    return written;
  });
}

/**
 * Saves a schedule change and the write-up together. `replacedId` is the session whose draft
 * moves to `w.sessionId` (a therapist cancellation keeps a new cancelled slot in its place).
 * `check` sees the stored record first and may throw to refuse (then nothing is written).
 */
export async function saveWriteUpWithSchedule(
  w: SessionWriteUp,
  sessions: readonly Session[],
  replacedId?: string,
  check?: (stored: SessionWriteUp | undefined) => void,
): Promise<void> {
  await db.transaction('rw', db.sessions, writeupsTable(), async () => {
    const stored = await writeupsTable().get(replacedId ?? w.sessionId);
    check?.(stored);
    const written = nextRevision(stored, w);
    const keep = new Set(sessions.map((s) => s.id));
    const existing = (await db.sessions
      .where('courseId')
      .equals(w.courseId)
      .primaryKeys()) as string[];
    await db.sessions.bulkDelete(existing.filter((id) => !keep.has(id)));
    await db.sessions.bulkPut([...sessions]);
    if (replacedId && replacedId !== w.sessionId) await writeupsTable().delete(replacedId);
    await writeupsTable().put(written);
  });
}

export interface PendingWriteUp {
  session: Session;
  /** 'none' (nothing written yet) or 'draft'. */
  state: WriteUpState;
  course: Course;
  client: Client;
}

const lowest = (first: string) => [first, Dexie.minKey];
const highest = (first: string) => [first, Dexie.maxKey];

/**
 * Which sessions of `courseIds` have a draft and which a final record, from index keys alone: the
 * keys of each course's write-ups (courseId index) and of every draft ([status+sessionDate], few),
 * so no write-up's text is read or parsed and the cost follows the courses asked about, not the
 * archive. A write-up is a draft or final; a final record counts as final whether amended or not.
 */
export async function readRecordStates(courseIds: readonly string[]): Promise<RecordStates> {
  const [draftKeys, ...perCourse] = await Promise.all([
    withStatus('draft'),
    ...[...new Set(courseIds)].map((id) => keysInRange('writeups', 'courseId', id, id)),
  ]);
  const drafts = new Set(draftKeys);
  const states = new Map<string, WriteUpState>();
  for (const key of perCourse.flat()) states.set(key, drafts.has(key) ? 'draft' : 'final');
  return states;
}

/** Session ids of the write-ups with `status`, from the index's keys (no row is read). */
function withStatus(status: 'draft' | 'final'): Promise<string[]> {
  return keysInRange('writeups', '[status+sessionDate]', lowest(status), highest(status));
}

/** Ids of the sessions before `day` that were not cancelled (keys only: no rows are read). */
async function heldOrPlannedBefore(day: IsoDay): Promise<string[]> {
  const keys = await Promise.all(
    (['held', 'planned'] as const).map((status) =>
      keysInRange('sessions', '[status+date]', lowest(status), [status, day], true),
    ),
  );
  return keys.flat();
}

/** The course and client of each session, leaving out archived clients and missing records. */
async function withCourseAndClient(
  sessions: readonly Session[],
  states: ReadonlyMap<string, WriteUpState>,
): Promise<PendingWriteUp[]> {
  const courseIds = [...new Set(sessions.map((s) => s.courseId))];
  const courses = checkRows('courses', (await db.courses.bulkGet(courseIds)).filter(Boolean)).rows;
  const courseById = new Map(courses.map((c) => [c.id, c]));
  const clientIds = [...new Set(courses.map((c) => c.clientId))];
  const clients = checkRows('clients', (await db.clients.bulkGet(clientIds)).filter(Boolean)).rows;
  const clientById = new Map(clients.map((c) => [c.id, c]));
  return sessions.flatMap((session) => {
    const course = courseById.get(session.courseId);
    const client = course && clientById.get(course.clientId);
    if (!course || !client || client.archived) return [];
    return [{ session, state: states.get(session.id) ?? 'none', course, client }];
  });
}

/**
 * Sessions before `day` (the page passes today) whose record is not final, of clients not archived, in date order
 * (then course, time and session, as listing course by course did): held or planned sessions
 * with no write-up or a draft, and cancellations with a draft left open. Reads through the v8
 * indexes: keys of the sessions before that day and of the final records, then only the pending
 * rows, so the cost follows the pending work, not the archive.
 */
export async function listPendingWriteUps(day: IsoDay): Promise<PendingWriteUp[]> {
  return db.transaction('r', db.sessions, writeupsTable(), db.courses, db.clients, async () => {
    const [candidates, finalKeys, draftRows] = await Promise.all([
      heldOrPlannedBefore(day),
      withStatus('final'),
      writeupsTable()
        .where('[status+sessionDate]')
        .between(lowest('draft'), highest('draft'))
        .toArray(),
    ]);
    const final = new Set(finalKeys);
    const drafts = checkRows('writeups', draftRows).rows;
    const states = new Map<string, WriteUpState>(drafts.map((w) => [w.sessionId, 'draft']));
    const ids = [...new Set([...candidates.filter((id) => !final.has(id)), ...states.keys()])];
    const sessions = checkRows('sessions', (await db.sessions.bulkGet(ids)).filter(Boolean))
      .rows.filter((s) => s.date < day)
      .sort(
        (a, b) =>
          byText(a.date, b.date) ||
          byText(a.courseId, b.courseId) ||
          byText(a.time, b.time) ||
          byText(a.id, b.id),
      );
    return withCourseAndClient(sessions, states);
  });
}

export interface CourseEnd {
  course: Course;
  client: Client;
  /** The day of the last session that was not cancelled; undefined before any is planned. */
  endDate?: IsoDay;
}

/**
 * Every course (archived clients too, for retention) with the day of its last session that was
 * not cancelled. One read of each table: in Chromium, walking the sessions' compound
 * [courseId+date] index for its keys takes about three times as long as reading the rows
 * themselves (300 ms against 100 ms for 8,310 sessions, issue 15).
 */
export async function listCourseEnds(): Promise<CourseEnd[]> {
  return db.transaction('r', db.courses, db.clients, db.sessions, async () => {
    const [courseRows, clientRows, sessionRows] = await Promise.all([
      db.courses.toArray(),
      db.clients.toArray(),
      db.sessions.toArray(),
    ]);
    const byCourse = groupBy(checkRows('sessions', sessionRows).rows, (s) => s.courseId);
    const clients = new Map(checkRows('clients', clientRows).rows.map((c) => [c.id, c]));
    return checkRows('courses', courseRows).rows.flatMap((course) => {
      const client = clients.get(course.clientId);
      const endDate = endDateOf(byCourse.get(course.id) ?? []);
      return client ? [{ course, client, ...(endDate ? { endDate } : {}) }] : [];
    });
  });
}
