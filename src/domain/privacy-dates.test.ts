import { describe, expect, it } from 'vitest';

import { replaceChosen } from './privacy';
import { findDates, findTyped } from './privacy-dates';

const found = (text: string) => findDates(text).map((o) => o.found);

describe('findDates', () => {
  it.each([
    ['on 3 March she rang her sister', ['3 March']],
    ['seen on 03/03/2026 with her GP', ['03/03/2026']],
    ['since March 2026 he has stayed in', ['March 2026']],
    ['the funeral was 2026-03-03.', ['2026-03-03']],
    ['on Tue 3 March 2026, then on the 3rd of March', ['Tue 3 March 2026', '3rd of March']],
    ['by March 3, 2026 and again 3.3.26', ['March 3, 2026', '3.3.26']],
    ['last session on Mon 30 Mar 2026.', ['Mon 30 Mar 2026']],
    ['she died in March; lower case 3 march too', ['March', '3 march']],
  ])('marks the dates in “%s”', (text, expected) => {
    // Given a sentence a therapist typed; Then each date is one occurrence, as it stands
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'She may come back for 3 months.',
    'Scored 12 of 27, item 9 was 2, session 3 of 12.',
    'She marched in at 3.30 with 1/2 of the form done.',
  ])('marks no date in “%s”', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('gives positions that cover exactly the date, offered as “[date]”', () => {
    const text = 'On 3 March she…';
    const [o] = findDates(text);
    expect(o && text.slice(o.start, o.end)).toBe('3 March');
    expect(o?.role).toBe('[date]');
    expect(o?.kind).toBe('date');
  });
});

describe('findTyped', () => {
  const people = [
    { name: 'Margaret', relationship: 'Mother' },
    { name: 'June', relationship: 'Sister' },
  ];

  it('lists names and dates in text order, and leaves the text as typed until chosen', () => {
    const text = 'On 3 March Margaret rang; since March 2026 she sees June on 2026-03-03.';
    const all = findTyped(text, people, true);
    expect(all.map((o) => [o.kind, o.found])).toEqual([
      ['date', '3 March'],
      ['name', 'Margaret'],
      ['date', 'March 2026'],
      ['name', 'June'],
      ['date', '2026-03-03'],
    ]);
    // Nothing chosen: exactly as typed; only the chosen occurrences change
    expect(replaceChosen(text, all, new Set())).toBe(text);
    expect(replaceChosen(text, all, new Set([0, 4]))).toBe(
      'On [date] Margaret rang; since March 2026 she sees June on [date].',
    );
  });

  it('keeps the longer of a name and a date that overlap, the name on a tie', () => {
    const text = 'June 2026 was hard; June came on 4 June.';
    const all = findTyped(text, people, true).map((o) => [o.kind, o.found]);
    expect(all).toEqual([
      ['date', 'June 2026'],
      ['name', 'June'],
      ['date', '4 June'],
    ]);
  });

  it('finds names only when dates are not asked for', () => {
    const all = findTyped('On 3 March Margaret rang.', people, false);
    expect(all.map((o) => o.found)).toEqual(['Margaret']);
  });
});
