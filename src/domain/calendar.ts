/**
 * A course's appointments as calendar events (issue 14 item 7). Calendars end up in cloud
 * services, so what an event says is neutral by default: "Session", with the client code only if
 * the therapist opts in; never "IPT", a problem area, a session count or a name. Planned sessions
 * become events; cancelled ones are sent as cancelled under the same id, so a calendar that
 * imported an earlier file drops them, and moved sessions keep their id, so their date updates.
 */
import { byText } from './order';
import type { Course, Session } from './types';

export interface CalendarEvent {
  /** Stable per session: re-importing updates the event instead of duplicating it. */
  uid: string;
  title: string;
  /** Local date and time parts, as the ics format takes them (floating local time). */
  start: [number, number, number, number, number];
  durationMinutes: number;
  status: 'CONFIRMED' | 'CANCELLED';
}

export interface CalendarOptions {
  /** The therapist opted in to the client code in event titles. */
  showCode: boolean;
  code: string;
}

/** The neutral event title: "Session", or "Session GX-2" when the therapist opted in. */
export function eventTitle(options: CalendarOptions): string {
  return options.showCode ? `Session ${options.code}` : 'Session';
}

function startOf(session: Session): CalendarEvent['start'] {
  const [y, m, d] = session.date.split('-').map(Number);
  const [hh, mm] = session.time.split(':').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0, hh ?? 0, mm ?? 0];
}

/** One event per planned session (and a cancellation per cancelled one), in date order. */
export function courseCalendarEvents(
  course: Pick<Course, 'sessionMinutes'>,
  sessions: readonly Session[],
  options: CalendarOptions,
): CalendarEvent[] {
  return sessions
    .filter((s) => s.status === 'planned' || s.status === 'cancelled')
    .slice()
    .sort((a, b) => byText(a.date, b.date) || byText(a.time, b.time))
    .map((s) => ({
      uid: `${s.id}@sessions.local`,
      title: eventTitle(options),
      start: startOf(s),
      durationMinutes: course.sessionMinutes,
      status: s.status === 'planned' ? 'CONFIRMED' : 'CANCELLED',
    }));
}
