/** The interpersonal inventory, formulation and contract: read helpers shared across screens. */
import type { Formulation, InventoryPerson, TreatmentContract } from '../domain/inventory';

import { db } from './database';

export const peopleTable = () => db.table<InventoryPerson, string>('people');
export const formulationsTable = () => db.table<Formulation, string>('formulations');
export const contractsTable = () => db.table<TreatmentContract, string>('contracts');

/** The people in a course's inventory, in the therapist's order. */
export async function listPeople(courseId: string): Promise<InventoryPerson[]> {
  const rows = await peopleTable().where('courseId').equals(courseId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

export function getContract(courseId: string): Promise<TreatmentContract | undefined> {
  return contractsTable().where('courseId').equals(courseId).first();
}

export function getFormulation(courseId: string): Promise<Formulation | undefined> {
  return formulationsTable().where('courseId').equals(courseId).first();
}
