/**
 * Past sessions still "planned" on every active client's current course (This week's "Sessions
 * needing an outcome"), read from the sessions' [status+date] index: the cost follows the
 * sessions still waiting for an outcome, not the archive (issue 15). One read-only transaction,
 * one request per table.
 */
import { Dexie } from 'dexie';

import { sessionsNeedingOutcome } from '../domain/schedule-revert';
import type { Client, IsoDay, Session } from '../domain/types';
import { byText } from '../domain/order';
import '../domain/schemas/core';

import { checkRows, readAnyOf } from './checked';
import { currentCourse } from './courses';
import { db } from './database';

export interface SessionDue {
  client: Client;
  session: Session;
}

/** Sessions before `today` still planned, on each non-archived client's current course, by date. */
export function readSessionsNeedingOutcome(today: IsoDay): Promise<SessionDue[]> {
  return db.transaction('r', db.sessions, db.courses, db.clients, async () => {
    const raw = await db.sessions
      .where('[status+date]')
      .between(['planned', Dexie.minKey], ['planned', today])
      .toArray();
    const past = checkRows('sessions', raw).rows;
    const courseIds = [...new Set(past.map((s) => s.courseId))];
    const courses = (await readAnyOf('courses', 'id', courseIds)).rows;
    const clientIds = [...new Set(courses.map((c) => c.clientId))];
    const [clients, theirCourses] = await Promise.all([
      readAnyOf('clients', 'id', clientIds),
      readAnyOf('courses', 'clientId', clientIds),
    ]);
    const due: SessionDue[] = [];
    for (const client of clients.rows.filter((c) => !c.archived)) {
      const course = currentCourse(theirCourses.rows.filter((c) => c.clientId === client.id));
      if (!course) continue;
      const sessions = past.filter((s) => s.courseId === course.id);
      for (const session of sessionsNeedingOutcome(sessions, today)) due.push({ client, session });
    }
    return due.sort((a, b) => byText(a.session.date, b.session.date));
  });
}
