/** The therapist's week: every appointment in a date range with its course and client. */
import type { Client, Course, IsoDay, Session } from '../domain/types';
import { byText } from '../domain/order';
import '../domain/schemas/core';

import { checkRows } from './checked';
import { db } from './database';

export interface WeekEntry {
  session: Session;
  course: Course;
  client: Client;
}

/** Appointments from `from` to `to` inclusive, of clients not archived, in date and time order. */
export async function listWeek(from: IsoDay, to: IsoDay): Promise<WeekEntry[]> {
  return db.transaction('r', db.sessions, db.courses, db.clients, async () => {
    const raw = await db.sessions.where('date').between(from, to, true, true).toArray();
    const sessions = checkRows('sessions', raw).rows;
    const courseRows = await db.courses.bulkGet([...new Set(sessions.map((s) => s.courseId))]);
    const courses = new Map(
      checkRows('courses', courseRows.filter(Boolean)).rows.map((c) => [c.id, c]),
    );
    const clientIds = [...new Set([...courses.values()].map((c) => c.clientId))];
    const clientRows = await db.clients.bulkGet(clientIds);
    const clients = new Map(
      checkRows('clients', clientRows.filter(Boolean)).rows.map((c) => [c.id, c]),
    );
    const entries: WeekEntry[] = [];
    for (const session of sessions) {
      const course = courses.get(session.courseId);
      const client = course ? clients.get(course.clientId) : undefined;
      if (course && client && !client.archived) entries.push({ session, course, client });
    }
    return entries.sort((a, b) =>
      byText(a.session.date + a.session.time, b.session.date + b.session.time),
    );
  });
}
