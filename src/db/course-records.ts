/** Course-level records of the measures issue: dated events, the suitability check, the baseline. */
import type { CourseEvent, SuitabilityRecord } from '../domain/measures';
import { byText } from '../domain/order';
import '../domain/schemas/measures';

import { db } from './database';
import { readGet, readWhere } from './checked';

const eventsTable = () => db.courseEvents;
const suitabilityTable = () => db.suitability;

/** The course's dated events, oldest first. */
export async function listCourseEvents(courseId: string): Promise<CourseEvent[]> {
  const { rows } = await readWhere('courseEvents', 'courseId', courseId);
  return rows.sort((a, b) => byText(a.date, b.date));
}

export async function addCourseEvent(event: CourseEvent): Promise<void> {
  await eventsTable().put(event);
}

export async function deleteCourseEvent(id: string): Promise<void> {
  await eventsTable().delete(id);
}

export async function getSuitability(courseId: string): Promise<SuitabilityRecord | undefined> {
  const { row } = await readGet('suitability', courseId);
  if (!row) return undefined;
  return { items: row.items, ...(row.decision ? { decision: row.decision } : {}) };
}

export async function saveSuitability(courseId: string, record: SuitabilityRecord): Promise<void> {
  await suitabilityTable().put({ ...record, courseId });
}

/** The chosen baseline lives with the course's settings (course-settings.ts); kept here for callers. */
export { getChosenBaseline, setChosenBaseline } from './course-settings';
