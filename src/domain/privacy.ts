/**
 * The single place that decides how people appear on paper and in exports. By default paper shows
 * the client's code, never their name, and each person's relationship ("partner"), never their
 * name; the therapist may opt in to either. The screen always shows names: it is the therapist's.
 */
import type { InventoryPerson } from './inventory';
import type { Client } from './types';

/** What the therapist has opted in to printing. */
export interface PrintPrivacy {
  showClientName: boolean;
  showPeopleNames: boolean;
}

/** Nothing identifying on paper unless the therapist opts in. */
export const DEFAULT_PRIVACY: Readonly<PrintPrivacy> = Object.freeze({
  showClientName: false,
  showPeopleNames: false,
});

/** Where a label will be shown: the therapist's screen, or paper and exports. */
export type Medium = 'screen' | 'paper';

type PersonNames = Pick<InventoryPerson, 'name' | 'relationship'>;

/** The client's code, or their full name when opted in and one is recorded. */
export function clientLabel(
  client: Pick<Client, 'code' | 'fullName'>,
  privacy: PrintPrivacy,
): string {
  const name = client.fullName?.trim();
  return privacy.showClientName && name ? name : client.code;
}

const KEEP_CAPITAL = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * The person's relationship as a label inside a generated sentence ("with partner"), or
 * "someone" when none is set. Only ordinary capitalised words are lowered ("Work Colleague" →
 * "work colleague"); abbreviations ("GP"), months and weekdays keep their capitals
 * ("Mother (died March 2026)" → "mother (died March 2026)").
 */
export function personRole(person: PersonNames): string {
  const role = person.relationship.trim();
  if (role === '') return 'someone';
  return role.replace(/\p{Lu}\p{Ll}+/gu, (word) =>
    KEEP_CAPITAL.has(word.toLowerCase()) ? word : word.toLowerCase(),
  );
}

/** The name on screen; on paper the relationship, unless the therapist opted in to names. */
export function personLabel(person: PersonNames, privacy: PrintPrivacy, where: Medium): string {
  const name = person.name.trim();
  if (where === 'screen' || (privacy.showPeopleNames && name !== ''))
    return name || personRole(person);
  return personRole(person);
}

/** `text` as a literal inside a regular expression (every special character escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One occurrence of a person's name in text the therapist typed. */
export interface NameOccurrence {
  /** Position in the text (UTF-16 offsets), end exclusive. */
  start: number;
  end: number;
  /** The name as it stands in the text. */
  found: string;
  /** What it would read as if replaced: the person's relationship. */
  role: string;
}

/**
 * Every whole-word occurrence of a person's name in `text`, in any case, longest names first
 * ("Anne Marie" before "Anne"), in text order. Nothing is changed: the preview marks these and
 * the therapist chooses, occurrence by occurrence, whether to replace them (issue 12 item 1).
 */
export function findNames(text: string, people: readonly PersonNames[]): NameOccurrence[] {
  const named = people
    .map((p) => ({ name: p.name.trim(), role: personRole(p) }))
    .filter((p) => p.name !== '')
    .map((p, index) => ({ ...p, index }))
    .sort((a, b) => b.name.length - a.name.length || a.index - b.index);
  if (named.length === 0) return [];
  const alternatives = named.map((p) => `(${escapeRegExp(p.name)})`).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const start = m.index ?? 0;
    return { start, end: start + m[0].length, found: m[0], role: named[group]?.role ?? 'someone' };
  });
}

/**
 * The text with only the chosen occurrences (indexes into `occurrences`) replaced by the role;
 * every other character stays exactly as the therapist typed it.
 */
export function replaceChosen(
  text: string,
  occurrences: readonly NameOccurrence[],
  chosen: ReadonlySet<number>,
): string {
  let out = '';
  let at = 0;
  occurrences.forEach((o, i) => {
    if (!chosen.has(i)) return;
    out += text.slice(at, o.start) + o.role;
    at = o.end;
  });
  return out + text.slice(at);
}
