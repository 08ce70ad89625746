/** Checking, finalising and amending a write-up. The original of a final record never changes. */
import { formatDay, isTimeOfDay } from '../dates';
import type { RiskFlag } from '../measures';
import { failure, problem, resultOf } from '../problems';
import type { Problem, Result } from '../problems';
import type { IsoDateTime, IsoDay } from '../types';

import { riskOf } from './prefill';
import { ATTENDANCE_LABEL, OUTCOME_LABEL } from './types';
import type { SessionWriteUp, WriteUpChanges, WriteUpFields, WriteUpState } from './types';

export const MINUTES_RANGE = { min: 1, max: 180 } as const;
export const SCORE_MAX = { phq9: 27, gad7: 21 } as const;

function wholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Problems with the values typed (minutes, score totals), each at its field. */
export function checkFields(fields: WriteUpFields): Problem[] {
  const found: Problem[] = [];
  const { minutes, scores } = fields;
  if (minutes !== undefined && !wholeIn(minutes, MINUTES_RANGE.min, MINUTES_RANGE.max)) {
    found.push(
      problem(
        'minutes-out-of-range',
        'Enter the session length in whole minutes, 1 to 180.',
        'minutes',
      ),
    );
  }
  if (scores.phq9 !== undefined && !wholeIn(scores.phq9, 0, SCORE_MAX.phq9)) {
    found.push(
      problem('phq9-out-of-range', 'A PHQ-9 total is a whole number from 0 to 27.', 'phq9'),
    );
  }
  if (scores.gad7 !== undefined && !wholeIn(scores.gad7, 0, SCORE_MAX.gad7)) {
    found.push(
      problem('gad7-out-of-range', 'A GAD-7 total is a whole number from 0 to 21.', 'gad7'),
    );
  }
  return [...found, ...checkTimes(fields)];
}

/** Start and end, when given, are times of day and the end comes after the start. */
function checkTimes({ startTime, endTime }: WriteUpFields): Problem[] {
  const bad = (field: 'startTime' | 'endTime', value: string | undefined) =>
    value !== undefined && value !== '' && !isTimeOfDay(value)
      ? [problem(`${field}-invalid`, 'Enter a time of day as HH:MM, for example 09:00.', field)]
      : [];
  const found = [...bad('startTime', startTime), ...bad('endTime', endTime)];
  if (found.length === 0 && startTime && endTime && endTime <= startTime) {
    found.push(
      problem('end-before-start', 'The end time must be after the start time.', 'endTime'),
    );
  }
  return found;
}

/** Problems with a write-up on `today`: a session still to come, and out-of-range values. */
export function checkWriteUp(w: SessionWriteUp, today: IsoDay): Problem[] {
  const found: Problem[] = [];
  if (w.sessionDate > today) {
    found.push(
      problem(
        'writeup-future',
        `This session is on ${formatDay(w.sessionDate)}; it can be written up from that day.`,
        'session',
      ),
    );
  }
  return [...found, ...checkFields(w)];
}

/**
 * Locks a draft at `now`. Refused while any risk flag of the client is open (the clinician
 * acknowledges it first), for a future session, and with values out of range.
 */
export function finaliseWriteUp(
  w: SessionWriteUp,
  flags: readonly RiskFlag[],
  now: IsoDateTime,
  today: IsoDay,
): Result<SessionWriteUp> {
  if (w.status === 'final') {
    return failure([
      problem('writeup-final', 'This write-up is already final; amend it instead.', 'finalise'),
    ]);
  }
  const found = checkWriteUp(w, today);
  if (flags.some((f) => f.status === 'open')) {
    found.push(
      problem(
        'risk-flag-open',
        'A risk flag is open for this client. Acknowledge it on the risk page before finalising.',
        'finalise',
      ),
    );
  }
  if (found.length > 0) return failure(found);
  return resultOf(
    { ...w, status: 'final', finalisedAt: now, risk: riskOf(flags, w.sessionId), updatedAt: now },
    [],
  );
}

/** The record as it now reads: the original with every amendment applied in order. */
export function effectiveWriteUp(w: SessionWriteUp): SessionWriteUp {
  return w.amendments.reduce<SessionWriteUp>((acc, a) => ({ ...acc, ...a.changes }), w);
}

const FIELD_LABEL: Record<keyof WriteUpFields, string> = {
  attendance: 'attendance',
  scores: 'scores',
  previousTask: 'last week’s task',
  taskReview: 'task outcome',
  taskSet: 'task for next week',
  agendaCovered: 'agenda covered',
  focusChange: 'change of focus',
  note: 'note',
  minutes: 'minutes',
  startTime: 'start time',
  endTime: 'end time',
  clinicianAssessment: 'clinician’s assessment',
  plan: 'plan',
};

function changedKeys(before: WriteUpFields, changes: WriteUpChanges): (keyof WriteUpFields)[] {
  return (Object.keys(changes) as (keyof WriteUpFields)[]).filter(
    (k) => JSON.stringify(changes[k]) !== JSON.stringify(before[k]),
  );
}

function describe(key: keyof WriteUpFields, before: WriteUpFields, after: WriteUpFields): string {
  if (key === 'minutes') return `Minutes: ${before.minutes ?? '—'} → ${after.minutes ?? '—'}`;
  if (key === 'attendance') {
    return `Attendance: ${ATTENDANCE_LABEL[before.attendance]} → ${ATTENDANCE_LABEL[after.attendance]}`;
  }
  if (key === 'scores') {
    const s = (f: WriteUpFields) => `PHQ-9 ${f.scores.phq9 ?? '—'}, GAD-7 ${f.scores.gad7 ?? '—'}`;
    return `Scores: ${s(before)} → ${s(after)}`;
  }
  if (key === 'taskReview' && after.taskReview) {
    return `Task outcome: ${OUTCOME_LABEL[after.taskReview.outcome]}`;
  }
  return `${FIELD_LABEL[key].charAt(0).toUpperCase()}${FIELD_LABEL[key].slice(1)} changed`;
}

/**
 * Adds a dated amendment to a final record. Refused without a reason, with nothing changed, with
 * values out of range, or on a draft (a draft is simply edited).
 */
export function amendWriteUp(
  w: SessionWriteUp,
  changes: WriteUpChanges,
  reason: string,
  now: IsoDateTime,
): Result<SessionWriteUp> {
  if (w.status !== 'final') {
    return failure([
      problem('writeup-not-final', 'Only a finalised write-up is amended.', 'reason'),
    ]);
  }
  const before = effectiveWriteUp(w);
  const keys = changedKeys(before, changes);
  const after = { ...before, ...changes };
  const found = checkFields(after);
  if (reason.trim() === '') {
    found.push(
      problem('amendment-reason-missing', 'Give the reason for this amendment.', 'reason'),
    );
  }
  if (keys.length === 0) {
    found.push(
      problem('amendment-empty', 'Change at least one field to amend the record.', 'changes'),
    );
  }
  if (found.length > 0) return failure(found);
  const kept = Object.fromEntries(keys.map((k) => [k, changes[k]])) as WriteUpChanges;
  const summary = keys.map((k) => describe(k, before, after)).join('; ');
  const amendment = { at: now, reason: reason.trim(), changes: kept, summary };
  return resultOf({ ...w, amendments: [...w.amendments, amendment], updatedAt: now }, []);
}

/** How a session's record stands, for the lists of write-ups. */
export function writeUpState(w: SessionWriteUp | undefined): WriteUpState {
  if (!w) return 'none';
  if (w.status === 'draft') return 'draft';
  return w.amendments.length > 0 ? 'amended' : 'final';
}
