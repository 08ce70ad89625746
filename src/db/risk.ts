/** Risk flags by course, raising by hand, and acknowledgement. */
import type { RiskFlag } from '../domain/measures';

import { db } from './database';
import { riskFlagsTable } from './measures';

/** Every flag of a course, newest first. */
export async function listCourseFlags(courseId: string): Promise<RiskFlag[]> {
  const rows = await riskFlagsTable().where('courseId').equals(courseId).toArray();
  return rows.sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
}

/** The open flags of the client a course belongs to (flags follow the client everywhere). */
export async function openFlagsForCourse(courseId: string): Promise<RiskFlag[]> {
  const course = await db.courses.get(courseId);
  if (!course) return [];
  const rows = await riskFlagsTable().where('clientId').equals(course.clientId).toArray();
  return rows
    .filter((f) => f.status === 'open')
    .sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
}

/** Open flags of several clients at once (the week view). */
export async function openFlagsOf(clientIds: readonly string[]): Promise<RiskFlag[]> {
  if (clientIds.length === 0) return [];
  const rows = await riskFlagsTable()
    .where('clientId')
    .anyOf([...clientIds])
    .toArray();
  return rows.filter((f) => f.status === 'open');
}

/** Stores a flag as it is (a new manual flag, or one just acknowledged). */
export async function putFlag(flag: RiskFlag): Promise<void> {
  await riskFlagsTable().put(flag);
}
