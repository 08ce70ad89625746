/** Course-level records of the measures issue: dated events, the suitability check, the baseline. */
import type { CourseEvent, MeasureKind, SuitabilityRecord } from '../domain/measures';

import { db } from './database';
import { getSetting, setSetting } from './settings';

const eventsTable = () => db.table<CourseEvent, string>('courseEvents');
const suitabilityTable = () =>
  db.table<SuitabilityRecord & { courseId: string }, string>('suitability');

/** The course's dated events, oldest first. */
export async function listCourseEvents(courseId: string): Promise<CourseEvent[]> {
  const rows = await eventsTable().where('courseId').equals(courseId).toArray();
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

export async function addCourseEvent(event: CourseEvent): Promise<void> {
  await eventsTable().put(event);
}

export async function deleteCourseEvent(id: string): Promise<void> {
  await eventsTable().delete(id);
}

export async function getSuitability(courseId: string): Promise<SuitabilityRecord | undefined> {
  const row = await suitabilityTable().get(courseId);
  if (!row) return undefined;
  return { items: row.items, ...(row.decision ? { decision: row.decision } : {}) };
}

export async function saveSuitability(courseId: string, record: SuitabilityRecord): Promise<void> {
  await suitabilityTable().put({ ...record, courseId });
}

const baselineKey = (courseId: string, kind: MeasureKind) => `baseline:${courseId}:${kind}`;

/** The measure id the therapist chose as baseline, or undefined for the first score. */
export async function getChosenBaseline(
  courseId: string,
  kind: MeasureKind,
): Promise<string | undefined> {
  const id = await getSetting<string | null>(baselineKey(courseId, kind), null);
  return id ?? undefined;
}

export function setChosenBaseline(
  courseId: string,
  kind: MeasureKind,
  measureId: string | undefined,
): Promise<void> {
  return setSetting<string | null>(baselineKey(courseId, kind), measureId ?? null);
}
