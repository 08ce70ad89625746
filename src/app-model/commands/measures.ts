/**
 * Measures commands: save a questionnaire, save the session's ratings, switch mechanism ratings,
 * add or remove a course event, save the suitability check and choose the baseline. Each wraps
 * a db repository function; a write that checks what it changes reads it inside its transaction.
 */
import {
  checkCourseEvent,
  checkMeasureDate,
  checkSuitability,
  scoreQuestionnaire,
} from '../../domain/measures';
import type {
  CourseEventKind,
  DifficultyAnswer,
  Measure,
  MeasureKind,
  RiskFlag,
  SuitabilityRecord,
} from '../../domain/measures';
import type { Course, Session } from '../../domain/types';
import {
  addCourseEvent,
  deleteCourseEvent,
  saveSuitability,
  setChosenBaseline,
} from '../../db/course-records';
import { measuresTable, saveMeasure } from '../../db/measures';
import { saveRatings, setMechanismRatings } from '../../db/ratings';
import type { SessionRatings } from '../../db/ratings';
import { newId, nowIso, todayIso } from '../../state/edge';
import { Refusal } from '../errors';

export interface SaveMeasureInput {
  course: Pick<Course, 'id' | 'clientId'>;
  session: Pick<Session, 'id' | 'date' | 'number'>;
  /** The day the client answered (the session's day unless the therapist changed it). */
  date: string;
  kind: MeasureKind;
  /** The stored measure this one replaces (the same id is kept). */
  existingId?: string;
  answers: (number | null)[];
  difficulty?: DifficultyAnswer;
  status: 'complete' | 'draft';
}

export interface SavedMeasure {
  measure: Measure;
  /** The flags raised by this save (item 9 above 0, a total of 20 or more); none when re-saved. */
  raised: RiskFlag[];
}

/**
 * Saves a session's PHQ-9 or GAD-7 (scored when complete) with the flags it raises, at once. A
 * date after today, or a session whose day has not come, is refused in words and nothing is stored.
 */
export async function saveSessionMeasure(input: SaveMeasureInput): Promise<SavedMeasure> {
  const dateProblem = checkMeasureDate(input.date, todayIso(), input.session)[0];
  if (dateProblem) throw new Refusal('invalid', `Not saved: ${dateProblem.message}`);
  const score = scoreQuestionnaire(input.kind, input.answers);
  const complete = input.status === 'complete' && score.ok;
  const measure: Measure = {
    id: input.existingId ?? newId(),
    clientId: input.course.clientId,
    courseId: input.course.id,
    sessionId: input.session.id,
    kind: input.kind,
    date: input.date,
    answers: input.answers,
    ...(input.difficulty === undefined ? {} : { difficulty: input.difficulty }),
    ...(complete && score.ok ? { total: score.value.total } : {}),
    status: complete ? 'complete' : 'draft',
    recordedAt: nowIso(),
  };
  const raised = await saveMeasure(measure, { newId, now: nowIso() });
  return { measure, raised };
}

/** Stores the session's 0–10 ratings whole (one record per session). */
export async function saveSessionRatings(
  ratings: Omit<SessionRatings, 'updatedAt'>,
): Promise<void> {
  await saveRatings({ ...ratings, updatedAt: nowIso() });
}

/** Switches the four mechanism ratings on or off for a course. */
export async function switchMechanismRatings(courseId: string, on: boolean): Promise<boolean> {
  await setMechanismRatings(courseId, on);
  return on;
}

export interface CourseEventInput {
  courseId: string;
  kind: CourseEventKind;
  date: string;
  text: string;
}

/** Adds a dated course event (medication, focus change, life event) shown on the chart. */
export async function addEventToCourse(input: CourseEventInput): Promise<void> {
  if (checkCourseEvent(input).length > 0) throw new Refusal('invalid');
  await addCourseEvent({ id: newId(), ...input, text: input.text.trim() });
}

/** Removes one course event. */
export async function removeCourseEvent(id: string): Promise<void> {
  await deleteCourseEvent(id);
}

/** Saves the suitability check; refused when it still has an error (an unanswered item…). */
export async function saveSuitabilityCheck(
  courseId: string,
  record: SuitabilityRecord,
): Promise<void> {
  if (checkSuitability(record).some((p) => p.severity === 'error')) throw new Refusal('invalid');
  await saveSuitability(courseId, record);
}

/**
 * Chooses the course's baseline for one questionnaire (undefined: the first score). A measure of
 * another course, another questionnaire or a draft is refused in words, and nothing is stored.
 */
export async function chooseBaseline(
  courseId: string,
  kind: MeasureKind,
  measureId: string | undefined,
): Promise<void> {
  if (measureId !== undefined) {
    const m = await measuresTable().get(measureId);
    if (!m) throw new Refusal('not-found');
    if (m.courseId !== courseId) {
      throw new Refusal(
        'invalid',
        'Not saved: choose a baseline from this course, not an earlier one.',
      );
    }
    if (m.kind !== kind || m.status !== 'complete') {
      throw new Refusal(
        'invalid',
        'Not saved: the baseline must be a complete score of the same questionnaire.',
      );
    }
  }
  await setChosenBaseline(courseId, kind, measureId);
}
