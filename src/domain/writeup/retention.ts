/**
 * Record keeping: a course's records are due for the therapist's review once the retention
 * period (default 7 years) has passed since its last session. Nothing is deleted automatically.
 */
import { isIsoDay } from '../dates';
import { problem } from '../problems';
import type { Problem } from '../problems';
import type { Course, IsoDay } from '../types';

export const DEFAULT_RETENTION_YEARS = 7;

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
function sameDayYearsOn(day: IsoDay, years: number): IsoDay {
  const year = `${Number(day.slice(0, 4)) + years}`.padStart(4, '0');
  const candidate = `${year}${day.slice(4)}`;
  if (!isIsoDay(candidate)) return `${year}-02-28`;
  return candidate;
}

export interface RetentionStatus {
  courseId: string;
  endDate: IsoDay;
  /** The first day the course's records are past the retention period. */
  reviewFrom: IsoDay;
  due: boolean;
}

/** Whether `course`, which ended on `endDate`, is past `years` of retention on `today`. */
export function retentionDue(
  course: Pick<Course, 'id'>,
  endDate: IsoDay,
  years: number,
  today: IsoDay,
): RetentionStatus {
  const reviewFrom = sameDayYearsOn(endDate, years);
  return { courseId: course.id, endDate, reviewFrom, due: today >= reviewFrom };
}

/** A retention period is a whole number of years from 1 to 100. */
export function checkRetentionYears(years: number): Problem[] {
  return Number.isInteger(years) && years >= 1 && years <= 100
    ? []
    : [
        problem(
          'retention-out-of-range',
          'Enter a whole number of years from 1 to 100.',
          'retentionYears',
        ),
      ];
}
