import { describe, expect, it } from 'vitest';

import { phq9 } from '../../domain/measures/test-fixtures';
import type { Client, Course, Session } from '../../domain/types';
import { recordStatesOf } from '../../domain/writeup';
import { session, writeUp } from '../../domain/writeup/fixtures';
import type { CaseloadRecords } from '../../db/clients';

import { caseloadRows, clientsInFilter, filterCaseload, sortCaseload } from './caseload';
import { sinceLastWords } from './caseload-table';

const TODAY = '2026-11-18'; // a Wednesday
const client = (id: string, code: string, archived = false): Client => ({
  id,
  code,
  archived,
  createdAt: '2026-01-01T10:00:00Z',
});
const course = (id: string, clientId: string, over: Partial<Course> = {}): Course => ({
  id,
  clientId,
  startDate: '2026-11-02',
  length: 12,
  sessionMinutes: 50,
  time: '10:00',
  boundaries: { initialEnd: 3, middleEnd: 9 },
  primaryArea: 'grief',
  goals: ['g'],
  mechanisms: [],
  missedSessionRule: 'counts-as-used',
  unavailableDates: [],
  createdAt: '2026-11-01T10:00:00Z',
  ...over,
});
const weekly = (courseId: string, dates: string[], held: number): Session[] =>
  dates.map((date, i) =>
    session({
      id: `${courseId}-${i + 1}`,
      courseId,
      number: i + 1,
      date,
      status: i < held ? 'held' : 'planned',
    }),
  );

// AA-1: grief, sessions on Mondays 2, 9, 16 Nov (held) and 23 Nov; PHQ-9 18 then 15.
// BB-2: role dispute, session 3 today (Wed 18 Nov); no score; one open flag.
// CC-3: course ended. DD-4: archived, no course.
const records: CaseloadRecords = {
  clients: [
    client('a', 'AA-1'),
    client('b', 'BB-2'),
    client('c', 'CC-3'),
    client('d', 'DD-4', true),
  ],
  courses: [
    course('ka', 'a'),
    course('kb', 'b', { primaryArea: 'role-dispute', startDate: '2026-11-04' }),
    course('kc', 'c', { endedAt: '2026-10-01T10:00:00Z' }),
  ],
  sessions: [
    ...weekly('ka', ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'], 3),
    ...weekly('kb', ['2026-11-04', '2026-11-11', '2026-11-18'], 2),
  ],
  measures: [
    phq9({ id: 'm1', clientId: 'a', courseId: 'ka', date: '2026-11-02', total: 18 }),
    phq9({ id: 'm2', clientId: 'a', courseId: 'ka', date: '2026-11-16', total: 15 }),
  ],
  openFlags: [
    {
      id: 'f1',
      clientId: 'b',
      courseId: 'kb',
      source: 'manual',
      raisedAt: '2026-11-11T09:00:00Z',
      detail: 'x',
      status: 'open',
    } as CaseloadRecords['openFlags'][number],
  ],
  recordStates: recordStatesOf([
    writeUp({ sessionId: 'ka-1', courseId: 'ka', status: 'final' }),
    writeUp({ sessionId: 'ka-2', courseId: 'ka' }),
  ]),
};

describe('caseloadRows', () => {
  const rows = caseloadRows(records, TODAY);
  const row = (code: string) => rows.find((r) => r.client.code === code)!;

  it('reads each client’s session, next date, last PHQ-9 and its change since the last one', () => {
    // AA-1 is between sessions 3 (Mon 16) and 4 (Mon 23): next is session 4 of 12
    expect(row('AA-1')).toMatchObject({
      status: 'current',
      where: 'Session 4 of 12',
      sessionNumber: 4,
      phq9: { total: 15, band: 'Moderately severe', sinceLast: -3 },
      openFlags: 0,
    });
    expect(row('AA-1').next?.date).toBe('2026-11-23');
  });

  it('counts write-ups not finalised for sessions before today (a draft and one never started)', () => {
    // Session 1 final, session 2 a draft, session 3 (held Mon 16) none: two pending
    expect(row('AA-1').pendingWriteUps).toBe(2);
  });

  it('puts today’s session in focus, and names finished and archived clients', () => {
    expect(row('BB-2')).toMatchObject({ where: 'Session 3 of 12', openFlags: 1 });
    expect(row('BB-2').phq9).toBeUndefined();
    expect(row('CC-3')).toMatchObject({ status: 'finished', where: 'Course ended' });
    expect(row('DD-4')).toMatchObject({ status: 'archived', where: 'No course yet' });
  });

  it('keeps a course past its last session current until it is ended', () => {
    const past = caseloadRows(records, '2026-12-01').find((r) => r.client.code === 'AA-1');
    expect(past).toMatchObject({ status: 'current', where: 'All 12 sessions past' });
    expect(past?.next).toBeUndefined();
  });

  it('filters current, finished, archived and flagged clients', () => {
    const codes = (f: Parameters<typeof filterCaseload>[1]) =>
      filterCaseload(rows, f).map((r) => r.client.code);
    expect(codes('current')).toEqual(['AA-1', 'BB-2']);
    expect(codes('finished')).toEqual(['CC-3']);
    expect(codes('archived')).toEqual(['DD-4']);
    expect(codes('flagged')).toEqual(['BB-2']);
  });
});

describe('clientsInFilter', () => {
  const FILTERS = ['current', 'finished', 'archived', 'flagged', 'all'] as const;

  it('picks each filter’s clients from clients, courses and open flags alone', () => {
    const codes = (f: (typeof FILTERS)[number]) => clientsInFilter(records, f).map((c) => c.code);
    expect(codes('current')).toEqual(['AA-1', 'BB-2']);
    expect(codes('finished')).toEqual(['CC-3']);
    expect(codes('archived')).toEqual(['DD-4']);
    expect(codes('flagged')).toEqual(['BB-2']);
    expect(codes('all')).toEqual(['AA-1', 'BB-2', 'CC-3', 'DD-4']);
  });

  it('gives the rows of the whole caseload when only the picked clients’ records are read', () => {
    for (const f of FILTERS) {
      const clients = clientsInFilter(records, f);
      const courseIds = new Set(
        records.courses.filter((k) => clients.some((c) => c.id === k.clientId)).map((k) => k.id),
      );
      const picked = caseloadRows(
        {
          ...records,
          clients,
          sessions: records.sessions.filter((x) => courseIds.has(x.courseId)),
          measures: records.measures.filter((m) => courseIds.has(m.courseId)),
        },
        TODAY,
      );
      expect(picked).toEqual(filterCaseload(caseloadRows(records, TODAY), f));
    }
  });
});

describe('sortCaseload', () => {
  const rows = caseloadRows(records, TODAY);
  const codes = (
    key: Parameters<typeof sortCaseload>[1]['key'],
    direction: 'ascending' | 'descending',
  ) => sortCaseload(rows, { key, direction }).map((r) => r.client.code);

  it('keeps the flagged client first whatever the column, and missing values last', () => {
    // By next session: AA-1 (23 Nov) before the two with none; BB-2 flagged stays first
    expect(codes('next', 'ascending')).toEqual(['BB-2', 'AA-1', 'CC-3', 'DD-4']);
    expect(codes('code', 'descending')).toEqual(['BB-2', 'DD-4', 'CC-3', 'AA-1']);
    // By PHQ-9 descending: only AA-1 has one; the rest follow by code
    expect(codes('phq9', 'descending')).toEqual(['BB-2', 'AA-1', 'CC-3', 'DD-4']);
  });

  it('sorts by pending write-ups', () => {
    expect(codes('writeups', 'descending')).toEqual(['BB-2', 'AA-1', 'CC-3', 'DD-4']);
  });
});

describe('sinceLastWords', () => {
  it('writes a fall with the true minus sign (U+2212) and a rise with a plus', () => {
    expect(sinceLastWords(-3)).toBe('\u22123 since last');
    expect(sinceLastWords(2)).toBe('+2 since last');
    expect(sinceLastWords(0)).toBe('no change since last');
    expect(sinceLastWords(undefined)).toBe('first score');
  });
});
