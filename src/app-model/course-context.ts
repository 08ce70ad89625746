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
import { describeUnreadable, readWhere, tableOf } from '../db/checked';
import { getCourseSettings } from '../db/course-settings';
import { getCourse } from '../db/courses';
import { db } from '../db/database';
import { getCrisisContacts } from '../db/settings';
import type { TableName } from '../domain/schemas';
import { todayIso } from '../state/edge';

export type CourseContext =
  { state: 'loading' } | { state: 'missing' } | { state: 'ready'; view: CourseView };

/** The tables `readCourseRecords` reads, all in one read-only transaction. */
const COURSE_READS: readonly TableName[] = [
  'courses',
  'clients',
  'sessions',
  'measures',
  'riskFlags',
  'settings',
  'courseSettings',
];

/**
 * Reads everything the course view model needs, in one read-only transaction: the course, then
 * its client, sessions, the client's measures and flags, the crisis contacts and the course's
 * settings row (both chosen baselines) side by side. Undefined when the course or client is gone.
 */
export function readCourseRecords(courseId: string): Promise<CourseRecords | undefined> {
  return db.transaction('r', COURSE_READS.map(tableOf), async () => readInTransaction(courseId));
}

async function readInTransaction(courseId: string): Promise<CourseRecords | undefined> {
  const course = await getCourse(courseId);
  if (!course) return undefined;
  const [client, sessions, measures, flags, contacts, settings] = await Promise.all([
    getClient(course.clientId),
    readWhere('sessions', 'courseId', courseId),
    readWhere('measures', 'clientId', course.clientId),
    readWhere('riskFlags', 'clientId', course.clientId),
    getCrisisContacts(),
    getCourseSettings(courseId),
  ]);
  if (!client) return undefined;
  const unreadable = [...sessions.unreadable, ...measures.unreadable, ...flags.unreadable].map(
    (u) => ({ table: u.table, sentence: describeUnreadable(u) }),
  );
  const { phq9, gad7 } = settings.baselines;
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
