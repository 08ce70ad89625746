/**
 * Calendar export (issue 14 item 7): a course's sessions as an RFC 5545 .ics file, written by the
 * `ics` library (loaded only when the therapist exports, so it stays off the first screen).
 * Titles are neutral unless the therapist opted in to the client code (domain/calendar.ts).
 */
import { courseCalendarEvents } from '../domain/calendar';
import type { CalendarOptions } from '../domain/calendar';
import type { Course, Session } from '../domain/types';

import { Refusal } from './errors';

/** The .ics text of a course's planned sessions (cancelled ones as cancellations). */
export async function courseCalendarText(
  course: Pick<Course, 'sessionMinutes'>,
  sessions: readonly Session[],
  options: CalendarOptions,
  exportedAt: Date,
): Promise<string> {
  const { createEvents } = await import('ics');
  // A sequence that grows with each export lets calendars take the newer dates.
  const sequence = Math.floor(exportedAt.getTime() / 60_000);
  const events = courseCalendarEvents(course, sessions, options).map((e) => ({
    uid: e.uid,
    title: e.title,
    start: e.start,
    startInputType: 'local' as const,
    startOutputType: 'local' as const,
    duration: { minutes: e.durationMinutes },
    status: e.status,
    sequence,
  }));
  const { error, value } = createEvents(events, { productId: 'planner/calendar' });
  if (error || !value) {
    throw new Refusal(
      'invalid',
      `The calendar file could not be made: ${error?.message ?? 'no events'}.`,
    );
  }
  return value;
}
