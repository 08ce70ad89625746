/** Per-session 0–10 ratings: goal progress and (when switched on for the course) mechanisms. */
import type { SessionRatings } from '../domain/schemas/measures';

import { readGet, readWhere } from './checked';
import { db } from './database';

export type { SessionRatings } from '../domain/schemas/measures';
import '../domain/schemas/measures';

export const ratingsTable = () => db.ratings;

export async function getRatings(sessionId: string): Promise<SessionRatings | undefined> {
  return (await readGet('ratings', sessionId)).row;
}

export async function listRatings(courseId: string): Promise<SessionRatings[]> {
  return (await readWhere('ratings', 'courseId', courseId)).rows;
}

export async function saveRatings(ratings: SessionRatings): Promise<void> {
  await ratingsTable().put(ratings);
}

/** Whether mechanisms are rated lives with the course's settings (course-settings.ts). */
export { mechanismRatingsOn, setMechanismRatings } from './course-settings';
