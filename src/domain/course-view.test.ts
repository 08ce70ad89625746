import { describe, expect, it } from 'vitest';

import { buildCourseView, flagsOpenOn } from './course-view';
import type { CourseRecords } from './course-view';
import type { RiskFlag } from './measures';
import { phq9 } from './measures/test-fixtures';
import type { Session } from './types';

const session = (id: string, number: number, date: string): Session =>
  ({ id, courseId: 'course-1', number, date, status: 'planned' }) as Session;

const flag = (id: string, raisedAt: string, ackAt?: string): RiskFlag => ({
  id,
  clientId: 'client-1',
  courseId: 'course-1',
  source: 'item9',
  raisedAt,
  detail: 'item 9',
  status: ackAt ? 'acknowledged' : 'open',
  ...(ackAt
    ? {
        acknowledgement: {
          assessed: true,
          safetyPlan: 'reviewed',
          action: 'x',
          note: 'y',
          at: ackAt,
        },
      }
    : {}),
});

const records = (chosen?: string): CourseRecords => ({
  course: { id: 'course-1', clientId: 'client-1' } as CourseRecords['course'],
  client: { id: 'client-1', code: 'GX-2', archived: false, createdAt: '2026-01-01T00:00:00Z' },
  sessions: [
    session('s1', 1, '2026-03-02'),
    session('s2', 2, '2026-03-09'),
    session('s3', 3, '2026-03-16'),
  ],
  measures: [
    phq9({ id: 'a', total: 20, date: '2026-03-02' }),
    phq9({ id: 'b', total: 16, date: '2026-03-09' }),
    phq9({ id: 'c', total: 9, date: '2026-03-16' }),
  ],
  flags: [
    flag('old', '2026-03-02T09:00:00Z', '2026-03-02T10:00:00Z'),
    flag('new', '2026-03-16T09:00:00Z'),
  ],
  contacts: [],
  chosenBaselines: chosen ? { phq9: chosen } : {},
});

describe('buildCourseView', () => {
  it('gives each session its scores as they stood on its date', () => {
    const view = buildCourseView(records(), '2026-03-20');
    // Session 1: the baseline itself; session 2: 20 → 16 (down 20 %); session 3: 20 → 9 (down 55 %)
    expect(view.sessionScores.get('s1')?.phq9?.isBaseline).toBe(true);
    expect(view.sessionScores.get('s2')?.phq9?.change?.response).toBe('none');
    expect(view.sessionScores.get('s3')?.phq9?.change?.response).toBe('response');
    expect(view.latest.phq9?.measure.id).toBe('c');
  });

  it('applies the chosen baseline to every session and the latest line alike', () => {
    // Chosen baseline 16 (session 2): 16 → 9 is down 43.75 %, a partial response
    const view = buildCourseView(records('b'), '2026-03-20');
    expect(view.baselines.phq9).toMatchObject({ chosen: true, baseline: { id: 'b' } });
    expect(view.sessionScores.get('s3')?.phq9?.change?.response).toBe('partial');
    expect(view.latest.phq9?.change?.response).toBe('partial');
    // Session 1 predates the chosen baseline: no baseline was in force that day
    expect(view.sessionScores.get('s1')?.phq9?.baseline).toBeUndefined();
  });

  it('lists only open flags, newest first', () => {
    expect(buildCourseView(records(), '2026-03-20').openFlags.map((f) => f.id)).toEqual(['new']);
  });
});

describe('flagsOpenOn', () => {
  const flags = records().flags;
  it('shows a flag only from the day it was raised until the day it was acknowledged', () => {
    // The 2 Mar flag was acknowledged the same day; the 16 Mar one is still open
    expect(flagsOpenOn(flags, '2026-03-01')).toEqual([]);
    expect(flagsOpenOn(flags, '2026-03-02')).toEqual([]);
    expect(flagsOpenOn(flags, '2026-03-09')).toEqual([]);
    expect(flagsOpenOn(flags, '2026-03-16').map((f) => f.id)).toEqual(['new']);
  });
});
