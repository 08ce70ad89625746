/** Shared builders for the write-up tests: fixed ids, dates and times. */
import type { RiskFlag } from '../measures';
import type { Session } from '../types';

import type { SessionWriteUp } from './types';

export const NOW = '2026-03-09T15:30:00.000Z';

export function session(over: Partial<Session> = {}): Session {
  return {
    id: 'session-2',
    courseId: 'course-1',
    number: 2,
    date: '2026-03-09',
    time: '09:00',
    status: 'planned',
    ...over,
  };
}

export function writeUp(over: Partial<SessionWriteUp> = {}): SessionWriteUp {
  return {
    sessionId: 'session-2',
    courseId: 'course-1',
    clientId: 'client-1',
    sessionDate: '2026-03-09',
    sessionNumber: 2,
    attendance: 'held',
    scores: { phq9: 14 },
    previousTask: 'Call Sam about Sunday',
    taskReview: { outcome: 'partly', note: 'Sam was busy' },
    taskSet: 'Ask Sam for one evening together',
    agendaCovered: [
      { segmentId: 'opening', title: 'Mood and the week', covered: true },
      { segmentId: 'task-review', title: 'Last week’s task', covered: false },
    ],
    note: 'Spoke about the argument with Sam.',
    minutes: 50,
    risk: 'none',
    status: 'draft',
    amendments: [],
    updatedAt: NOW,
    ...over,
  };
}

export function flag(over: Partial<RiskFlag> = {}): RiskFlag {
  return {
    id: 'flag-1',
    clientId: 'client-1',
    courseId: 'course-1',
    sessionId: 'session-2',
    source: 'manual',
    raisedAt: '2026-03-09T09:20:00.000Z',
    detail: 'Disclosed passive thoughts of death.',
    status: 'open',
    ...over,
  };
}
