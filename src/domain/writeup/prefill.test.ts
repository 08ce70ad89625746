import { describe, expect, it } from 'vitest';

import type { SavedAgenda } from '../agenda/saved';
import { scoreAsOf } from '../measures/summary';
import { phq9 } from '../measures/test-fixtures';

import { flag, NOW, session } from './fixtures';
import { attendanceOf, cancellerOf, prefillWriteUp, riskOf } from './prefill';

const agenda: SavedAgenda = {
  sessionId: 'session-2',
  courseId: 'course-1',
  segments: [
    {
      id: 'opening',
      title: 'Mood and the week',
      minutes: 10,
      content: [],
      techniques: [],
      mechanisms: [],
    },
    {
      id: 'inventory',
      title: 'Inventory',
      minutes: 40,
      content: [],
      techniques: [],
      mechanisms: [],
    },
  ],
  generatedBase: [],
  notes: '',
  taskReview: { outcome: 'done', note: 'Went well' },
  taskSet: ' Write down three people ',
  strategiesUsed: [],
  updatedAt: NOW,
};

/** PHQ-9 20 on 2 March (session 1) and 14 on 9 March (session 2): the view's summary as of 9 March. */
const earlier = phq9({ id: 'm-a', total: 20, sessionId: 'session-1', date: '2026-03-02' });
const atSession = phq9({
  id: 'm-b',
  total: 14,
  sessionId: 'session-2',
  date: '2026-03-09',
  recordedAt: '2026-03-09T09:05:00+00:00',
});
const asOf = (measures: Parameters<typeof scoreAsOf>[0]) => {
  const summary = scoreAsOf(measures, { courseId: 'course-1', kind: 'phq9', date: '2026-03-09' });
  return summary ? { phq9: summary } : {};
};

describe('prefillWriteUp', () => {
  it('fills scores, tasks, risk and agenda parts from what the app knows', () => {
    // Given this week's saved agenda, a PHQ-9 of 14 taken in session (20 the week before) and a flag
    const w = prefillWriteUp({
      session: session(),
      clientId: 'client-1',
      savedAgenda: agenda,
      scores: asOf([earlier, atSession]),
      flags: [flag()],
      previousTaskSet: 'Call Sam',
      plannedMinutes: 50,
      now: NOW,
    });
    // Then the draft carries them
    expect(w).toMatchObject({
      status: 'draft',
      attendance: 'held',
      scores: { phq9: 14 },
      previousTask: 'Call Sam',
      taskReview: { outcome: 'done', note: 'Went well' },
      taskSet: 'Write down three people',
      risk: 'open-flag',
      minutes: 50,
      sessionDate: '2026-03-09',
      sessionNumber: 2,
    });
    expect(w.agendaCovered).toEqual([
      { segmentId: 'opening', title: 'Mood and the week', covered: true },
      { segmentId: 'inventory', title: 'Inventory', covered: true },
    ]);
  });

  it('uses the generated agenda when none was saved, and leaves it unticked for a cancellation', () => {
    // Given a client cancellation and no saved agenda
    const w = prefillWriteUp({
      session: session({ status: 'cancelled', cancelledBy: 'client' }),
      clientId: 'client-1',
      generatedSegments: agenda.segments,
      scores: undefined,
      flags: [],
      now: NOW,
    });
    // Then attendance follows the schedule and nothing is ticked
    expect(w.attendance).toBe('cancelled-client');
    expect(w.agendaCovered.every((p) => !p.covered)).toBe(true);
    expect(w.scores).toEqual({});
    expect(w.risk).toBe('none');
  });
});

describe('prefillWriteUp scores', () => {
  it('leaves the totals blank when the latest score by that day was taken at an earlier session', () => {
    // Given only last week's PHQ-9 of 20: the summary as of 9 March is that score
    const w = prefillWriteUp({
      session: session(),
      clientId: 'client-1',
      scores: asOf([earlier]),
      flags: [],
      now: NOW,
    });
    // Then it is not copied into this session's record
    expect(w.scores).toEqual({});
  });
});

describe('attendanceOf and cancellerOf', () => {
  it.each([
    ['therapist', 'cancelled-therapist'],
    ['client', 'cancelled-client'],
    ['no-show', 'no-show'],
  ] as const)('%s ⇄ %s', (by, attendance) => {
    expect(attendanceOf(session({ status: 'cancelled', cancelledBy: by }))).toBe(attendance);
    expect(cancellerOf(attendance)).toBe(by);
  });

  it('reads a planned or held session as held', () => {
    expect(attendanceOf(session())).toBe('held');
    expect(cancellerOf('held')).toBeUndefined();
  });
});

describe('riskOf', () => {
  it.each([
    ['no flags', [], 'none'],
    ['an acknowledged flag of this session', [flag({ status: 'acknowledged' })], 'acknowledged'],
    [
      'an acknowledged flag of another session',
      [flag({ status: 'acknowledged', sessionId: 'x' })],
      'none',
    ],
    ['an open flag of another session', [flag({ sessionId: 'x' })], 'open-flag'],
  ] as const)('%s → %s', (_name, flags, risk) => {
    expect(riskOf(flags, 'session-2')).toBe(risk);
  });
});

describe('prefillWriteUp times', () => {
  it('starts at the session’s time and ends after its planned length', () => {
    // A 09:00 session of 50 minutes: 09:00 to 09:50
    const w = prefillWriteUp({
      session: session({ time: '09:00' }),
      clientId: 'client-1',
      scores: undefined,
      flags: [],
      plannedMinutes: 50,
      now: NOW,
    });
    expect(w.startTime).toBe('09:00');
    expect(w.endTime).toBe('09:50');
  });

  it('crosses the hour and leaves times off a cancelled session', () => {
    const late = prefillWriteUp({
      session: session({ time: '16:45' }),
      clientId: 'client-1',
      scores: undefined,
      flags: [],
      plannedMinutes: 45,
      now: NOW,
    });
    expect(late.endTime).toBe('17:30');
    const cancelled = prefillWriteUp({
      session: session({ status: 'cancelled', cancelledBy: 'client' }),
      clientId: 'client-1',
      scores: undefined,
      flags: [],
      plannedMinutes: 45,
      now: NOW,
    });
    expect(cancelled.startTime).toBeUndefined();
    expect(cancelled.endTime).toBeUndefined();
  });
});
