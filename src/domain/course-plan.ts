/**
 * Planning an IPT course: the checked draft and its dated weekly sessions (ipt-reference.md
 * section 2); the rules of its length and phases are in course-rules.ts. Pure: ids and "now" come
 * in as arguments.
 */
import { addWeeks, isIsoDay, isTimeOfDay } from './dates';
import { failure, problem, resultOf } from './problems';
import type { Problem, Result } from './problems';
import {
  checkBoundaries,
  checkCourseLength,
  defaultBoundaries,
  SESSION_MINUTES,
} from './course-rules';
import { DISPUTE_STAGES, MECHANISMS, MISSED_SESSION_RULES, PROBLEM_AREAS } from './types';
import type {
  Course,
  DisputeStage,
  IsoDateTime,
  IsoDay,
  Mechanism,
  MissedSessionRule,
  PhaseBoundaries,
  ProblemArea,
  Session,
  TimeOfDay,
} from './types';

/** What the new-course form hands over; numbers may be NaN and strings empty until checked. */
export interface CourseDraft {
  startDate: string;
  length: number;
  sessionMinutes: number;
  time: string;
  boundaries?: PhaseBoundaries;
  primaryArea: ProblemArea | '';
  secondaryArea?: ProblemArea | '';
  disputeStage?: DisputeStage | '';
  goals: string[];
  mechanisms: Mechanism[];
  missedSessionRule: MissedSessionRule;
  unavailableDates: IsoDay[];
}

export interface PlannedCourse {
  course: Course;
  sessions: Session[];
}

/** Checks every field of a draft; errors carry the field name so the form can show them in place. */
export function checkCourseDraft(draft: CourseDraft): Problem[] {
  const found: Problem[] = [];
  if (!isIsoDay(draft.startDate)) {
    found.push(
      problem(
        'start-date-invalid',
        'Enter a start date that exists, such as 2026-03-02.',
        'startDate',
      ),
    );
  }
  found.push(...checkCourseLength(draft.length));
  const lengthOk = !found.some((p) => p.field === 'length' && p.severity === 'error');
  if (lengthOk && draft.boundaries) found.push(...checkBoundaries(draft.length, draft.boundaries));
  const m = draft.sessionMinutes;
  if (!Number.isInteger(m) || m < SESSION_MINUTES.min || m > SESSION_MINUTES.max) {
    found.push(
      problem(
        'minutes-out-of-range',
        `Session length is ${SESSION_MINUTES.min}–${SESSION_MINUTES.max} whole minutes (50 is usual).`,
        'sessionMinutes',
      ),
    );
  }
  if (!isTimeOfDay(draft.time)) {
    found.push(problem('time-invalid', 'Enter a time of day such as 09:30.', 'time'));
  }
  found.push(...checkFocus(draft));
  found.push(...checkGoals(draft.goals));
  if (!draft.mechanisms.every((x) => MECHANISMS.includes(x))) {
    found.push(problem('mechanism-unknown', 'Choose mechanisms from the list.', 'mechanisms'));
  }
  if (!MISSED_SESSION_RULES.includes(draft.missedSessionRule)) {
    found.push(
      problem('missed-rule-unknown', 'Choose what a missed session does.', 'missedSessionRule'),
    );
  }
  if (!draft.unavailableDates.every((d) => isIsoDay(d))) {
    found.push(
      problem(
        'unavailable-invalid',
        'Each unavailable date must be a real day.',
        'unavailableDates',
      ),
    );
  }
  return found;
}

function checkFocus(draft: CourseDraft): Problem[] {
  const found: Problem[] = [];
  const primary = draft.primaryArea;
  const secondary = draft.secondaryArea ?? '';
  if (primary === '' || !PROBLEM_AREAS.includes(primary)) {
    found.push(problem('area-missing', 'Choose the primary problem area.', 'primaryArea'));
  }
  if (secondary !== '' && secondary === primary) {
    found.push(
      problem(
        'area-repeated',
        'The second area must differ from the primary one.',
        'secondaryArea',
      ),
    );
  }
  const isDispute = primary === 'role-dispute' || secondary === 'role-dispute';
  const stage = draft.disputeStage ?? '';
  if (isDispute && (stage === '' || !DISPUTE_STAGES.includes(stage))) {
    found.push(
      problem(
        'stage-missing',
        'Choose the stage of the role dispute (renegotiation, impasse or dissolution).',
        'disputeStage',
      ),
    );
  }
  return found;
}

/** Goals: one to three, each non-empty, in the therapist's words. */
export function checkGoals(goals: readonly string[]): Problem[] {
  const filled = goals.map((g) => g.trim()).filter((g) => g !== '');
  if (filled.length === 0) return [problem('goals-missing', 'Write at least one goal.', 'goals')];
  if (filled.length > 3) return [problem('goals-too-many', 'Agree at most three goals.', 'goals')];
  return [];
}

/**
 * Dates for `count` weekly sessions from `start`, same weekday each week, skipping unavailable days.
 * The course keeps its length: a skipped week pushes the rest (and the end date) out.
 */
export function weeklyDates(
  start: IsoDay,
  count: number,
  unavailable: readonly IsoDay[],
): IsoDay[] {
  const skip = new Set(unavailable);
  const dates: IsoDay[] = [];
  for (let week = 0; dates.length < count; week += 1) {
    const day = addWeeks(start, week);
    if (!skip.has(day)) dates.push(day);
  }
  return dates;
}

/** Turns a valid draft into a course with every session dated and numbered. */
export function planCourse(
  draft: CourseDraft,
  ids: { courseId: string; clientId: string; newId: () => string },
  now: IsoDateTime,
): Result<PlannedCourse> {
  const found = checkCourseDraft(draft);
  if (found.some((p) => p.severity === 'error')) return failure(found);
  const course = courseFromDraft(draft, ids, now);
  const sessions = weeklyDates(course.startDate, course.length, course.unavailableDates).map(
    (date, i): Session => ({
      id: ids.newId(),
      courseId: course.id,
      number: i + 1,
      date,
      time: course.time,
      status: 'planned',
    }),
  );
  return resultOf({ course, sessions }, found);
}

function courseFromDraft(
  draft: CourseDraft,
  ids: { courseId: string; clientId: string },
  now: IsoDateTime,
): Course {
  const secondary = draft.secondaryArea === '' ? undefined : draft.secondaryArea;
  const hasDispute = draft.primaryArea === 'role-dispute' || secondary === 'role-dispute';
  const stage = hasDispute && draft.disputeStage ? draft.disputeStage : undefined;
  return {
    id: ids.courseId,
    clientId: ids.clientId,
    startDate: draft.startDate,
    length: draft.length,
    sessionMinutes: draft.sessionMinutes,
    time: draft.time as TimeOfDay,
    boundaries: draft.boundaries ?? defaultBoundaries(draft.length),
    primaryArea: draft.primaryArea as ProblemArea,
    ...(secondary ? { secondaryArea: secondary } : {}),
    ...(stage ? { disputeStage: stage } : {}),
    goals: draft.goals.map((g) => g.trim()).filter((g) => g !== ''),
    mechanisms: [...draft.mechanisms],
    missedSessionRule: draft.missedSessionRule,
    unavailableDates: [...draft.unavailableDates].sort(),
    createdAt: now,
  };
}
