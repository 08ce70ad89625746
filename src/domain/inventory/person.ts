/**
 * The interpersonal inventory: one record per important person (ipt-reference.md section 8).
 * Pure list operations; ids and "now" come in from the edge. Lists are kept in `order`, which is
 * renumbered 0..n-1 after every move so the stored order never has gaps or repeats.
 */
import { problem } from '../problems';
import type { Problem } from '../problems';
import { PROBLEM_AREAS } from '../types';
import type { IsoDateTime, ProblemArea } from '../types';
import { byText } from '../order';

export const RINGS = [1, 2, 3] as const;
/** Closeness ring: 1 is the closest. */
export type Ring = (typeof RINGS)[number];

export const EXPECTATIONS_MET = ['yes', 'partly', 'no', 'unknown'] as const;
export type ExpectationsMet = (typeof EXPECTATIONS_MET)[number];

export const CAN_CONFIDE = ['yes', 'no', 'unsure'] as const;
export type CanConfide = (typeof CAN_CONFIDE)[number];

/** Longest name or relationship accepted, in characters. */
export const SHORT_TEXT_MAX = 120;
/** Longest free-text answer accepted, in characters: generous, but bounded. */
export const LONG_TEXT_MAX = 2000;

/** One person in the client's inventory. */
export interface InventoryPerson {
  id: string;
  clientId: string;
  courseId: string;
  order: number;
  /** A name or initials, as the therapist chooses; printed only when opted in (see privacy.ts). */
  name: string;
  /** Free text such as "partner", "mother", "work colleague"; what paper shows instead of the name. */
  relationship: string;
  /** Ticked by the therapist when the person has died (the grief relationship); see personHasDied. */
  died?: boolean;
  ring: Ring;
  /** Where the client places them in the circle re-drawn at the end of the course. */
  endRing?: Ring;
  contactFrequency: string;
  good: string;
  notGood: string;
  wouldChange: string;
  expectationsClient: string;
  expectationsOther: string;
  expectationsMet: ExpectationsMet;
  canConfide: CanConfide;
  conflicts: string;
  changeSinceOnset: string;
  /** The candidate area this relationship points to; a suggestion for the therapist, never a decision. */
  problemArea?: ProblemArea;
  createdAt: IsoDateTime;
}

/** What the person form edits: everything but ids, order and the audit field. */
export type PersonDraft = Omit<
  InventoryPerson,
  'id' | 'clientId' | 'courseId' | 'order' | 'createdAt'
>;

const LONG_FIELDS = [
  'contactFrequency',
  'good',
  'notGood',
  'wouldChange',
  'expectationsClient',
  'expectationsOther',
  'conflicts',
  'changeSinceOnset',
] as const satisfies readonly (keyof PersonDraft)[];

/** A blank form: ring 2 (the middle), answers unknown. */
export function emptyPersonDraft(): PersonDraft {
  return {
    name: '',
    relationship: '',
    ring: 2,
    contactFrequency: '',
    good: '',
    notGood: '',
    wouldChange: '',
    expectationsClient: '',
    expectationsOther: '',
    expectationsMet: 'unknown',
    canConfide: 'unsure',
    conflicts: '',
    changeSinceOnset: '',
  };
}

function isRing(value: unknown): value is Ring {
  return RINGS.some((r) => r === value);
}

function tooLong(field: string, max: number): Problem {
  return problem('text-too-long', `Keep this to ${max} characters or fewer.`, field);
}

/** Every problem with a draft, each tagged with its field; an empty list means it can be saved. */
export function checkPerson(draft: PersonDraft): Problem[] {
  const found: Problem[] = [];
  if (draft.name.trim() === '') {
    found.push(problem('name-missing', 'Enter a name or initials.', 'name'));
  } else if (draft.name.length > SHORT_TEXT_MAX) found.push(tooLong('name', SHORT_TEXT_MAX));
  if (draft.relationship.trim() === '') {
    found.push(
      problem(
        'relationship-missing',
        'Say who they are to the client, such as "partner".',
        'relationship',
      ),
    );
  } else if (draft.relationship.length > SHORT_TEXT_MAX) {
    found.push(tooLong('relationship', SHORT_TEXT_MAX));
  }
  if (!isRing(draft.ring)) found.push(problem('ring-invalid', 'Choose ring 1, 2 or 3.', 'ring'));
  if (draft.endRing !== undefined && !isRing(draft.endRing)) {
    found.push(problem('ring-invalid', 'Choose ring 1, 2 or 3.', 'endRing'));
  }
  for (const field of LONG_FIELDS) {
    if (draft[field].length > LONG_TEXT_MAX) found.push(tooLong(field, LONG_TEXT_MAX));
  }
  if (!EXPECTATIONS_MET.includes(draft.expectationsMet)) {
    found.push(problem('choice-invalid', 'Choose an answer from the list.', 'expectationsMet'));
  }
  if (!CAN_CONFIDE.includes(draft.canConfide)) {
    found.push(problem('choice-invalid', 'Choose an answer from the list.', 'canConfide'));
  }
  if (draft.problemArea !== undefined && !PROBLEM_AREAS.includes(draft.problemArea)) {
    found.push(problem('area-unknown', 'Choose a problem area from the list.', 'problemArea'));
  }
  return found;
}

/**
 * Whether the person has died: ticked on the person, or (records from before the field) written
 * in the relationship the therapist typed ("Mother (died March 2026)", "deceased father").
 */
export function personHasDied(p: Pick<InventoryPerson, 'died' | 'relationship'>): boolean {
  return p.died === true || relationshipSaysDied(p.relationship);
}

/** Whether the therapist's relationship text already says the person died ("died", "deceased"). */
export function relationshipSaysDied(relationship: string): boolean {
  return /\b(died|deceased)\b/i.test(relationship);
}

/** A new person from a checked draft, placed last; name and relationship are trimmed. */
export function personFromDraft(
  draft: PersonDraft,
  ids: { id: string; clientId: string; courseId: string },
  order: number,
  now: IsoDateTime,
): InventoryPerson {
  return {
    ...draft,
    ...ids,
    name: draft.name.trim(),
    relationship: draft.relationship.trim(),
    order,
    createdAt: now,
  };
}

function clampRing(value: number): Ring {
  return value <= 1 ? 1 : value >= 3 ? 3 : 2;
}

/**
 * Moves a person `delta` rings outwards (negative is closer), clamped to 1..3, in the start or the
 * end circle. An unplaced person in the end circle starts from their start ring.
 */
export function movePersonRing(
  person: InventoryPerson,
  delta: number,
  circle: 'start' | 'end' = 'start',
): InventoryPerson {
  if (circle === 'start') {
    const ring = clampRing(person.ring + delta);
    return ring === person.ring ? person : { ...person, ring };
  }
  const from = person.endRing ?? person.ring;
  const endRing = clampRing(from + delta);
  return endRing === person.endRing ? person : { ...person, endRing };
}

/** People in their stored order (ties broken by id, so the result never depends on input order). */
export function sortPeople(people: readonly InventoryPerson[]): InventoryPerson[] {
  return [...people].sort((a, b) => a.order - b.order || byText(a.id, b.id));
}

function renumber(people: readonly InventoryPerson[]): InventoryPerson[] {
  return people.map((p, order) => (p.order === order ? p : { ...p, order }));
}

/** The order value for a person added at the end of the list. */
export function nextOrder(people: readonly InventoryPerson[]): number {
  return people.reduce((max, p) => Math.max(max, p.order + 1), 0);
}

/** Moves person `id` to position `toIndex` (clamped), renumbering; an unknown id changes nothing. */
export function reorderPeople(
  people: readonly InventoryPerson[],
  id: string,
  toIndex: number,
): InventoryPerson[] {
  const sorted = sortPeople(people);
  const from = sorted.findIndex((p) => p.id === id);
  if (from === -1) return renumber(sorted);
  const [moving] = sorted.splice(from, 1);
  if (!moving) return renumber(sorted);
  const to = Math.min(Math.max(Math.trunc(toIndex), 0), sorted.length);
  sorted.splice(to, 0, moving);
  return renumber(sorted);
}

/** What `removePerson` hands back so an undo can put the person back where they were. */
export interface RemovedPerson {
  person: InventoryPerson;
  index: number;
}

/** Removes person `id`, renumbering the rest; `removed` is undefined when the id is unknown. */
export function removePerson(
  people: readonly InventoryPerson[],
  id: string,
): { people: InventoryPerson[]; removed?: RemovedPerson } {
  const sorted = sortPeople(people);
  const index = sorted.findIndex((p) => p.id === id);
  const person = sorted[index];
  if (!person) return { people: renumber(sorted) };
  sorted.splice(index, 1);
  return { people: renumber(sorted), removed: { person, index } };
}

/** Undoes `removePerson`: the person returns to their old position; already present changes nothing. */
export function restorePerson(
  people: readonly InventoryPerson[],
  removed: RemovedPerson,
): InventoryPerson[] {
  const sorted = sortPeople(people);
  if (sorted.some((p) => p.id === removed.person.id)) return renumber(sorted);
  const at = Math.min(Math.max(removed.index, 0), sorted.length);
  sorted.splice(at, 0, removed.person);
  return renumber(sorted);
}
