/**
 * The view model of one course that every course screen and print reads (issue 10): the records
 * as stored, plus the facts derived from them in one place so no two screens can disagree: the
 * open flags, the baseline in force per questionnaire, and each session's scores as they stood on
 * that session's date. Pure: the caller passes in what it read and "today".
 */
import { dayOfTimestamp } from './dates';
import type { CrisisContactInput as CrisisContact } from './measures/crisis-contacts';
import type { Measure, MeasureKind } from './measures/measure';
import type { RiskFlag } from './measures/risk';
import { courseBaseline, scoreAsOf } from './measures/summary';
import type { BaselineChoice, ScoreSummary } from './measures/summary';
import { byText } from './order';
import type { Client, Course, IsoDay, Session } from './types';

export interface CourseRecords {
  course: Course;
  client: Client;
  /** The course's sessions in date order. */
  sessions: Session[];
  /** Every measure of the client (all courses), so a baseline choice can be checked. */
  measures: Measure[];
  /** Every flag of the client (flags follow the client everywhere). */
  flags: RiskFlag[];
  contacts: CrisisContact[];
  /** The measure ids the therapist chose as baseline, per questionnaire. */
  chosenBaselines: Partial<Record<MeasureKind, string>>;
  /** Stored records of this course that could not be read (damaged), in words; never dropped silently. */
  unreadable?: UnreadableRecord[];
}

export interface UnreadableRecord {
  table: string;
  sentence: string;
}

export interface SessionScores {
  phq9?: ScoreSummary;
  gad7?: ScoreSummary;
}

export interface CourseView extends CourseRecords {
  today: IsoDay;
  /** The client's open flags, newest first. */
  openFlags: RiskFlag[];
  baselines: Record<MeasureKind, BaselineChoice>;
  /** The latest scores on or before today. */
  latest: SessionScores;
  /** Per session id: the scores as they stood on that session's date. */
  sessionScores: ReadonlyMap<string, SessionScores>;
}

const byNewest = (a: RiskFlag, b: RiskFlag) => byText(b.raisedAt, a.raisedAt);

function scoresOn(records: CourseRecords, date: IsoDay): SessionScores {
  const at = (kind: MeasureKind) =>
    scoreAsOf(records.measures, {
      courseId: records.course.id,
      kind,
      date,
      ...(records.chosenBaselines[kind] ? { baselineId: records.chosenBaselines[kind] } : {}),
    });
  const phq9 = at('phq9');
  const gad7 = at('gad7');
  return { ...(phq9 ? { phq9 } : {}), ...(gad7 ? { gad7 } : {}) };
}

/** Builds the course's view model from its stored records as of `today`. */
export function buildCourseView(records: CourseRecords, today: IsoDay): CourseView {
  const baseline = (kind: MeasureKind) =>
    courseBaseline(records.measures, records.course.id, kind, records.chosenBaselines[kind]);
  return {
    ...records,
    today,
    openFlags: records.flags.filter((f) => f.status === 'open').sort(byNewest),
    baselines: { phq9: baseline('phq9'), gad7: baseline('gad7') },
    latest: scoresOn(records, today),
    sessionScores: new Map(records.sessions.map((s) => [s.id, scoresOn(records, s.date)])),
  };
}

/**
 * The flags as they stood on `date`: raised on or before that day and not yet acknowledged by
 * then (an acknowledgement later than `date` leaves the flag open on that day's page).
 */
export function flagsOpenOn(flags: readonly RiskFlag[], date: IsoDay): RiskFlag[] {
  return flags
    .filter((f) => dayOfTimestamp(f.raisedAt) <= date)
    .filter((f) => !f.acknowledgement || dayOfTimestamp(f.acknowledgement.at) > date)
    .sort(byNewest);
}
