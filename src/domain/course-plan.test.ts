import { describe, expect, it } from 'vitest';

import { checkGoals, weeklyDates } from './course-plan';
import { checkBoundaries, checkCourseLength, defaultBoundaries, phaseOf } from './course-rules';
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
