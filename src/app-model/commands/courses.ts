/**
 * Course commands: plan a new course, change the phases, and the schedule changes (mark held,
 * cancel, reschedule). Each schedule change is computed inside its transaction from the sessions
 * as stored (never from the screen's snapshot), by the same domain rule the screen previewed.
 */
import { checkBoundaries } from '../../domain/course-rules';
import { planCourse } from '../../domain/course-plan';
import type { CourseDraft } from '../../domain/course-plan';
import type { Problem, Result } from '../../domain/problems';
import { cancelSession, markHeld, rescheduleSession } from '../../domain/schedule';
import type { ScheduleChange } from '../../domain/schedule';
import { revertToPlanned } from '../../domain/schedule-revert';
import type { Canceller, Course, PhaseBoundaries, Session } from '../../domain/types';
import { changeSchedule, saveNewCourse, updateCourse } from '../../db/courses';
import { newId, nowIso, todayIso } from '../../state/edge';
import { Refusal } from '../errors';

/** Throws the domain's own words as a refusal when a rule says no. */
function valueOf<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new Refusal('invalid', `Not saved: ${sentences(result.problems)}`);
}

const sentences = (problems: readonly Problem[]) => problems.map((p) => p.message).join(' ');

function existing(course: Course | undefined): Course {
  if (!course) throw new Refusal('not-found');
  return course;
}

/** Plans and saves a new course for `clientId` (ending any open one); returns the new course id. */
export async function planNewCourse(clientId: string, draft: CourseDraft): Promise<string> {
  const now = nowIso();
  const planned = valueOf(planCourse(draft, { courseId: newId(), clientId, newId }, now));
  await saveNewCourse(planned, now);
  return planned.course.id;
}

/** Saves where the phases begin and end, within IPT's limits. */
export async function saveBoundaries(
  course: Pick<Course, 'id' | 'length'>,
  boundaries: PhaseBoundaries,
): Promise<void> {
  const problems = checkBoundaries(course.length, boundaries);
  if (problems.length > 0) throw new Refusal('invalid', `Not saved: ${sentences(problems)}`);
  await updateCourse(course.id, { boundaries });
}

/** Marks a planned session as held, on or after its day (today from the edge); returns it as stored. */
export async function markSessionHeld(courseId: string, sessionId: string): Promise<Session> {
  const today = todayIso();
  const sessions = await changeSchedule(courseId, (course, current) => {
    existing(course);
    return valueOf(markHeld(current, sessionId, today));
  });
  const held = sessions.find((s) => s.id === sessionId);
  if (!held) throw new Refusal('not-found');
  return held;
}

/**
 * Puts a held, cancelled or missed appointment back to planned; returns the change (end date
 * before and after) as computed from the stored sessions.
 */
export async function revertSessionToPlanned(
  courseId: string,
  sessionId: string,
): Promise<ScheduleChange> {
  let change: ScheduleChange | undefined;
  await changeSchedule(courseId, (course, sessions) => {
    existing(course);
    change = valueOf(revertToPlanned(sessions, sessionId));
    return change.sessions;
  });
  if (!change) throw new Refusal('unknown');
  return change;
}

export interface CancelInput {
  courseId: string;
  sessionId: string;
  by: Canceller;
  reason: string;
}

/** Cancels a planned session; returns the change (end date before and after) as stored. */
export async function cancelCourseSession(input: CancelInput): Promise<ScheduleChange> {
  let change: ScheduleChange | undefined;
  await changeSchedule(input.courseId, (course, sessions) => {
    change = valueOf(
      cancelSession(existing(course), sessions, input.sessionId, input.by, newId, input.reason),
    );
    return change.sessions;
  });
  if (!change) throw new Refusal('unknown');
  return change;
}

export interface RescheduleInput {
  courseId: string;
  sessionId: string;
  date: string;
  time: string;
}

/** Moves one planned session to another day; the rest keep their dates. */
export async function rescheduleCourseSession(input: RescheduleInput): Promise<Session[]> {
  return changeSchedule(input.courseId, (course, sessions) =>
    valueOf(rescheduleSession(existing(course), sessions, input.sessionId, input.date, input.time)),
  );
}
