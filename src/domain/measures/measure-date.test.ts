import { describe, expect, it } from 'vitest';

import { checkMeasureDate } from './measure-date';

describe('checkMeasureDate', () => {
  const today = '2026-03-16';
  it.each([
    ['2026-03-16', undefined, []],
    ['2026-03-09', undefined, []],
    ['2026-03-17', undefined, ['measure-date-future']],
    ['2026-02-30', undefined, ['date-invalid']],
    ['2026-03-16', { date: '2026-03-16', number: 3 }, []],
    ['2026-03-16', { date: '2026-03-19', number: 4 }, ['measure-session-future']],
  ] as const)('%s (session %o) gives %o', (date, session, codes) => {
    expect(checkMeasureDate(date, today, session).map((p) => p.code)).toEqual(codes);
  });

  it('says why, at the date field', () => {
    const [p] = checkMeasureDate('2026-03-16', today, { date: '2026-03-19', number: 4 });
    expect(p?.field).toBe('date');
    expect(p?.message).toBe(
      'Session 4 is on Thu 19 Mar 2026, which has not come yet: record its scores on or after that day.',
    );
  });
});
