import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

import type { Session } from '../domain/types';

import { courseCalendarText } from './calendar';

const session = (
  id: string,
  date: string,
  status: Session['status'],
  n: number | null,
): Session => ({
  id,
  courseId: 'k1',
  number: n,
  date,
  time: '09:30',
  status,
});

// A course of three appointments: one held, one cancelled by the therapist (its slot kept, no
// number), one planned a week later.
const sessions = [
  session('s1', '2026-03-02', 'held', 1),
  session('s2', '2026-03-09', 'cancelled', null),
  session('s3', '2026-03-16', 'planned', 2),
  session('s4', '2026-03-23', 'planned', 3),
];

async function parsed(showCode: boolean) {
  const text = await courseCalendarText(
    { sessionMinutes: 50 },
    sessions,
    { showCode, code: 'GX-2' },
    new Date('2026-03-01T10:00:00Z'),
  );
  const root = new ICAL.Component(ICAL.parse(text));
  return { text, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('courseCalendarText', () => {
  it('writes a file an independent parser reads: one event per planned session, at its local time', async () => {
    const { events } = await parsed(false);
    const confirmed = events.filter(
      (e) => e.component.getFirstPropertyValue('status') === 'CONFIRMED',
    );
    expect(confirmed.map((e) => e.startDate.toString())).toEqual([
      '2026-03-16T09:30:00',
      '2026-03-23T09:30:00',
    ]);
    // 50-minute sessions end 50 minutes later
    expect(confirmed[0]?.endDate.toString()).toBe('2026-03-16T10:20:00');
    // The cancelled appointment is sent as a cancellation under its own id; the held one is not sent
    const cancelled = events.filter(
      (e) => e.component.getFirstPropertyValue('status') === 'CANCELLED',
    );
    expect(cancelled.map((e) => e.uid)).toEqual(['s2@sessions.local']);
    expect(events.map((e) => e.uid)).not.toContain('s1@sessions.local');
  });

  it('keeps titles neutral: "Session" only, never IPT, an area, a count or the code by default', async () => {
    const { text, events } = await parsed(false);
    expect(events.every((e) => e.summary === 'Session')).toBe(true);
    expect(text).not.toMatch(/IPT|grief|dispute|transition|deficit|GX-2|of 1[0-9]/i);
  });

  it('adds the client code only when the therapist opted in', async () => {
    const { events } = await parsed(true);
    expect(events.every((e) => e.summary === 'Session GX-2')).toBe(true);
  });
});
