/** Shared fixtures for the schedule tests: a 12-session Monday course and id makers. */
import { weeklyDates } from './course-plan';
import type { Course, Session } from './types';
/** A 12-session Monday course from 2026-03-02 at 09:30; ends 2026-05-18 unless `away` moves it. */
export const course = (over: Partial<Course> = {}): Course => ({
  id: 'c1',
  clientId: 'k1',
  startDate: '2026-03-02',
  length: 12,
  sessionMinutes: 50,
  time: '09:30',
  boundaries: { initialEnd: 3, middleEnd: 9 },
  primaryArea: 'role-transition',
  goals: ['Find my feet at the new job'],
  mechanisms: [],
  missedSessionRule: 'counts-as-used',
  unavailableDates: [],
  createdAt: '2026-02-20T10:00:00.000Z',
  ...over,
});

export const plan = (c: Course): Session[] =>
  weeklyDates(c.startDate, c.length, c.unavailableDates).map((date, i) => ({
    id: `s${i + 1}`,
    courseId: c.id,
    number: i + 1,
    date,
    time: c.time,
    status: 'planned',
  }));

export const slotIds = () => {
  let n = 0;
  return () => `slot-${(n += 1)}`;
};

export const byId = (sessions: readonly Session[], id: string) => sessions.find((s) => s.id === id);
export const dateOf = (sessions: readonly Session[], n: number) =>
  sessions.find((s) => s.number === n)?.date;
