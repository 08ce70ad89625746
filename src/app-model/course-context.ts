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
import { checkRows, describeUnreadable, rawAnyOf, tableOf } from '../db/checked';
import type { Checked } from '../db/checked';
import { db } from '../db/database';
import { getCrisisContacts } from '../db/settings';
import type { RowOf, TableName } from '../domain/schemas';
import { todayIso } from '../state/edge';
import { byText } from '../domain/order';
import '../domain/schemas/core';
import '../domain/schemas/measures';
import '../domain/schemas/settings';

export type CourseContext =
  { state: 'loading' } | { state: 'missing' } | { state: 'ready'; view: CourseView };

/** The tables `readCourseRecords` reads, all in one read-only transaction. */
export const COURSE_READS: readonly TableName[] = [
  'courses',
  'clients',
  'sessions',
  'measures',
  'riskFlags',
  'settings',
  'courseSettings',
];

/**
 * Rows of `table` whose `index` is any of `values`, one `getAll` per value issued together
 * (`rawAnyOf`), checked per value (so a damaged row is reported with the course or client it
 * belongs to).
 */
export function readGrouped<N extends TableName>(
  table: N,
  index: string,
  values: readonly string[],
): Promise<Map<string, Checked<RowOf<N>>>> {
  return rawAnyOf(table, index, values).then(
    (groups) => new Map(values.map((v) => [v, checkRows(table, groups.get(v) ?? [])])),
  );
}

const none = { rows: [], unreadable: [] };

/**
 * Reads everything the course view model needs for each of `courseIds` in one read-only
 * transaction and one request per table (never one query per course): the courses, then their
 * clients, sessions, the clients' measures and flags, the crisis contacts and the courses'
 * settings rows (the chosen baselines). A course whose row or client is gone is left out.
 */
export function readCourseRecordsOf(
  courseIds: readonly string[],
): Promise<Map<string, CourseRecords>> {
  const ids = [...new Set(courseIds)];
  return db.transaction('r', COURSE_READS.map(tableOf), async () => {
    const courses = [...(await readGrouped('courses', 'id', ids)).values()].flatMap((c) => c.rows);
    const clientIds = [...new Set(courses.map((c) => c.clientId))];
    const [clients, sessions, measures, flags, contacts, settings] = await Promise.all([
      readGrouped('clients', 'id', clientIds),
      readGrouped('sessions', 'courseId', ids),
      readGrouped('measures', 'clientId', clientIds),
      readGrouped('riskFlags', 'clientId', clientIds),
      getCrisisContacts(),
      readGrouped('courseSettings', 'courseId', ids),
    ]);
    const out = new Map<string, CourseRecords>();
    for (const course of courses) {
      const client = clients.get(course.clientId)?.rows[0];
      if (!client) continue;
      const read = {
        sessions: sessions.get(course.id) ?? none,
        measures: measures.get(course.clientId) ?? none,
        flags: flags.get(course.clientId) ?? none,
      };
      const baselines = settings.get(course.id)?.rows[0]?.baselines ?? {};
      out.set(course.id, recordsOf({ course, client, contacts, baselines, ...read }));
    }
    return out;
  });
}

function recordsOf(r: {
  course: RowOf<'courses'>;
  client: RowOf<'clients'>;
  sessions: Checked<RowOf<'sessions'>>;
  measures: Checked<RowOf<'measures'>>;
  flags: Checked<RowOf<'riskFlags'>>;
  contacts: CourseRecords['contacts'];
  baselines: CourseRecords['chosenBaselines'];
}): CourseRecords {
  const unreadable = [
    ...r.sessions.unreadable,
    ...r.measures.unreadable,
    ...r.flags.unreadable,
  ].map((u) => ({ table: u.table, sentence: describeUnreadable(u) }));
  const { phq9, gad7 } = r.baselines;
  return {
    course: r.course,
    client: r.client,
    sessions: sortSessions(r.sessions.rows),
    measures: [...r.measures.rows].sort((a, b) => byText(a.date, b.date)),
    flags: [...r.flags.rows].sort((a, b) => byText(b.raisedAt, a.raisedAt)),
    contacts: r.contacts,
    chosenBaselines: { ...(phq9 ? { phq9 } : {}), ...(gad7 ? { gad7 } : {}) },
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}

/** One course's records (see `readCourseRecordsOf`); undefined when the course or client is gone. */
export async function readCourseRecords(courseId: string): Promise<CourseRecords | undefined> {
  return (await readCourseRecordsOf([courseId])).get(courseId);
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
