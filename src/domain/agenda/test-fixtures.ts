/** Shared fixtures for the agenda tests. */
import type { Course } from '../types';

/** A planned course as the domain stores it; defaults give a 16-week course of 50 minutes. */
export function courseOf(over: Partial<Course> = {}): Course {
  const length = over.length ?? 16;
  return {
    id: 'course-1',
    clientId: 'client-1',
    startDate: '2026-03-02',
    length,
    sessionMinutes: 50,
    time: '09:30',
    boundaries: { initialEnd: 3, middleEnd: length - 3 },
    primaryArea: 'role-dispute',
    disputeStage: 'renegotiation',
    goals: ['Talk with my partner without shouting'],
    mechanisms: [],
    missedSessionRule: 'counts-as-used',
    unavailableDates: [],
    createdAt: '2026-03-01T10:00:00Z',
    ...over,
  };
}
