/**
 * The caseload at a glance (issue 13): one row per client from one read of each table. Pure: the
 * records and "today" come in, rows go out; sorting keeps clients with an open flag first.
 */
import { groupBy } from '../../domain/group-by';
import { bandOf, scoredMeasures, type Measure } from '../../domain/measures';
import { courseProgress } from '../../domain/next-step';
import { sortSessions } from '../../domain/schedule';
import type { Client, Course, IsoDay, Session } from '../../domain/types';
import { pendingAmong, type RecordStates } from '../../domain/writeup';
import type { CaseloadBase, CaseloadRecords } from '../../db/clients';
import { byText, byCode } from '../../domain/order';

export type CaseloadStatus = 'current' | 'finished' | 'archived';

export interface CaseloadRow {
  client: Client;
  /** The current course, else the latest one. */
  course?: Course;
  status: CaseloadStatus;
  /** "Session 3 of 12", "All 12 sessions past", "Course ended", "No course yet". */
  where: string;
  /** The session number in focus (for sorting); undefined when none. */
  sessionNumber?: number;
  next?: Session;
  phq9?: { total: number; band: string; date: IsoDay; sinceLast?: number };
  openFlags: number;
  pendingWriteUps: number;
}

const newestFirst = (a: Course, b: Course) => byText(b.createdAt, a.createdAt);

interface Grouped {
  courses: Map<string, Course[]>;
  sessions: Map<string, Session[]>;
  measures: Map<string, Measure[]>;
  recordStates: RecordStates;
  flags: Map<string, number>;
}

function lastPhq9(by: Grouped, course: Course, today: IsoDay): CaseloadRow['phq9'] {
  const measures = by.measures.get(course.id) ?? [];
  const scored = scoredMeasures(measures, course.id, 'phq9').filter((m) => m.date <= today);
  const last = scored.at(-1);
  if (!last) return undefined;
  const previous = scored.at(-2);
  return {
    total: last.total,
    band: bandOf('phq9', last.total).label,
    date: last.date,
    ...(previous ? { sinceLast: last.total - previous.total } : {}),
  };
}

/** The current course, else the latest one; undefined before any course. */
function courseInFocus(courses: readonly Course[]): Course | undefined {
  const newest = [...courses].sort(newestFirst);
  return newest.find((c) => c.endedAt === undefined) ?? newest[0];
}

/**
 * Archived; current (no course yet, or one not ended, even past its last session: its row says
 * "All 12 sessions past" until the therapist ends it); finished (every course ended).
 */
function statusOf(client: Client, course: Course | undefined): CaseloadStatus {
  if (client.archived) return 'archived';
  return !course || !course.endedAt ? 'current' : 'finished';
}

/**
 * The clients whose rows pass `filter`, from the clients, their courses and the open flags alone,
 * so the list reads sessions, measures and write-ups only for the rows it shows.
 */
export function clientsInFilter(base: CaseloadBase, filter: CaseloadFilter): Client[] {
  if (filter === 'all') return [...base.clients];
  if (filter === 'flagged') {
    const flagged = new Set(base.openFlags.map((f) => f.clientId));
    return base.clients.filter((c) => flagged.has(c.id));
  }
  const courses = groupBy(base.courses, (c) => c.clientId);
  return base.clients.filter((c) => statusOf(c, courseInFocus(courses.get(c.id) ?? [])) === filter);
}

function rowOf(client: Client, by: Grouped, today: IsoDay): CaseloadRow {
  const courses = by.courses.get(client.id) ?? [];
  const course = courseInFocus(courses);
  const sessions = sortSessions(course ? (by.sessions.get(course.id) ?? []) : []);
  const progress = course ? courseProgress(sessions, course.length, today) : undefined;
  const focus = progress?.focus;
  const ongoing = !!course && !course.endedAt && !!focus;
  const status = statusOf(client, course);
  const allSessions = courses.flatMap((c) => by.sessions.get(c.id) ?? []);
  const phq9 = course ? lastPhq9(by, course, today) : undefined;
  return {
    client,
    ...(course ? { course } : {}),
    status,
    where: !course ? 'No course yet' : course.endedAt ? 'Course ended' : (progress?.label ?? ''),
    ...(ongoing && typeof focus?.number === 'number' ? { sessionNumber: focus.number } : {}),
    ...(ongoing && focus ? { next: focus } : {}),
    ...(phq9 ? { phq9 } : {}),
    openFlags: by.flags.get(client.id) ?? 0,
    pendingWriteUps: pendingAmong(allSessions, by.recordStates, today).length,
  };
}

/** One row per client, in the stored order (see `sortCaseload` for the shown order). */
export function caseloadRows(records: CaseloadRecords, today: IsoDay): CaseloadRow[] {
  const flags = new Map<string, number>();
  for (const f of records.openFlags) flags.set(f.clientId, (flags.get(f.clientId) ?? 0) + 1);
  const by: Grouped = {
    courses: groupBy(records.courses, (c) => c.clientId),
    sessions: groupBy(records.sessions, (s) => s.courseId),
    measures: groupBy(records.measures, (m) => m.courseId),
    recordStates: records.recordStates,
    flags,
  };
  return records.clients.map((client) => rowOf(client, by, today));
}

export type SortKey = 'code' | 'area' | 'session' | 'next' | 'phq9' | 'writeups';
export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

function valueOf(key: SortKey, r: CaseloadRow): string | number | undefined {
  if (key === 'code') return r.client.code.toLowerCase();
  if (key === 'area') return r.course?.primaryArea;
  if (key === 'session') return r.sessionNumber;
  if (key === 'next') return r.next ? `${r.next.date} ${r.next.time}` : undefined;
  if (key === 'phq9') return r.phq9?.total;
  return r.pendingWriteUps;
}

/**
 * The rows as shown: every client with an open flag first (the risk is never sorted away), then
 * by the chosen column, then by code. A missing value (no score, no session) goes last either way.
 */
export function sortCaseload(rows: readonly CaseloadRow[], order: SortOrder): CaseloadRow[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const flagged = Number(b.openFlags > 0) - Number(a.openFlags > 0);
    if (flagged !== 0) return flagged;
    const [x, y] = [valueOf(order.key, a), valueOf(order.key, b)];
    let column = 0;
    if (x === undefined || y === undefined) column = x === y ? 0 : x === undefined ? 1 : -1;
    else column = sign * (x < y ? -1 : x > y ? 1 : 0);
    return column || byCode(a.client.code, b.client.code);
  });
}

export type CaseloadFilter = 'current' | 'finished' | 'archived' | 'flagged' | 'all';

/** Rows that pass the filter; "flagged" is every client with an open flag, archived or not. */
export function filterCaseload(
  rows: readonly CaseloadRow[],
  filter: CaseloadFilter,
): CaseloadRow[] {
  if (filter === 'all') return [...rows];
  if (filter === 'flagged') return rows.filter((r) => r.openFlags > 0);
  return rows.filter((r) => r.status === filter);
}
