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

/** The person's relationship in lower case ("work colleague"), or "someone" when none is set. */
export function personRole(person: PersonNames): string {
  return person.relationship.trim().toLowerCase() || 'someone';
}

/** The name on screen; on paper the relationship, unless the therapist opted in to names. */
export function personLabel(person: PersonNames, privacy: PrintPrivacy, where: Medium): string {
  const name = person.name.trim();
  if (where === 'screen' || (privacy.showPeopleNames && name !== ''))
    return name || personRole(person);
  return personRole(person);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Free text for paper: every person's name, as a whole word and in any case, becomes their
 * relationship, unless names are opted in. Longer names are matched first ("Anne Marie" before
 * "Anne") and the text is scanned once, so a role is never itself replaced. When two people share
 * a name, the first in the list wins.
 */
export function redactNames(
  text: string,
  people: readonly PersonNames[],
  privacy: PrintPrivacy,
): string {
  if (privacy.showPeopleNames) return text;
  const named = people
    .map((p) => ({ name: p.name.trim(), role: personRole(p) }))
    .filter((p) => p.name !== '')
    .map((p, index) => ({ ...p, index }))
    .sort((a, b) => b.name.length - a.name.length || a.index - b.index);
  if (named.length === 0) return text;
  const alternatives = named.map((p) => `(${escapeRegExp(p.name)})`).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'giu');
  return text.replace(pattern, (...args: unknown[]) => {
    const group = args.slice(1, named.length + 1).findIndex((g) => g !== undefined);
    return named[group]?.role ?? 'someone';
  });
}
