/**
 * The treatment contract agreed at the end of the initial phase (ipt-reference.md section 3,
 * session 3): number of sessions, end date, frequency, missed-session rule and consents.
 */
import { compareDays, isIsoDay } from '../dates';
import { checkCourseLength } from '../course-rules';
import { problem, warning } from '../problems';
import type { Problem } from '../problems';
import { MISSED_SESSION_RULES } from '../types';
import type { Course, IsoDay, MissedSessionRule } from '../types';
import { LONG_TEXT_MAX } from './person';

export const FREQUENCIES = ['weekly', 'twice-weekly', 'fortnightly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The contract as agreed with the client. */
export interface TreatmentContract {
  id: string;
  courseId: string;
  sessions: number;
  endDate: IsoDay;
  frequency: Frequency;
  missedSessionRule: MissedSessionRule;
  /** The client agrees the therapist may discuss the work in supervision. */
  supervisionConsent: boolean;
  /** The client agrees sessions may be recorded. */
  recordingConsent: boolean;
  agreed: boolean;
  agreedDate?: IsoDay;
  notes?: string;
}

/** What the contract form edits. */
export type ContractDraft = Omit<TreatmentContract, 'id'>;

/** A draft prefilled from the planned course: its length, end date and missed-session rule. */
export function contractFromCourse(
  course: Pick<Course, 'id' | 'length' | 'missedSessionRule'>,
  endDate: IsoDay,
): ContractDraft {
  return {
    courseId: course.id,
    sessions: course.length,
    endDate,
    frequency: 'weekly',
    missedSessionRule: course.missedSessionRule,
    supervisionConsent: false,
    recordingConsent: false,
    agreed: false,
  };
}

function checkAgreement(c: ContractDraft): Problem[] {
  if (!c.agreed) return [];
  if (c.agreedDate === undefined || c.agreedDate === '') {
    return [
      problem('agreed-date-missing', 'Enter the date the contract was agreed.', 'agreedDate'),
    ];
  }
  if (!isIsoDay(c.agreedDate)) {
    return [problem('agreed-date-invalid', 'Enter an agreed date that exists.', 'agreedDate')];
  }
  return [];
}

function checkAgainstCourse(
  c: ContractDraft,
  course: Pick<Course, 'length' | 'startDate'>,
): Problem[] {
  const found: Problem[] = [];
  if (Number.isInteger(c.sessions) && c.sessions !== course.length) {
    found.push(
      warning(
        'sessions-differ',
        `The contract says ${c.sessions} sessions but the course plan has ${course.length}.`,
        'sessions',
      ),
    );
  }
  if (isIsoDay(c.endDate) && compareDays(c.endDate, course.startDate) < 0) {
    found.push(problem('end-before-start', 'The end date is before the course starts.', 'endDate'));
  }
  return found;
}

/**
 * Every problem with a contract: the length follows the course rules (8 or 12–20), the end date
 * and any agreed date must exist. With the course, a different length warns and an end before
 * the start is refused.
 */
export function checkContract(
  c: ContractDraft,
  course?: Pick<Course, 'length' | 'startDate'>,
): Problem[] {
  const found: Problem[] = checkCourseLength(c.sessions).map((p) => ({ ...p, field: 'sessions' }));
  if (!isIsoDay(c.endDate)) {
    found.push(problem('end-date-invalid', 'Enter an end date that exists.', 'endDate'));
  }
  if (!FREQUENCIES.includes(c.frequency)) {
    found.push(problem('frequency-invalid', 'Choose how often you will meet.', 'frequency'));
  }
  if (!MISSED_SESSION_RULES.includes(c.missedSessionRule)) {
    found.push(
      problem('missed-rule-unknown', 'Choose what a missed session does.', 'missedSessionRule'),
    );
  }
  found.push(...checkAgreement(c));
  if (c.notes !== undefined && c.notes.length > LONG_TEXT_MAX) {
    found.push(
      problem('text-too-long', `Keep this to ${LONG_TEXT_MAX} characters or fewer.`, 'notes'),
    );
  }
  if (course) found.push(...checkAgainstCourse(c, course));
  return found;
}
