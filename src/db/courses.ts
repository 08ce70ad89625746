/** Course repository: a course and its sessions are always written together. */
import type { PlannedCourse } from '../domain/course-plan';
import { sortSessions } from '../domain/schedule';
import type { Course, IsoDateTime, Session } from '../domain/types';
import { byText } from '../domain/order';
import '../domain/schemas/core';

import { checkRows, readGet, readWhere } from './checked';
import { db } from './database';

/** A client's courses, newest first. */
export async function listCourses(clientId: string): Promise<Course[]> {
  const { rows } = await readWhere('courses', 'clientId', clientId);
  return rows.sort((a, b) => byText(b.createdAt, a.createdAt));
}

/** The client's current course: the newest one not yet ended. */
export function currentCourse(courses: readonly Course[]): Course | undefined {
  return [...courses]
    .filter((c) => c.endedAt === undefined)
    .sort((a, b) => byText(b.createdAt, a.createdAt))[0];
}

export async function getCourse(id: string): Promise<Course | undefined> {
  return (await readGet('courses', id)).row;
}

export async function listSessions(courseId: string): Promise<Session[]> {
  return sortSessions((await readWhere('sessions', 'courseId', courseId)).rows);
}

/**
 * Saves a newly planned course with all its sessions; any open course of the same client is ended
 * at `now` in the same transaction, so a client has one current course at most.
 */
export async function saveNewCourse(planned: PlannedCourse, now: IsoDateTime): Promise<void> {
  await db.transaction('rw', db.courses, db.sessions, async () => {
    const open = await db.courses
      .where('clientId')
      .equals(planned.course.clientId)
      .filter((c) => c.endedAt === undefined)
      .toArray();
    for (const c of open) await db.courses.update(c.id, { endedAt: now });
    await db.courses.add(planned.course);
    await db.sessions.bulkAdd(planned.sessions);
  });
}

export async function updateCourse(
  id: string,
  changes: Partial<Omit<Course, 'id'>>,
): Promise<void> {
  await db.courses.update(id, changes);
}

/**
 * Changes a course's schedule from what is stored now (issue 10: no read-modify-write from a
 * screen's snapshot): reads the course and its sessions inside one transaction, lets `change`
 * compute the new schedule synchronously (it may throw to refuse, and then nothing is written),
 * deletes appointments no longer present and writes the rest. `course` is undefined when the course
 * is gone. Resolves with the sessions written.
 */
export async function changeSchedule(
  courseId: string,
  change: (course: Course | undefined, sessions: Session[]) => readonly Session[],
): Promise<Session[]> {
  return db.transaction('rw', db.courses, db.sessions, async () => {
    // Checked reads: an unreadable row is not handed to `change`, and is never deleted by it.
    const { row: course } = await readGet('courses', courseId);
    const raw = await db.sessions.where('courseId').equals(courseId).toArray();
    const current = sortSessions(checkRows('sessions', raw).rows);
    const next = [...change(course, current)];
    const keep = new Set(next.map((s) => s.id));
    await db.sessions.bulkDelete(current.filter((s) => !keep.has(s.id)).map((s) => s.id));
    await db.sessions.bulkPut(next);
    return next;
  });
}
