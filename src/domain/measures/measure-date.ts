/**
 * Dates that make sense for a questionnaire (issue 12 item 4): a score is what the client answered
 * on a day that has come. A measure dated after today, or linked to a session that has not
 * happened yet, is refused at the date field with the reason; flags are then never dated ahead.
 */
import { formatDay, isIsoDay } from '../dates';
import { problem } from '../problems';
import type { Problem } from '../problems';
import type { IsoDay, Session } from '../types';

/** Problems with a measure's date (field `date`): it must exist, and be neither after today nor after its session's day. */
export function checkMeasureDate(
  date: string,
  today: IsoDay,
  session?: Pick<Session, 'date' | 'number'>,
): Problem[] {
  if (!isIsoDay(date)) return [problem('date-invalid', 'Enter a date that exists.', 'date')];
  if (date > today) {
    return [
      problem(
        'measure-date-future',
        `This date is after today (${formatDay(today)}): record a questionnaire on or after the day it was answered.`,
        'date',
      ),
    ];
  }
  if (session && session.date > today) {
    const which = session.number === null ? 'This appointment' : `Session ${session.number}`;
    return [
      problem(
        'measure-session-future',
        `${which} is on ${formatDay(session.date)}, which has not come yet: record its scores on or after that day.`,
        'date',
      ),
    ];
  }
  return [];
}
