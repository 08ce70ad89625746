/**
 * The interpersonal inventory, timeline, formulation and contract: read helpers shared across
 * screens, and the writes of the inventory screens. Writes that touch more than one row or table
 * run in one transaction, so a reorder or a contract that changes the course is never half-saved.
 */
import type {
  Formulation,
  InventoryPerson,
  LifeEvent,
  TreatmentContract,
} from '../domain/inventory';
import { sortEvents } from '../domain/inventory';
import type { MissedSessionRule } from '../domain/types';
import '../domain/schemas/inventory';

import { readFirst, readWhere } from './checked';
import { db } from './database';

export const peopleTable = () => db.people;
export const formulationsTable = () => db.formulations;
export const contractsTable = () => db.contracts;
export const lifeEventsTable = () => db.lifeEvents;

/** The people in a course's inventory, in the therapist's order. */
export async function listPeople(courseId: string): Promise<InventoryPerson[]> {
  const { rows } = await readWhere('people', 'courseId', courseId);
  return rows.sort((a, b) => a.order - b.order);
}

export function getContract(courseId: string): Promise<TreatmentContract | undefined> {
  return readFirst('contracts', 'courseId', courseId).then((r) => r.row);
}

export function getFormulation(courseId: string): Promise<Formulation | undefined> {
  return readFirst('formulations', 'courseId', courseId).then((r) => r.row);
}

/** Adds or replaces one person. */
export async function savePerson(person: InventoryPerson): Promise<void> {
  await peopleTable().put(person);
}

/**
 * Changes a course's people from what is stored now, in one transaction (issue 10): `change` gets
 * the stored people in order and returns the new list (it may throw to refuse; nothing is then
 * written). Rows it leaves out are deleted, the rest written. Resolves with the people written.
 */
export async function changePeople(
  courseId: string,
  change: (people: InventoryPerson[]) => readonly InventoryPerson[],
): Promise<InventoryPerson[]> {
  return db.transaction('rw', peopleTable(), async () => {
    const current = await listPeople(courseId);
    const next = [...change(current)];
    const keep = new Set(next.map((p) => p.id));
    await peopleTable().bulkDelete(current.filter((p) => !keep.has(p.id)).map((p) => p.id));
    await peopleTable().bulkPut(next);
    return next;
  });
}

/** The timeline of a course, earliest first. */
export async function listLifeEvents(courseId: string): Promise<LifeEvent[]> {
  return sortEvents((await readWhere('lifeEvents', 'courseId', courseId)).rows);
}

/** Adds or replaces one timeline event. */
export async function saveLifeEvent(event: LifeEvent): Promise<void> {
  await lifeEventsTable().put(event);
}

export async function deleteLifeEvent(id: string): Promise<void> {
  await lifeEventsTable().delete(id);
}

/** Adds or replaces the course's formulation (one per course). */
export async function saveFormulation(formulation: Formulation): Promise<void> {
  await formulationsTable().put(formulation);
}

/**
 * Saves the contract; the course plan follows the contract's missed-session rule, so when the rule
 * differs from the course's it is changed on the course in the same transaction.
 */
export async function saveContract(contract: TreatmentContract): Promise<void> {
  await db.transaction('rw', contractsTable(), db.courses, async () => {
    await contractsTable().put(contract);
    const course = await db.courses.get(contract.courseId);
    const rule: MissedSessionRule = contract.missedSessionRule;
    if (course && course.missedSessionRule !== rule) {
      await db.courses.update(course.id, { missedSessionRule: rule });
    }
  });
}
