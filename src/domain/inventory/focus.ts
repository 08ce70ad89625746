/** Which inventory person middle-phase agendas name as the centre of the focus. */
import type { ProblemArea } from '../types';
import { sortPeople } from './person';
import type { InventoryPerson } from './person';

/** The first person, in the therapist's order, marked with `area`; undefined when no one is. */
export function focusPersonOf(
  people: readonly InventoryPerson[],
  area: ProblemArea,
): InventoryPerson | undefined {
  return sortPeople(people).find((p) => p.problemArea === area);
}
