import { describe, expect, it } from 'vitest';

import type { InventoryPerson } from '../inventory';
import type { Measure } from '../measures';
import type { Course, Session } from '../types';
import {
  agendaInputFor,
  focusPersonOf,
  latestPhq9,
  missedBefore,
  segmentForStrategy,
  strategiesOf,
  strategyUseBefore,
} from './input';
import type { SavedAgenda } from './saved';

const course: Course = {
  id: 'k1',
  clientId: 'c1',
  startDate: '2026-03-02',
  length: 16,
  sessionMinutes: 50,
  time: '09:00',
  boundaries: { initialEnd: 3, middleEnd: 13 },
  primaryArea: 'role-dispute',
  disputeStage: 'impasse',
  goals: ['Speak up'],
  mechanisms: [],
  missedSessionRule: 'extends',
  unavailableDates: [],
  createdAt: '2026-03-01T10:00:00Z',
};

const session = (
  id: string,
  number: number | null,
  date: string,
  status: Session['status'] = 'held',
): Session => ({
  id,
  courseId: 'k1',
  number,
  date,
  time: '09:00',
  status,
});

const saved = (sessionId: string, over: Partial<SavedAgenda> = {}): SavedAgenda => ({
  sessionId,
  courseId: 'k1',
  segments: [],
  generatedBase: [],
  notes: '',
  strategiesUsed: [],
  updatedAt: '2026-03-01T10:00:00Z',
  ...over,
});

describe('missedBefore', () => {
  it('counts the consecutive cancelled appointments right before a session, by date', () => {
    // Given session 4 held, then two cancelled slots, then session 5
    const sessions = [
      session('a', 4, '2026-03-23'),
      session('x', null, '2026-03-30', 'cancelled'),
      session('y', null, '2026-04-06', 'cancelled'),
      session('b', 5, '2026-04-13', 'planned'),
    ];
    // Then two are missed before session 5, none before session 4
    expect(missedBefore(sessions, sessions[3] as Session)).toBe(2);
    expect(missedBefore(sessions, sessions[0] as Session)).toBe(0);
  });
});

describe('strategyUseBefore', () => {
  it('keeps the latest earlier session that used each strategy, ignoring this week and later', () => {
    const sessions = [
      session('a', 4, '2026-03-23'),
      session('b', 5, '2026-03-30'),
      session('c', 6, '2026-04-06'),
    ];
    const use = strategyUseBefore(
      [
        saved('a', { strategiesUsed: ['x', 'y'] }),
        saved('b', { strategiesUsed: ['x'] }),
        saved('c', { strategiesUsed: ['z'] }),
      ],
      sessions,
      6,
    );
    expect(use).toEqual({ x: 5, y: 4 });
  });
});

describe('agendaInputFor', () => {
  const sessions = [session('a', 4, '2026-03-23'), session('b', 5, '2026-03-30', 'planned')];
  const week5 = sessions[1] as Session & { number: number };

  it('quotes last week’s task and takes its outcome from this week’s record', () => {
    // Given a task set in week 4 and its outcome recorded in week 5
    const input = agendaInputFor({
      course,
      sessions,
      session: week5,
      saved: [
        saved('a', { taskSet: ' Ask for a walk ' }),
        saved('b', { taskReview: { outcome: 'partly', note: 'Stalled' } }),
      ],
      focusChanges: [],
    });
    // Then week 5 reviews it with its outcome
    expect(input.previous).toEqual({
      held: true,
      taskSet: 'Ask for a walk',
      taskOutcome: 'partly',
      outcomeNote: 'Stalled',
    });
    expect(input.focus).toEqual({ area: 'role-dispute', stage: 'impasse' });
  });

  it('follows a focus change from its session on', () => {
    const input = agendaInputFor({
      course,
      sessions,
      session: week5,
      saved: [],
      focusChanges: [
        {
          id: 'f1',
          fromSession: 5,
          area: 'role-dispute',
          stage: 'renegotiation',
          reason: 'Talking again',
          decidedAt: '2026-03-30T10:00:00Z',
        },
      ],
    });
    expect(input.focus).toEqual({ area: 'role-dispute', stage: 'renegotiation' });
    expect(input.previous).toEqual({ held: true });
  });

  it('marks last week as not held when its appointment was cancelled but counted', () => {
    const counted = [session('a', 4, '2026-03-23', 'cancelled'), week5];
    const input = agendaInputFor({
      course,
      sessions: counted,
      session: week5,
      saved: [],
      focusChanges: [],
      riskFlagOpen: true,
    });
    expect(input.previous?.held).toBe(false);
    expect(input.missedBefore).toBe(1);
    expect(input.riskFlagOpen).toBe(true);
  });
});

describe('latestPhq9', () => {
  const measure = (id: string, date: string, total: number): Measure => ({
    id,
    clientId: 'c1',
    courseId: 'k1',
    kind: 'phq9',
    date,
    answers: [],
    total,
    status: 'complete',
    recordedAt: `${date}T10:00:00Z`,
  });
  it('gives the latest complete score with the first as baseline', () => {
    expect(
      latestPhq9([measure('m2', '2026-03-30', 12), measure('m1', '2026-03-02', 20)], 'k1'),
    ).toEqual({ total: 12, baseline: 20 });
    expect(latestPhq9([], 'k1')).toBeUndefined();
  });
});

describe('focusPersonOf', () => {
  it('picks the first person, in the therapist’s order, tied to the area', () => {
    const person = (id: string, order: number, problemArea?: InventoryPerson['problemArea']) =>
      ({
        id,
        order,
        name: id,
        relationship: 'partner',
        ...(problemArea ? { problemArea } : {}),
      }) as InventoryPerson;
    const people = [person('b', 2, 'role-dispute'), person('a', 1), person('c', 0, 'role-dispute')];
    expect(focusPersonOf(people, 'role-dispute')?.id).toBe('c');
    expect(focusPersonOf(people, 'grief')).toBeUndefined();
  });
});

describe('segmentForStrategy and strategiesOf', () => {
  it('builds a strategy segment whose id round-trips to the strategy id', () => {
    const segment = segmentForStrategy(
      {
        id: 'impasse-weigh-paths',
        title: 'Weigh the paths',
        area: 'role-dispute',
        mechanisms: ['interpersonal-stress'],
      },
      { area: 'role-dispute', stage: 'impasse', personLabel: 'partner' },
    );
    expect(segment.id).toBe('strategy-impasse-weigh-paths');
    expect(segment.content[0]).toBe('The other side of the dispute: your partner.');
    expect(segment.content).toContain('"What are all the options, even ones you dislike?"');
    expect(strategiesOf([segment, { ...segment, id: 'opening' }])).toEqual(['impasse-weigh-paths']);
  });
});
