/**
 * dates.ts parses and formats days by hand (to keep date-fns' parser and locale off the first
 * screen); date-fns' own en-US parse and format are the independent oracle here.
 */
import { format, isValid, parse } from 'date-fns';
import { describe, expect, it } from 'vitest';

import { addDays, formatDay, formatTimestamp, isIsoDay, weekdayName } from './dates';

const fnsDay = (day: string) => parse(`${day} 12:00`, 'yyyy-MM-dd HH:mm', new Date(2000, 0, 1));

describe('days by hand agree with date-fns', () => {
  it('formats every day of 2027 and 2028 (a leap year) as date-fns does', () => {
    let day = '2027-01-01';
    for (let i = 0; i < 731; i += 1) {
      expect(formatDay(day)).toBe(format(fnsDay(day), 'EEE d MMM yyyy'));
      expect(weekdayName(day)).toBe(format(fnsDay(day), 'EEEE'));
      day = addDays(day, 1);
    }
    expect(day).toBe('2029-01-01');
  });

  it('accepts exactly the days date-fns finds valid', () => {
    const candidates = ['2028-02-29', '2027-02-29', '2026-02-30', '2026-04-31', '2026-12-31'];
    for (const day of [...candidates, '2026-13-01', '2026-00-10', '2026-01-00']) {
      const valid = isValid(fnsDay(day)) && format(fnsDay(day), 'yyyy-MM-dd') === day;
      expect(isIsoDay(day), day).toBe(valid);
    }
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('2026-5-6')).toBe(false);
  });

  it('prints a stored timestamp in local time with a 24-hour clock', () => {
    const at = new Date(2026, 2, 2, 9, 5).toISOString();
    expect(formatTimestamp(at)).toBe('Mon 2 Mar 2026 09:05');
    expect(formatTimestamp('not a time')).toBe('not a time');
  });
});
