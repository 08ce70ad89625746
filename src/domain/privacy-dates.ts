/**
 * Dates in the therapist's own text, for paper that is de-identified (the supervision pack). Like
 * names (privacy.ts `findNames`), dates are only found and marked here, never changed: the review
 * offers each occurrence for replacement by "[date]" and the therapist chooses (issue 12 item 1).
 */
import { findNames } from './privacy';
import type { NameOccurrence } from './privacy';

/** What a marked date reads as if the therapist replaces it. */
export const DATE_PLACEHOLDER = '[date]';

/** One occurrence the review marks in typed text: a person's name or a date. */
export interface TypedOccurrence extends NameOccurrence {
  kind: 'name' | 'date';
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY =
  '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?,?\\s+';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(?:19|20)\\d{2})';
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}_/.-])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}_]|[/-]\\d)';

/** Forms with a number in them: 2026-03-03, 03/03/2026, 3.3.26, (Tue) 3 March (2026), March 3(, 2026), March 2026. */
const NUMBERED = new RegExp(
  EDGE_BEFORE +
    '(?:' +
    [
      '\\d{4}-\\d{1,2}-\\d{1,2}',
      '\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})',
      `(?:${WEEKDAY})?${DAY}(?:\\s+of)?\\s+${MONTH}${YEAR}?`,
      `(?:${WEEKDAY})?${MONTH}\\s+${DAY}(?!\\d)${YEAR}?`,
      `${MONTH}${YEAR}`,
    ].join('|') +
    ')' +
    EDGE_AFTER,
  'giu',
);

/** A month named on its own ("died in March"), capitalised; "May" alone is too often a word. */
const BARE_MONTH =
  /(?<![\p{L}\p{N}_])(?:January|February|March|April|June|July|August|September|October|November|December)(?![\p{L}\p{N}_])/gu;

function occurrencesOf(text: string, pattern: RegExp): TypedOccurrence[] {
  return [...text.matchAll(pattern)].map((m) => {
    const start = m.index ?? 0;
    const found = m[0].replace(/[.,]$/, '');
    return { start, end: start + found.length, found, role: DATE_PLACEHOLDER, kind: 'date' };
  });
}

/** Keeps occurrences that do not overlap an earlier-kept one; `ranked` is in order of preference. */
function withoutOverlaps(ranked: readonly TypedOccurrence[]): TypedOccurrence[] {
  const kept: TypedOccurrence[] = [];
  for (const o of ranked) {
    if (!kept.some((k) => o.start < k.end && k.start < o.end)) kept.push(o);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Every date in `text` the therapist typed, in text order: ISO (2026-03-03), numeric (03/03/2026,
 * 3.3.26), a day and month with or without weekday and year ("Tue 3 March", "3rd of March 2026",
 * "March 3, 2026"), a month and year ("March 2026") and a capitalised month on its own ("in
 * March"). Nothing is changed; each occurrence reads "[date]" only if the therapist chooses it.
 */
export function findDates(text: string): TypedOccurrence[] {
  const numbered = occurrencesOf(text, NUMBERED);
  return withoutOverlaps([...numbered, ...occurrencesOf(text, BARE_MONTH)]);
}

/**
 * Names (privacy.ts `findNames`) and, when `dates` is set, dates in `text`, in text order. Where a
 * name and a date overlap ("May 2026" with a person called May) the longer one is kept, the name
 * on a tie; so each character belongs to at most one occurrence and `replaceChosen` applies.
 */
export function findTyped(
  text: string,
  people: Parameters<typeof findNames>[1],
  dates: boolean,
): TypedOccurrence[] {
  const names = findNames(text, people).map((o): TypedOccurrence => ({ ...o, kind: 'name' }));
  if (!dates) return names;
  const length = (o: TypedOccurrence) => o.end - o.start;
  const dateLast = (o: TypedOccurrence) => (o.kind === 'name' ? 0 : 1);
  const ranked = [...names, ...findDates(text)].sort(
    (a, b) => length(b) - length(a) || dateLast(a) - dateLast(b),
  );
  return withoutOverlaps(ranked);
}
