/**
 * Changing a planned course week by week: cancellations (and who cancelled), one-off reschedules,
 * and the effect on the end date. The time limit is part of IPT's contract, so every function here
 * returns the whole new schedule for the therapist to preview before anything is saved.
 */
import { addWeeks, compareDays, formatDay, isIsoDay, isTimeOfDay } from './dates';
import { byText } from './order';
import { failure, problem, resultOf } from './problems';
import type { Result } from './problems';
import type { Canceller, Course, IsoDay, Session } from './types';

/** Sessions sorted by date, then time: the order the therapist sees them in. */
export function sortSessions(sessions: readonly Session[]): Session[] {
  return [...sessions].sort((a, b) => compareDays(a.date, b.date) || byText(a.time, b.time));
}

/** The numbered (session-holding) appointments, in number order. */
export function numberedSessions(sessions: readonly Session[]): Session[] {
  return sessions
    .filter((s): s is Session & { number: number } => s.number !== null)
    .sort((a, b) => a.number - b.number);
}

/**
 * The course's end date: the date of the last session actually planned or held. A session the
 * client cancelled (even one that counts as used) is not where the course ends.
 */
export function endDateOf(sessions: readonly Session[]): IsoDay | undefined {
  return sortSessions(sessions.filter((s) => s.number !== null && s.status !== 'cancelled')).at(-1)
    ?.date;
}

/**
 * Numbers the session-holding appointments 1, 2, 3… in date order. After a shift, a session the
 * client cancelled (and that counted as used) keeps its day, so the sessions that moved past it
 * take the later numbers: phases and numbers always follow the calendar.
 */
export function renumberByDate(sessions: readonly Session[]): Session[] {
  let n = 0;
  return sortSessions(sessions).map((s) => (s.number === null ? s : { ...s, number: (n += 1) }));
}

/** Whether a cancellation by `by` uses up the session under the course's missed-session rule. */
export function cancellationUsesSession(course: Course, by: Canceller): boolean {
  return by !== 'therapist' && course.missedSessionRule === 'counts-as-used';
}

export interface ScheduleChange {
  sessions: Session[];
  endBefore: IsoDay | undefined;
  endAfter: IsoDay | undefined;
  /** True when the cancelled appointment used up its session (end date kept). */
  sessionUsed: boolean;
}

/**
 * Cancels one planned appointment. A therapist cancellation, or a client one under the `extends`
 * rule, keeps the appointment as a cancelled slot and moves that session and every later planned
 * one out by a week (skipping unavailable days). Under `counts-as-used` the session is spent and
 * nothing moves.
 */
export function cancelSession(
  course: Course,
  sessions: readonly Session[],
  sessionId: string,
  by: Canceller,
  newId: () => string,
  reason?: string,
): Result<ScheduleChange> {
  const target = sessions.find((s) => s.id === sessionId);
  if (!target) return failure([problem('session-unknown', 'That session is not in this course.')]);
  if (target.status !== 'planned') {
    return failure([
      problem(
        'session-not-planned',
        `This session is already ${target.status}; only a planned session can be cancelled.`,
      ),
    ]);
  }
  const endBefore = endDateOf(sessions);
  const note = reason?.trim() ? { cancelReason: reason.trim() } : {};
  if (cancellationUsesSession(course, by) || target.number === null) {
    const next = sessions.map((s) =>
      s.id === sessionId ? { ...s, status: 'cancelled' as const, cancelledBy: by, ...note } : s,
    );
    return resultOf(
      { sessions: next, endBefore, endAfter: endDateOf(next), sessionUsed: true },
      [],
    );
  }
  const slot: Session = {
    id: newId(),
    courseId: target.courseId,
    number: null,
    date: target.date,
    time: target.time,
    status: 'cancelled',
    cancelledBy: by,
    ...note,
  };
  const moved = shiftFrom(course, sessions, target.number, [slot]);
  return resultOf(
    { sessions: moved, endBefore, endAfter: endDateOf(moved), sessionUsed: false },
    [],
  );
}

/** Moves planned sessions numbered `from` and later out by a week each, keeping their order. */
function shiftFrom(
  course: Course,
  sessions: readonly Session[],
  from: number,
  added: Session[],
): Session[] {
  const unavailable = new Set(course.unavailableDates);
  const moving = (s: Session) => s.status === 'planned' && s.number !== null && s.number >= from;
  const fixed = [...sessions.filter((s) => !moving(s)), ...added];
  // Any day that keeps an appointment (held, planned, or a cancellation on record) is taken: a
  // shifted session never lands on the day a client already said they cannot come.
  const taken = new Set(fixed.map((s) => s.date));
  let previous = '';
  const shifted = numberedSessions(sessions.filter(moving)).map((s) => {
    let date = addWeeks(s.date, 1);
    while (unavailable.has(date) || taken.has(date) || date <= previous) date = addWeeks(date, 1);
    taken.add(date);
    previous = date;
    return { ...s, date };
  });
  return renumberByDate([...fixed, ...shifted]);
}

/**
 * Moves one appointment to another day without touching the rest. Refused when the day does not
 * exist, is marked unavailable, already has a session, or would put sessions out of order, and
 * when a new time is not `HH:mm`.
 */
export function rescheduleSession(
  course: Course,
  sessions: readonly Session[],
  sessionId: string,
  date: string,
  time?: string,
): Result<Session[]> {
  const target = sessions.find((s) => s.id === sessionId);
  if (!target) return failure([problem('session-unknown', 'That session is not in this course.')]);
  if (target.status !== 'planned') {
    return failure([
      problem('session-not-planned', 'Only a planned session can be rescheduled.', 'date'),
    ]);
  }
  if (!isIsoDay(date))
    return failure([problem('date-invalid', 'Enter a date that exists.', 'date')]);
  if (time !== undefined && !isTimeOfDay(time)) {
    return failure([problem('time-invalid', 'Enter a time of day such as 09:30.', 'time')]);
  }
  if (course.unavailableDates.includes(date)) {
    return failure([problem('date-unavailable', 'You marked that day as unavailable.', 'date')]);
  }
  const clash = sessions.find(
    (s) => s.id !== sessionId && s.status !== 'cancelled' && s.date === date,
  );
  if (clash) {
    const what = clash.number === null ? 'another appointment' : `session ${clash.number}`;
    return failure([problem('date-taken', `That day already has ${what}.`, 'date')]);
  }
  const order = orderProblem(sessions, target, date);
  if (order) return failure([order]);
  const next = sessions.map((s) =>
    s.id === sessionId
      ? { ...s, date, time: time ?? s.time, rescheduledFrom: s.rescheduledFrom ?? s.date }
      : s,
  );
  return resultOf(sortSessions(next), []);
}

function orderProblem(sessions: readonly Session[], target: Session, date: IsoDay) {
  if (target.number === null) return undefined;
  const numbered = numberedSessions(sessions);
  const before = numbered.find((s) => s.number === (target.number ?? 0) - 1);
  const after = numbered.find((s) => s.number === (target.number ?? 0) + 1);
  if (before && date <= before.date) {
    return problem(
      'date-before-previous',
      `Session ${target.number} must come after session ${before.number}.`,
      'date',
    );
  }
  if (after && date >= after.date) {
    return problem(
      'date-after-next',
      `Session ${target.number} must come before session ${after.number}.`,
      'date',
    );
  }
  return undefined;
}

/**
 * Marks a planned appointment as held (attendance). Refused before the session's day when `today`
 * is given: a session that has not happened cannot have been held.
 */
export function markHeld(
  sessions: readonly Session[],
  sessionId: string,
  today?: IsoDay,
): Result<Session[]> {
  const target = sessions.find((s) => s.id === sessionId);
  if (!target || target.status !== 'planned' || target.number === null) {
    return failure([
      problem('session-not-planned', 'Only a planned session can be marked as held.'),
    ]);
  }
  if (today !== undefined && target.date > today) {
    return failure([
      problem(
        'session-in-future',
        `Session ${target.number} is on ${formatDay(target.date)}: it can be marked held on or after that day.`,
      ),
    ]);
  }
  return resultOf(
    sessions.map((s) => (s.id === sessionId ? { ...s, status: 'held' as const } : s)),
    [],
  );
}

/** "Session 9 of 16, 7 left": where the course stands at a numbered session. */
export function countdown(
  sessionNumber: number,
  length: number,
): { number: number; of: number; left: number } {
  return { number: sessionNumber, of: length, left: Math.max(0, length - sessionNumber) };
}
