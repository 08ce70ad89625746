import { describe, expect, it } from 'vitest';

import {
  checkBoundaries,
  checkCourseLength,
  checkGoals,
  defaultBoundaries,
  phaseOf,
  planCourse,
  weeklyDates,
} from './course-plan';
import type { CourseDraft } from './course-plan';
import { addWeeks, weekdayOf } from './dates';
import type { PhaseBoundaries } from './types';

const bd = (initialEnd: number, middleEnd: number): PhaseBoundaries => ({ initialEnd, middleEnd });
const INI = 'initial-out-of-range';
const TER = 'termination-out-of-range';
const codes = (found: readonly { code: string }[]) => found.map((p) => p.code);

describe('checkCourseLength', () => {
  it.each([
    [6, 'length-out-of-range', 'error'],
    [7, 'length-out-of-range', 'error'],
    [8, 'length-brief', 'warning'],
    [9, 'length-out-of-range', 'error'],
    [10, 'length-out-of-range', 'error'],
    [11, 'length-out-of-range', 'error'],
    [17, 'length-extended', 'warning'],
    [18, 'length-extended', 'warning'],
    [19, 'length-extended', 'warning'],
    [20, 'length-extended', 'warning'],
    [21, 'length-out-of-range', 'error'],
    [22, 'length-out-of-range', 'error'],
    [12.5, 'length-not-whole', 'error'],
    [Number.NaN, 'length-not-whole', 'error'],
    [Number.POSITIVE_INFINITY, 'length-not-whole', 'error'],
  ])('Given %d sessions, when checked, then %s (%s)', (length, code, severity) => {
    // Given a length outside 12–16 / When checked
    const found = checkCourseLength(length);
    // Then exactly one problem about the length field, refused or warned
    expect(found).toEqual([expect.objectContaining({ code, severity, field: 'length' })]);
    expect(found[0]?.message).not.toBe('');
  });

  it.each([12, 13, 14, 15, 16])('Given %i sessions, when checked, then it is fine', (length) => {
    // Given a standard IPT length / When checked / Then nothing to report
    expect(checkCourseLength(length)).toEqual([]);
  });
});

describe('defaultBoundaries', () => {
  it.each([
    [8, 2, 6],
    [12, 3, 9],
    [13, 3, 10],
    [14, 3, 11],
    [15, 3, 12],
    [16, 3, 13],
    [20, 3, 17],
  ])('Given %i sessions, when defaulted, then initial ends at %i and middle at %i', (n, i, m) => {
    // Given a course length / When its default phases are asked for
    const b = defaultBoundaries(n);
    // Then they follow ipt-reference.md section 2, and pass their own check
    expect(b).toEqual(bd(i, m));
    expect(checkBoundaries(n, b)).toEqual([]);
  });
});

describe('checkBoundaries', () => {
  it.each([
    ['initial 0', 12, bd(0, 9), INI, 'initialEnd'],
    ['initial 5', 12, bd(5, 9), INI, 'initialEnd'],
    ['initial 2.5', 12, bd(2.5, 9), INI, 'initialEnd'],
    ['initial NaN', 12, bd(Number.NaN, 9), INI, 'initialEnd'],
    ['termination 1', 12, bd(3, 11), TER, 'middleEnd'],
    ['termination 5', 12, bd(3, 7), TER, 'middleEnd'],
    ['termination 0', 16, bd(3, 16), TER, 'middleEnd'],
    ['middle end 9.5', 12, bd(3, 9.5), TER, 'middleEnd'],
    ['middle empty', 8, bd(4, 4), 'middle-empty', 'middleEnd'],
    ['overlapping', 8, bd(4, 3), TER, 'middleEnd'],
  ])('Given %s of %i, when checked, then %s on %s', (_label, length, b, code, field) => {
    // Given edited boundaries outside the sane limits / When checked
    const found = checkBoundaries(length, b);
    // Then one specific error on the field that was edited
    expect(found).toEqual([expect.objectContaining({ code, field, severity: 'error' })]);
  });

  it('Given both ends out of range, when checked, then both errors come back', () => {
    // Given initial 5 and termination 1 on a 12-session course / When checked
    const found = checkBoundaries(12, bd(5, 11));
    // Then both are reported, so the form can mark both inputs
    expect(codes(found)).toEqual([INI, TER]);
  });

  it.each([
    [12, bd(4, 9)], // IPT UK counts 1–4
    [12, bd(1, 10)],
    [12, bd(4, 8)], // IPT-A 1–4 / 5–8 / 9–12
    [16, bd(4, 12)],
    [8, bd(4, 5)], // one middle session is enough
    [8, bd(1, 6)],
    [20, bd(4, 16)],
  ])('Given a valid edit for %i sessions (%j), when checked, then it is accepted', (length, b) => {
    // Given boundaries within the limits / When checked / Then no problems
    expect(checkBoundaries(length, b)).toEqual([]);
  });
});

describe('phaseOf', () => {
  it.each([
    [1, bd(3, 9), 'initial'],
    [3, bd(3, 9), 'initial'],
    [4, bd(3, 9), 'middle'],
    [9, bd(3, 9), 'middle'],
    [10, bd(3, 9), 'termination'],
    [12, bd(3, 9), 'termination'],
    [2, bd(2, 6), 'initial'],
    [3, bd(2, 6), 'middle'],
    [6, bd(2, 6), 'middle'],
    [7, bd(2, 6), 'termination'],
    [11, bd(3, 11), 'middle'],
    [12, bd(3, 11), 'termination'],
    [13, bd(3, 13), 'middle'],
    [14, bd(3, 13), 'termination'],
    [4, bd(4, 8), 'initial'],
    [5, bd(4, 8), 'middle'],
  ])('Given session %i with %j, when asked, then it is %s', (n, bounds, phase) => {
    // Given a session number at or next to a boundary / When its phase is asked / Then as tabled
    expect(phaseOf(n, bounds)).toBe(phase);
  });
});

describe('checkGoals', () => {
  it.each([
    [[], ['goals-missing']],
    [['', '   '], ['goals-missing']],
    [['Go back to choir'], []],
    [['a', '', 'b', 'c'], []],
    [['a', 'b', 'c'], []],
    [['a', 'b', 'c', 'd'], ['goals-too-many']],
  ])('Given goals %j, when checked, then %j', (goals, expected) => {
    // Given the goals typed / When checked / Then one to three non-empty goals pass
    expect(codes(checkGoals(goals))).toEqual(expected);
  });
});

describe('weeklyDates', () => {
  it.each([
    ['US DST start', '2026-03-01', 3, ['2026-03-01', '2026-03-08', '2026-03-15']],
    ['EU DST start', '2026-03-22', 3, ['2026-03-22', '2026-03-29', '2026-04-05']],
    ['EU DST end', '2026-10-18', 3, ['2026-10-18', '2026-10-25', '2026-11-01']],
    ['leap day', '2028-02-15', 3, ['2028-02-15', '2028-02-22', '2028-02-29']],
  ])('Given a start around the %s, when planned, then each day is exact', (_l, start, n, want) => {
    // Given a start just before a clock change or leap day / When weekly dates are planned
    // Then the ISO days are exactly a week apart (see the time-zone note in dates.test.ts)
    expect(weeklyDates(start, n, [])).toEqual(want);
  });

  it('Given 16 weeks from 2026-12-14, when planned, then the course crosses New Year', () => {
    // Given a Monday start in mid-December / When 16 weekly dates are planned
    const dates = weeklyDates('2026-12-14', 16, []);
    // Then it runs 2026-12-14 … 2027-03-29, every date a Monday
    expect(dates).toHaveLength(16);
    expect(dates.slice(2, 5)).toEqual(['2026-12-28', '2027-01-04', '2027-01-11']);
    expect(dates.at(-1)).toBe('2027-03-29');
    expect(new Set(dates.map(weekdayOf))).toEqual(new Set([1]));
  });

  it('Given a Tuesday start on 2028-02-01, when planned, then 2028-02-29 is session 5', () => {
    // Given Tuesday 2028-02-01 / When 12 weekly dates are planned
    const dates = weeklyDates('2028-02-01', 12, []);
    // Then the leap day is the fifth session and every date is a Tuesday
    expect(dates[4]).toBe('2028-02-29');
    expect(dates[5]).toBe('2028-03-07');
    expect(new Set(dates.map(weekdayOf))).toEqual(new Set([2]));
  });

  it('Given two unavailable Mondays, when planned, then they are skipped and the end moves', () => {
    // Given Monday 2026-03-02, 12 sessions, away 2026-03-16 and 2026-04-06 (and a Tuesday)
    const away = ['2026-03-16', '2026-04-06', '2026-03-17'];
    // When planned
    const dates = weeklyDates('2026-03-02', 12, away);
    // Then 12 dates, none unavailable, and the end moves two weeks (to week 14)
    expect(dates).toHaveLength(12);
    expect(dates.filter((d) => away.includes(d))).toEqual([]);
    expect(dates.slice(0, 4)).toEqual(['2026-03-02', '2026-03-09', '2026-03-23', '2026-03-30']);
    expect(dates.at(-1)).toBe(addWeeks('2026-03-02', 13));
    expect(dates.at(-1)).toBe('2026-06-01');
  });

  it('Given the start day itself is unavailable, when planned, then the first session is a week later', () => {
    // Given a start that the therapist marked as away / When planned
    const dates = weeklyDates('2026-03-02', 2, ['2026-03-02']);
    // Then the course starts the following week
    expect(dates).toEqual(['2026-03-09', '2026-03-16']);
  });
});

const draft = (over: Partial<CourseDraft> = {}): CourseDraft => ({
  startDate: '2026-03-02',
  length: 16,
  sessionMinutes: 50,
  time: '09:30',
  primaryArea: 'grief',
  goals: ['Talk about Dad with my sister'],
  mechanisms: [],
  missedSessionRule: 'counts-as-used',
  unavailableDates: [],
  ...over,
});

const ids = () => {
  let n = 0;
  return {
    courseId: 'course-1',
    clientId: 'client-1',
    newId: () => {
      n += 1;
      return `s${n}`;
    },
  };
};
const NOW = '2026-02-20T10:00:00.000Z';

describe('planCourse', () => {
  it.each<[string, Partial<CourseDraft>, string, string]>([
    ['a 30 February start', { startDate: '2026-02-30' }, 'start-date-invalid', 'startDate'],
    ['a 2027 leap day', { startDate: '2027-02-29' }, 'start-date-invalid', 'startDate'],
    ['an empty start', { startDate: '' }, 'start-date-invalid', 'startDate'],
    ['an unpadded start', { startDate: '2026-3-2' }, 'start-date-invalid', 'startDate'],
    ['10 sessions', { length: 10 }, 'length-out-of-range', 'length'],
    ['21 sessions', { length: 21 }, 'length-out-of-range', 'length'],
    ['12.5 sessions', { length: 12.5 }, 'length-not-whole', 'length'],
    ['no length', { length: Number.NaN }, 'length-not-whole', 'length'],
    ['29 minutes', { sessionMinutes: 29 }, 'minutes-out-of-range', 'sessionMinutes'],
    ['91 minutes', { sessionMinutes: 91 }, 'minutes-out-of-range', 'sessionMinutes'],
    ['50.5 minutes', { sessionMinutes: 50.5 }, 'minutes-out-of-range', 'sessionMinutes'],
    ['no minutes', { sessionMinutes: Number.NaN }, 'minutes-out-of-range', 'sessionMinutes'],
    ['time 25:00', { time: '25:00' }, 'time-invalid', 'time'],
    ['time 9:30', { time: '9:30' }, 'time-invalid', 'time'],
    ['no time', { time: '' }, 'time-invalid', 'time'],
    ['no primary area', { primaryArea: '' }, 'area-missing', 'primaryArea'],
    ['a repeated area', { secondaryArea: 'grief' }, 'area-repeated', 'secondaryArea'],
    ['a dispute, no stage', { primaryArea: 'role-dispute' }, 'stage-missing', 'disputeStage'],
    [
      'a secondary dispute, no stage',
      { secondaryArea: 'role-dispute', disputeStage: '' },
      'stage-missing',
      'disputeStage',
    ],
    ['no goals', { goals: [] }, 'goals-missing', 'goals'],
    ['blank goals', { goals: ['  '] }, 'goals-missing', 'goals'],
    ['four goals', { goals: ['a', 'b', 'c', 'd'] }, 'goals-too-many', 'goals'],
    ['initial 0', { boundaries: bd(0, 13) }, INI, 'initialEnd'],
    ['termination 1', { boundaries: bd(3, 15) }, TER, 'middleEnd'],
    [
      'an unreal away day',
      { unavailableDates: ['2026-02-30'] },
      'unavailable-invalid',
      'unavailableDates',
    ],
  ])('Given %s, when planned, then %s on %s', (_label, over, code, field) => {
    // Given a draft with one bad field / When planned
    const result = planCourse(draft(over), ids(), NOW);
    // Then no course, and exactly that problem on that field (no exception)
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code, field, severity: 'error' })],
    });
  });

  it.each([30, 50, 90])('Given %i-minute sessions, when planned, then it is accepted', (m) => {
    // Given a session length at either limit or the default / When planned
    const result = planCourse(draft({ sessionMinutes: m }), ids(), NOW);
    // Then the course keeps that session length
    expect(result.ok && result.value.course.sessionMinutes).toBe(m);
  });

  it('Given several bad fields, when planned, then each comes back with its field', () => {
    // Given a draft that is wrong everywhere
    const bad = { startDate: '2026-02-30', length: 9, sessionMinutes: 5, time: 'noon' };
    // When planned
    const result = planCourse(draft({ ...bad, primaryArea: '', goals: [] }), ids(), NOW);
    // Then every field is named, so the form can show each message in place
    const fields = result.ok ? [] : result.problems.map((p) => p.field);
    expect(fields).toEqual([
      'startDate',
      'length',
      'sessionMinutes',
      'time',
      'primaryArea',
      'goals',
    ]);
  });

  it.each([
    [8, 'length-brief'],
    [17, 'length-extended'],
    [18, 'length-extended'],
    [19, 'length-extended'],
    [20, 'length-extended'],
  ])('Given %i sessions, when planned, then it is planned with a %s warning', (length, code) => {
    // Given a brief or extended course / When planned
    const result = planCourse(draft({ length }), ids(), NOW);
    // Then it succeeds, every session is planned, and the warning rides along
    if (!result.ok) throw new Error('expected a plan');
    expect(result.value.sessions).toHaveLength(length);
    expect(result.warnings).toEqual([expect.objectContaining({ code, field: 'length' })]);
  });

  it('Given a 16-session draft, when planned, then sessions 1–16 are dated weekly with phases', () => {
    // Given a valid 16-session draft starting Monday 2026-03-02 at 09:30
    // When planned with injected ids
    const result = planCourse(draft(), ids(), NOW);
    // Then there are no warnings and 16 planned sessions numbered 1–16, a Monday each week
    if (!result.ok) throw new Error('expected a plan');
    const { course, sessions } = result.value;
    expect(result.warnings).toEqual([]);
    expect(sessions.map((s) => s.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(sessions.map((s) => s.id)).toEqual(Array.from({ length: 16 }, (_, i) => `s${i + 1}`));
    expect(sessions.map((s) => s.date)).toEqual(weeklyDates('2026-03-02', 16, []));
    expect(sessions.at(-1)?.date).toBe('2026-06-15');
    expect(new Set(sessions.map((s) => `${s.courseId} ${s.time} ${s.status}`))).toEqual(
      new Set(['course-1 09:30 planned']),
    );
    // And the default phases are 1–3 / 4–13 / 14–16
    const phases = sessions.map((s) => phaseOf(s.number ?? 0, course.boundaries));
    expect(phases.slice(2, 4)).toEqual(['initial', 'middle']);
    expect(phases.slice(12, 14)).toEqual(['middle', 'termination']);
    expect(phases.filter((p) => p === 'termination')).toHaveLength(3);
    expect(course).toMatchObject({ id: 'course-1', clientId: 'client-1', createdAt: NOW });
  });

  it('Given edits and extras in the draft, when planned, then the course keeps what was meant', () => {
    // Given custom boundaries, padded goals, a stage without a dispute, unsorted away days
    const over: Partial<CourseDraft> = {
      boundaries: bd(4, 13),
      goals: ['  Settle into the new job ', ''],
      disputeStage: 'impasse',
      secondaryArea: '',
      unavailableDates: ['2026-04-06', '2026-03-16'],
    };
    // When planned
    const result = planCourse(draft(over), ids(), NOW);
    // Then boundaries are kept, goals trimmed, the stray stage dropped, away days sorted and skipped
    if (!result.ok) throw new Error('expected a plan');
    const { course, sessions } = result.value;
    expect(course.boundaries).toEqual(bd(4, 13));
    expect(course.goals).toEqual(['Settle into the new job']);
    expect(course).not.toHaveProperty('disputeStage');
    expect(course).not.toHaveProperty('secondaryArea');
    expect(course.unavailableDates).toEqual(['2026-03-16', '2026-04-06']);
    expect(sessions.at(-1)?.date).toBe('2026-06-29');
  });
});
