/** Risk flags by course, raising by hand, and acknowledgement. */
import type { RiskFlag } from '../domain/measures';
import { byText } from '../domain/order';
import '../domain/schemas/core';
import '../domain/schemas/measures';

import { readAnyOf, readGet, readWhere } from './checked';
import { db } from './database';

/** Every flag of a course, newest first. */
export async function listCourseFlags(courseId: string): Promise<RiskFlag[]> {
  const { rows } = await readWhere('riskFlags', 'courseId', courseId);
  return rows.sort((a, b) => byText(b.raisedAt, a.raisedAt));
}

/** The open flags of the client a course belongs to (flags follow the client everywhere). */
export async function openFlagsForCourse(courseId: string): Promise<RiskFlag[]> {
  const { row: course } = await readGet('courses', courseId);
  if (!course) return [];
  const { rows } = await readWhere('riskFlags', 'clientId', course.clientId);
  return rows.filter((f) => f.status === 'open').sort((a, b) => byText(b.raisedAt, a.raisedAt));
}

/** Open flags of several clients at once (the week view). */
export async function openFlagsOf(clientIds: readonly string[]): Promise<RiskFlag[]> {
  const { rows } = await readAnyOf('riskFlags', 'clientId', clientIds);
  return rows.filter((f) => f.status === 'open');
}

/** Stores a flag as it is (a new manual flag, or one just acknowledged). */
export async function putFlag(flag: RiskFlag): Promise<void> {
  await db.riskFlags.put(flag);
}
