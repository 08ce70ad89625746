/**
 * A course's own settings (one `courseSettings` row per course, deleted with the client): the
 * baseline the therapist chose per questionnaire, and whether mechanisms are rated. Each change
 * reads the stored row inside its own transaction.
 */
import type { MeasureKind } from '../domain/measures';
import type { CourseSettings } from '../domain/schemas/settings';
import '../domain/schemas/settings';

import { readGet } from './checked';
import { db } from './database';

/** Settings of a course with none stored yet. */
export const defaultCourseSettings = (courseId: string): CourseSettings => ({
  courseId,
  baselines: {},
  mechanismRatings: false,
});

/** The course's settings (the defaults when none are stored or the row cannot be read). */
export async function getCourseSettings(courseId: string): Promise<CourseSettings> {
  return (await readGet('courseSettings', courseId)).row ?? defaultCourseSettings(courseId);
}

/** Changes the course's settings from what is stored now, in one transaction. */
export async function changeCourseSettings(
  courseId: string,
  change: (current: CourseSettings) => CourseSettings,
): Promise<CourseSettings> {
  return db.transaction('rw', db.courseSettings, async () => {
    const next = change(await getCourseSettings(courseId));
    await db.courseSettings.put(next);
    return next;
  });
}

/** The measure id the therapist chose as baseline, or undefined for the first score. */
export async function getChosenBaseline(
  courseId: string,
  kind: MeasureKind,
): Promise<string | undefined> {
  return (await getCourseSettings(courseId)).baselines[kind];
}

/** Chooses `measureId` as the course's baseline for `kind` (undefined: back to the first score). */
export async function setChosenBaseline(
  courseId: string,
  kind: MeasureKind,
  measureId: string | undefined,
): Promise<void> {
  await changeCourseSettings(courseId, (current) => {
    const baselines = { ...current.baselines };
    if (measureId === undefined) delete baselines[kind];
    else baselines[kind] = measureId;
    return { ...current, baselines };
  });
}

/** Mechanism ratings are off by default and switched on per course. */
export async function mechanismRatingsOn(courseId: string): Promise<boolean> {
  return (await getCourseSettings(courseId)).mechanismRatings;
}

export async function setMechanismRatings(courseId: string, on: boolean): Promise<void> {
  await changeCourseSettings(courseId, (current) => ({ ...current, mechanismRatings: on }));
}
