/**
 * Date helpers. Every assertion is on ISO day strings, which is what the app stores and shows.
 *
 * Time-zone note: Vitest runs all files in one process, so setting `process.env.TZ` inside a test
 * does not reliably change the zone `Date` uses. The DST cases below therefore pass in any zone
 * and only *prove* DST safety when the whole run is started in a DST zone, e.g.
 * `TZ=America/New_York npx vitest run src/domain` and `TZ=Europe/Berlin npx vitest run src/domain`.
 */
import { describe, expect, it } from 'vitest';

import {
  addDays,
  dayOfTimestamp,
  addWeeks,
  compareDays,
  daysBetween,
  formatDay,
  isIsoDay,
  isoDayOf,
  isTimeOfDay,
  startOfWeek,
  weekdayName,
  weekdayOf,
} from './dates';

describe('isIsoDay', () => {
  it.each([
    ['2026-03-14', true],
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2027-02-29', false],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-3-1', false],
    ['26-03-01', false],
    ['2026/03/01', false],
    ['2026-03-01T12:00', false],
    [' 2026-03-01', false],
    ['', false],
  ])('Given %j, when checked, then it is %s', (value, expected) => {
    // Given a candidate day string / When checked / Then only real yyyy-MM-dd days pass
    expect(isIsoDay(value)).toBe(expected);
  });

  it.each([[null], [undefined], [20260314], [new Date(2026, 2, 14)], [{}], [['2026-03-14']]])(
    'Given the non-string %j, when checked, then it is false',
    (value) => {
      // Given a value that is not a string / When checked / Then it is refused without throwing
      expect(isIsoDay(value)).toBe(false);
    },
  );
});

describe('isTimeOfDay', () => {
  it.each([
    ['09:30', true],
    ['00:00', true],
    ['23:59', true],
    ['24:00', false],
    ['9:30', false],
    ['12:60', false],
    ['12:30:00', false],
    ['', false],
    [930, false],
  ])('Given %j, when checked, then it is %s', (value, expected) => {
    // Given a candidate time / When checked / Then only 24-hour HH:mm passes
    expect(isTimeOfDay(value)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-14', 1, '2026-03-15'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-07', 2, '2026-03-09'], // US clocks go forward on 2026-03-08
    ['2026-10-24', 2, '2026-10-26'], // EU clocks go back on 2026-10-25
    ['2026-03-14', 0, '2026-03-14'],
  ])('Given %s, when %i days are added, then it is %s', (day, days, expected) => {
    // Given a day / When days are added / Then the calendar day is exact
    expect(addDays(day, days)).toBe(expected);
  });
});

describe('addWeeks', () => {
  it.each([
    ['US DST start', '2026-03-01', 1, '2026-03-08'],
    ['across US DST start', '2026-03-02', 1, '2026-03-09'],
    ['EU DST start', '2026-03-22', 1, '2026-03-29'],
    ['across EU DST start', '2026-03-23', 1, '2026-03-30'],
    ['EU DST end', '2026-10-18', 1, '2026-10-25'],
    ['US DST end', '2026-10-25', 1, '2026-11-01'],
    ['New Year', '2026-12-28', 1, '2027-01-04'],
    ['leap day', '2028-02-22', 1, '2028-02-29'],
    ['past leap day', '2028-02-29', 1, '2028-03-07'],
    ['16 weeks over New Year', '2026-12-14', 15, '2027-03-29'],
    ['backwards', '2026-03-09', -1, '2026-03-02'],
  ])('Given %s (%s), when %i weeks are added, then it is %s', (_label, day, weeks, expected) => {
    // Given a day near a clock change, year end or leap day / When weeks are added
    // Then the result is the exact ISO day, never a day early or late
    expect(addWeeks(day, weeks)).toBe(expected);
  });

  it('Given a Monday, when 0–20 weeks are added, then every result is a Monday', () => {
    // Given Monday 2026-03-02 (the US and EU spring changes both fall in the next four weeks)
    const start = '2026-03-02';
    // When 0–20 weeks are added
    const days = Array.from({ length: 21 }, (_, i) => addWeeks(start, i));
    // Then every day is a Monday and each is exactly 7 days after the last
    expect(days.map(weekdayOf)).toEqual(Array(21).fill(1));
    expect(days.slice(1).map((d, i) => daysBetween(days[i] ?? '', d))).toEqual(Array(20).fill(7));
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-03-02', '2026-03-09', 7], // over US DST start (23-hour day)
    ['2026-03-23', '2026-03-30', 7], // over EU DST start
    ['2026-10-19', '2026-10-26', 7], // over EU DST end (25-hour day)
    ['2026-12-14', '2027-03-29', 105],
    ['2028-02-01', '2028-03-01', 29],
    ['2026-02-01', '2026-03-01', 28],
    ['2026-03-09', '2026-03-02', -7],
    ['2026-03-14', '2026-03-14', 0],
  ])('Given %s and %s, when counted, then they are %i days apart', (from, to, expected) => {
    // Given two days / When the calendar days between them are counted / Then DST does not matter
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('weekdayOf', () => {
  it.each([
    ['2026-03-08', 0],
    ['2026-03-09', 1],
    ['2028-02-29', 2],
    ['2026-03-14', 6],
  ])('Given %s, when asked its weekday, then it is %i', (day, expected) => {
    // Given a day / When asked / Then 0 is Sunday and 6 is Saturday
    expect(weekdayOf(day)).toBe(expected);
  });
});

describe('compareDays', () => {
  it('Given unsorted days, when sorted with compareDays, then they are in calendar order', () => {
    // Given days across a year end and a month boundary
    const days = ['2027-01-04', '2026-12-28', '2026-03-09', '2026-03-09', '2026-02-28'];
    // When sorted
    const sorted = [...days].sort(compareDays);
    // Then calendar order, equal days compare as 0
    expect(sorted).toEqual(['2026-02-28', '2026-03-09', '2026-03-09', '2026-12-28', '2027-01-04']);
    expect(compareDays('2026-03-09', '2026-03-09')).toBe(0);
  });
});

describe('startOfWeek', () => {
  it.each([
    ['2026-03-09', 1, '2026-03-09'], // Monday, Monday start
    ['2026-03-14', 1, '2026-03-09'], // Saturday
    ['2026-03-15', 1, '2026-03-09'], // Sunday belongs to the week before
    ['2026-03-15', 0, '2026-03-15'], // Sunday, Sunday start
    ['2026-03-14', 0, '2026-03-08'], // Saturday, Sunday start (US DST day)
    ['2026-03-09', 0, '2026-03-08'],
    ['2027-01-01', 1, '2026-12-28'], // across New Year
    ['2028-03-01', 0, '2028-02-27'], // across the leap day
  ] as const)(
    'Given %s, when the week starts on %i, then it starts %s',
    (day, starts, expected) => {
      // Given a day and the locale's first day of the week / When asked / Then the week's first day
      expect(startOfWeek(day, starts)).toBe(expected);
    },
  );
});

describe('formatDay', () => {
  it.each([
    ['2026-03-14', 'Sat 14 Mar 2026'],
    ['2026-03-09', 'Mon 9 Mar 2026'],
    ['2028-02-29', 'Tue 29 Feb 2028'],
  ])('Given %s, when formatted, then it reads %s', (day, expected) => {
    // Given a day / When formatted for lists and paper / Then the short English form
    expect(formatDay(day)).toBe(expected);
  });

  it('Given a day that does not exist, when formatted, then it throws (internal misuse)', () => {
    // Given 2026-02-30, which callers must have rejected already / When formatted / Then it throws
    expect(() => formatDay('2026-02-30')).toThrow('Not an ISO day');
  });
});

describe('weekdayName', () => {
  it('Given Tuesday 2028-02-29, when named, then it is Tuesday', () => {
    // Given the leap day / When named / Then the full weekday name
    expect(weekdayName('2028-02-29')).toBe('Tuesday');
  });
});

describe('isoDayOf', () => {
  it('Given a local Date late in the evening, when converted, then it is that local day', () => {
    // Given 23:30 local time on 2026-03-08 (a DST day in the US)
    const date = new Date(2026, 2, 8, 23, 30);
    // When converted / Then the local calendar day, not the UTC one
    expect(isoDayOf(date)).toBe('2026-03-08');
  });
});

describe('dayOfTimestamp', () => {
  it('reads the local day of a timestamp, not its UTC day', () => {
    // Given a timestamp built from a local date and time late in the evening
    const local = new Date(2026, 2, 14, 23, 30).toISOString();
    // Then the day is the local one, whatever the time zone
    expect(dayOfTimestamp(local)).toBe('2026-03-14');
  });
});
