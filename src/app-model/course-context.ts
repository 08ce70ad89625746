/**
 * One live query per course (issue 10): the course, its client and sessions, the client's
 * measures and flags, the crisis contacts and the baseline choices, read once through their
 * indexes, and the view model computed from them by `buildCourseView` (domain). Every course screen
 * and print reads baseline, scores as of each session and open flags from here, so they agree.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { buildCourseView } from '../domain/course-view';
import type { CourseRecords, CourseView } from '../domain/course-view';
import { sortSessions } from '../domain/schedule';
import { getClient } from '../db/clients';
import { getChosenBaseline } from '../db/course-records';
import { describeUnreadable, readWhere } from '../db/checked';
import { getCourse } from '../db/courses';
import { getCrisisContacts } from '../db/settings';
import { todayIso } from '../state/edge';

export type CourseContext =
  { state: 'loading' } | { state: 'missing' } | { state: 'ready'; view: CourseView };

/** Reads everything the course view model needs; undefined when the course or client is gone. */
export async function readCourseRecords(courseId: string): Promise<CourseRecords | undefined> {
  const course = await getCourse(courseId);
  if (!course) return undefined;
  const [client, sessions, measures, flags, contacts, phq9, gad7] = await Promise.all([
    getClient(course.clientId),
    readWhere('sessions', 'courseId', courseId),
    readWhere('measures', 'clientId', course.clientId),
    readWhere('riskFlags', 'clientId', course.clientId),
    getCrisisContacts(),
    getChosenBaseline(courseId, 'phq9'),
    getChosenBaseline(courseId, 'gad7'),
  ]);
  if (!client) return undefined;
  const unreadable = [...sessions.unreadable, ...measures.unreadable, ...flags.unreadable].map(
    (u) => ({ table: u.table, sentence: describeUnreadable(u) }),
  );
  return {
    course,
    client,
    sessions: sortSessions(sessions.rows),
    measures: measures.rows.sort((a, b) => a.date.localeCompare(b.date)),
    flags: flags.rows.sort((a, b) => b.raisedAt.localeCompare(a.raisedAt)),
    contacts,
    chosenBaselines: { ...(phq9 ? { phq9 } : {}), ...(gad7 ? { gad7 } : {}) },
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}

/** The course's view model, live: loading, missing, or ready. */
export function useCourseContext(courseId: string): CourseContext {
  const result = useLiveQuery(async (): Promise<CourseContext> => {
    const records = await readCourseRecords(courseId);
    if (!records) return { state: 'missing' };
    return { state: 'ready', view: buildCourseView(records, todayIso()) };
  }, [courseId]);
  return result ?? { state: 'loading' };
}
