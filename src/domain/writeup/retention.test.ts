import { describe, expect, it } from 'vitest';

import { checkRetentionYears, retentionDue } from './retention';

describe('retentionDue', () => {
  it.each([
    ['the day before', '2019-03-01', 7, '2026-02-28', false, '2026-03-01'],
    ['the day it falls due', '2019-03-01', 7, '2026-03-01', true, '2026-03-01'],
    ['a leap day', '2020-02-29', 7, '2027-02-28', true, '2027-02-28'],
    ['a shorter period', '2024-06-10', 2, '2026-06-10', true, '2026-06-10'],
  ])('%s', (_name, endDate, years, today, due, reviewFrom) => {
    // Given a course that ended on endDate
    // When retention is checked on today
    const status = retentionDue({ id: 'k1' }, endDate, years, today);
    // Then it is due from reviewFrom
    expect(status).toEqual({ courseId: 'k1', endDate, reviewFrom, due });
  });
});

describe('checkRetentionYears', () => {
  it.each([
    [7, true],
    [1, true],
    [0, false],
    [2.5, false],
    [101, false],
  ])('%d years', (years, ok) => {
    expect(checkRetentionYears(years).length === 0).toBe(ok);
  });
});
