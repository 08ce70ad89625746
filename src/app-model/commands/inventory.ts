/**
 * Inventory commands: people (add, edit, reorder, remove, undo), their rings on the closeness
 * circles, timeline events, the formulation and the contract. Every change to people is computed
 * inside its transaction from the people as stored (`changePeople`), never from a screen's
 * snapshot, so a change made in another tab is not overwritten or deleted.
 */
import {
  editFormulation,
  movePersonRing,
  nextOrder,
  personFromDraft,
  removePerson,
  reorderPeople,
  restorePerson,
  sortPeople,
} from '../../domain/inventory';
import type {
  Circle,
  Formulation,
  InventoryPerson,
  LifeEvent,
  LifeEventDraft,
  PersonDraft,
  RemovedPerson,
  Ring,
  TreatmentContract,
} from '../../domain/inventory';
import type { Course } from '../../domain/types';
import { db } from '../../db/database';
import {
  changePeople,
  lifeEventsTable,
  saveContract,
  saveFormulation,
  saveLifeEvent,
} from '../../db/inventory';
import { newId, nowIso } from '../../state/edge';
import { Refusal } from '../errors';

type CourseIds = Pick<Course, 'id' | 'clientId'>;

/** The stored person `id`, or a refusal when another tab removed them. */
function stored(people: readonly InventoryPerson[], id: string): InventoryPerson {
  const person = people.find((p) => p.id === id);
  if (!person) throw new Refusal('not-found');
  return person;
}

/** Adds a person at the end of the inventory; returns them as stored. */
export async function addPerson(course: CourseIds, draft: PersonDraft): Promise<InventoryPerson> {
  const ids = { id: newId(), clientId: course.clientId, courseId: course.id };
  let added: InventoryPerson | undefined;
  await changePeople(course.id, (people) => {
    added = personFromDraft(draft, ids, nextOrder(people), nowIso());
    return [...people, added];
  });
  if (!added) throw new Refusal('unknown');
  return added;
}

/** Saves the form's answers for one person; their rings and order stay as stored. */
export async function editPerson(
  courseId: string,
  personId: string,
  draft: PersonDraft,
): Promise<string> {
  const name = draft.name.trim();
  await changePeople(courseId, (people) => {
    const person = stored(people, personId);
    const edited = { ...person, ...draft, name, relationship: draft.relationship.trim() };
    return people.map((p) => (p.id === personId ? edited : p));
  });
  return name;
}

/** Moves a person one place up (-1) or down (+1) in the list. */
export async function movePerson(courseId: string, personId: string, delta: -1 | 1): Promise<void> {
  await changePeople(courseId, (people) => {
    const index = sortPeople(people).findIndex((p) => p.id === stored(people, personId).id);
    return reorderPeople(people, personId, index + delta);
  });
}

/** Removes a person; returns what `restoreRemovedPerson` needs to put them back in place. */
export async function removeInventoryPerson(
  courseId: string,
  personId: string,
): Promise<RemovedPerson> {
  let removed: RemovedPerson | undefined;
  await changePeople(courseId, (people) => {
    const result = removePerson(people, stored(people, personId).id);
    removed = result.removed;
    return result.people;
  });
  if (!removed) throw new Refusal('not-found');
  return removed;
}

/** Undoes a removal: the person returns to their old position. */
export async function restoreRemovedPerson(
  courseId: string,
  removed: RemovedPerson,
): Promise<void> {
  await changePeople(courseId, (people) => restorePerson(people, removed));
}

/** Moves a person one ring closer (-1) or further out (+1) on the start circle; returns the ring. */
export async function stepRing(courseId: string, personId: string, delta: -1 | 1): Promise<Ring> {
  let ring: Ring = 1;
  await changePeople(courseId, (people) => {
    const moved = movePersonRing(stored(people, personId), delta, 'start');
    ring = moved.ring;
    return people.map((p) => (p.id === personId ? moved : p));
  });
  return ring;
}

/** Places a person on `ring` of the start or end circle (undefined clears the end ring). */
export async function placeOnRing(
  courseId: string,
  personId: string,
  circle: Circle,
  ring: Ring | undefined,
): Promise<void> {
  await changePeople(courseId, (people) => {
    const person = stored(people, personId);
    const placed =
      circle === 'start' ? { ...person, ring: ring ?? person.ring } : { ...person, endRing: ring };
    return people.map((p) => (p.id === personId ? placed : p));
  });
}

/**
 * Adds (no `id`) or replaces a timeline event; the description is stored trimmed. An edit keeps
 * the therapist's "nearest to onset" mark, read inside the transaction.
 */
export async function saveTimelineEvent(
  courseId: string,
  draft: LifeEventDraft,
  id?: string,
): Promise<LifeEvent> {
  return db.transaction('rw', lifeEventsTable(), async () => {
    const before = id ? await lifeEventsTable().get(id) : undefined;
    const event: LifeEvent = {
      ...draft,
      description: draft.description.trim(),
      id: id ?? newId(),
      courseId,
      ...(before?.markedOnset && draft.kind === 'life-event' ? { markedOnset: true as const } : {}),
    };
    await saveLifeEvent(event);
    return event;
  });
}

/**
 * Marks one life event as the therapist's "nearest to onset" (the formulation's default key
 * event), clearing any other mark of the course in the same transaction; `eventId` undefined
 * clears the mark. Returns the marked event, or undefined when cleared.
 */
export async function markOnsetEvent(
  courseId: string,
  eventId: string | undefined,
): Promise<LifeEvent | undefined> {
  return db.transaction('rw', lifeEventsTable(), async () => {
    const events = await lifeEventsTable().where('courseId').equals(courseId).toArray();
    if (eventId !== undefined && !events.some((e) => e.id === eventId)) {
      throw new Refusal('not-found');
    }
    const next = events.map((e): LifeEvent => {
      const rest = { ...e };
      delete rest.markedOnset;
      return e.id === eventId ? { ...rest, markedOnset: true } : rest;
    });
    await lifeEventsTable().bulkPut(next);
    return next.find((e) => e.id === eventId);
  });
}

/**
 * Deletes a timeline event, read inside the transaction; returns it as stored so that
 * `restoreTimelineEvent` can put it back (undo). Refused when another tab already deleted it.
 */
export async function deleteTimelineEvent(id: string): Promise<LifeEvent> {
  return db.transaction('rw', lifeEventsTable(), async () => {
    const event = await lifeEventsTable().get(id);
    if (!event) throw new Refusal('not-found');
    await lifeEventsTable().delete(id);
    return event;
  });
}

/** Undoes a deletion: the event returns exactly as it was stored. */
export async function restoreTimelineEvent(event: LifeEvent): Promise<LifeEvent> {
  await saveLifeEvent(event);
  return event;
}

export interface FormulationInput {
  courseId: string;
  /** The formulation as last loaded (undefined before the first save). */
  saved: Formulation | undefined;
  text: string;
  draftedFrom: string | undefined;
  agreed: boolean | undefined;
  agreedDate: string;
}

/** Saves the formulation in the therapist's words, with the client's agreement if recorded. */
export async function saveFormulationText(input: FormulationInput): Promise<Formulation> {
  const now = nowIso();
  const base: Formulation = input.saved ?? {
    id: newId(),
    courseId: input.courseId,
    text: input.text,
    editedAt: now,
  };
  const next = editFormulation({ ...base, draftedFrom: input.draftedFrom }, input.text, now);
  const agreed =
    input.agreed === undefined
      ? undefined
      : { agreed: input.agreed, ...(input.agreed ? { date: input.agreedDate } : {}) };
  const formulation = { ...next, agreed };
  await saveFormulation(formulation);
  return formulation;
}

/**
 * Saves the treatment contract; the course's missed-session rule follows it in the same
 * transaction. Resolves true when the rule changed on the course.
 */
export async function saveTreatmentContract(
  course: Pick<Course, 'missedSessionRule'>,
  contract: TreatmentContract,
): Promise<boolean> {
  await saveContract(contract);
  return contract.missedSessionRule !== course.missedSessionRule;
}
