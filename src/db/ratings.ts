/** Per-session 0–10 ratings: goal progress and (when switched on for the course) mechanisms. */
import type { Mechanism } from '../domain/types';

import { db } from './database';
import { getSetting, setSetting } from './settings';

export interface SessionRatings {
  /** The session id: one record per session. */
  id: string;
  courseId: string;
  sessionId: string;
  /** One per course goal, null when not rated. */
  goals: (number | null)[];
  mechanisms: Partial<Record<Mechanism, number>>;
  updatedAt: string;
}

export const ratingsTable = () => db.table<SessionRatings, string>('ratings');

export function getRatings(sessionId: string): Promise<SessionRatings | undefined> {
  return ratingsTable().get(sessionId);
}

export function listRatings(courseId: string): Promise<SessionRatings[]> {
  return ratingsTable().where('courseId').equals(courseId).toArray();
}

export async function saveRatings(ratings: SessionRatings): Promise<void> {
  await ratingsTable().put(ratings);
}

const mechanismKey = (courseId: string) => `mechanismRatings:${courseId}`;

/** Mechanism ratings are off by default and switched on per course. */
export function mechanismRatingsOn(courseId: string): Promise<boolean> {
  return getSetting(mechanismKey(courseId), false);
}

export function setMechanismRatings(courseId: string, on: boolean): Promise<void> {
  return setSetting(mechanismKey(courseId), on);
}
