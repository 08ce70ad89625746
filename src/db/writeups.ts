/**
 * Session write-ups, one per session (table 'writeups', keyed by sessionId). A write-up that
 * changes the schedule (a cancellation, a session marked held) is saved with it in one
 * transaction, so the record and the course never disagree.
 */
import type { Client, Course, Session } from '../domain/types';
import type { SessionWriteUp } from '../domain/writeup';

import { checkRows, readGet, readWhere } from './checked';
import { db } from './database';

export const writeupsTable = () => db.writeups;

export async function getWriteUp(sessionId: string): Promise<SessionWriteUp | undefined> {
  return (await readGet('writeups', sessionId)).row;
}

/** Every write-up of a course. */
export async function listWriteUps(courseId: string): Promise<SessionWriteUp[]> {
  return (await readWhere('writeups', 'courseId', courseId)).rows;
}

export async function saveWriteUp(w: SessionWriteUp): Promise<void> {
  await writeupsTable().put(w);
}

/**
 * Reads the stored write-up of `sessionId` and writes what `next` makes of it, in one transaction
 * (no read-modify-write from a snapshot). `next` may throw to refuse: then nothing is written.
 */
export async function changeWriteUp(
  sessionId: string,
  next: (stored: SessionWriteUp | undefined) => SessionWriteUp,
): Promise<SessionWriteUp> {
  return db.transaction('rw', writeupsTable(), async () => {
    const written = next(await writeupsTable().get(sessionId));
    await writeupsTable().put(written);
    return written;
  });
}

/**
 * Saves a schedule change and the write-up together. `replacedId` is the session whose draft
 * moves to `w.sessionId` (a therapist cancellation keeps a new cancelled slot in its place).
 */
export async function saveWriteUpWithSchedule(
  w: SessionWriteUp,
  sessions: readonly Session[],
  replacedId?: string,
): Promise<void> {
  await db.transaction('rw', db.sessions, writeupsTable(), async () => {
    const keep = new Set(sessions.map((s) => s.id));
    const existing = (await db.sessions
      .where('courseId')
      .equals(w.courseId)
      .primaryKeys()) as string[];
    await db.sessions.bulkDelete(existing.filter((id) => !keep.has(id)));
    await db.sessions.bulkPut([...sessions]);
    if (replacedId && replacedId !== w.sessionId) await writeupsTable().delete(replacedId);
    await writeupsTable().put(w);
  });
}

export interface CourseRecords {
  course: Course;
  client: Client;
  sessions: Session[];
  writeups: SessionWriteUp[];
}

/** Every course (archived clients too, for retention) with its sessions and write-ups (for the pending list). */
export async function listCourseRecords(): Promise<CourseRecords[]> {
  return db.transaction('r', db.courses, db.clients, db.sessions, writeupsTable(), async () => {
    const [courses, clients, sessions, writeups] = await Promise.all([
      db.courses.toArray().then((r) => checkRows('courses', r).rows),
      db.clients.toArray().then((r) => checkRows('clients', r).rows),
      db.sessions.toArray().then((r) => checkRows('sessions', r).rows),
      writeupsTable()
        .toArray()
        .then((r) => checkRows('writeups', r).rows),
    ]);
    const clientById = new Map(clients.map((c) => [c.id, c]));
    return courses.flatMap((course) => {
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
  });
}
