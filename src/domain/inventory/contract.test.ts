import { describe, expect, it } from 'vitest';

import { checkContract, contractFromCourse } from './contract';
import type { ContractDraft } from './contract';

const course = {
  id: 'course-1',
  length: 12,
  missedSessionRule: 'extends' as const,
  startDate: '2026-03-02',
};

const base: ContractDraft = contractFromCourse(course, '2026-05-18');

const errors = (c: ContractDraft, withCourse = false) =>
  checkContract(c, withCourse ? course : undefined)
    .filter((p) => p.severity === 'error')
    .map((p) => [p.code, p.field]);

describe('contractFromCourse', () => {
  it('prefills length, end date and missed-session rule, with nothing agreed yet', () => {
    // Given a planned 12-session course ending 18 May
    // When a contract draft is made
    // Then it carries the course's terms and no consent or agreement
    expect(base).toEqual({
      courseId: 'course-1',
      sessions: 12,
      endDate: '2026-05-18',
      frequency: 'weekly',
      missedSessionRule: 'extends',
      supervisionConsent: false,
      recordingConsent: false,
      agreed: false,
    });
  });
});

describe('checkContract', () => {
  it('accepts the prefilled draft', () => {
    // Given the draft from the course, Then there is nothing to fix
    expect(checkContract(base, course)).toEqual([]);
  });

  it.each([
    [8, 'length-brief', 'warning'],
    [12, undefined, undefined],
    [20, 'length-extended', 'warning'],
    [10, 'length-out-of-range', 'error'],
    [21, 'length-out-of-range', 'error'],
    [12.5, 'length-not-whole', 'error'],
  ])('checks %s sessions against the course length rules', (sessions, code, severity) => {
    // Given a contract for `sessions` sessions
    const found = checkContract({ ...base, sessions });
    // Then the length rule gives the expected problem, on the sessions field
    expect(found.map((p) => [p.code, p.severity, p.field])).toEqual(
      code ? [[code, severity, 'sessions']] : [],
    );
  });

  it.each(['', '2026-02-29', 'next May'])('refuses the end date %j', (endDate) => {
    // Given an end date that does not exist, Then the end date is refused
    expect(errors({ ...base, endDate })).toEqual([['end-date-invalid', 'endDate']]);
  });

  it.each([
    [undefined, 'agreed-date-missing'],
    ['', 'agreed-date-missing'],
    ['2026-03-32', 'agreed-date-invalid'],
  ])('refuses an agreement dated %j', (agreedDate, code) => {
    // Given a contract marked agreed without a real date
    const c = { ...base, agreed: true, ...(agreedDate === undefined ? {} : { agreedDate }) };
    // Then the agreed date is asked for
    expect(errors(c)).toEqual([[code, 'agreedDate']]);
  });

  it('accepts an agreement with a real date, and ignores the date when not agreed', () => {
    // Given an agreed contract with a date, and an unagreed one with a bad date
    // Then neither has problems
    expect(errors({ ...base, agreed: true, agreedDate: '2026-03-16' })).toEqual([]);
    expect(errors({ ...base, agreed: false, agreedDate: 'nonsense' })).toEqual([]);
  });

  it('warns when the contract and the plan disagree on length', () => {
    // Given a 14-session contract for a 12-session plan
    const found = checkContract({ ...base, sessions: 14 }, course);
    // Then it is a warning, not an error
    expect(found).toEqual([
      expect.objectContaining({ code: 'sessions-differ', severity: 'warning', field: 'sessions' }),
    ]);
  });

  it('refuses an end date before the course starts', () => {
    // Given an end date in February for a March course
    // Then it is refused when checked against the course
    expect(errors({ ...base, endDate: '2026-02-23' }, true)).toEqual([
      ['end-before-start', 'endDate'],
    ]);
  });

  it('refuses notes over 2000 characters', () => {
    // Given very long notes, Then the notes field is refused
    expect(errors({ ...base, notes: 'x'.repeat(2001) })).toEqual([['text-too-long', 'notes']]);
  });
});
