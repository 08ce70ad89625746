/** Live reads for the inventory and formulation screens (undefined while loading). */
import { useLiveQuery } from 'dexie-react-hooks';

import type { InventoryPerson, LifeEvent } from '../../domain/inventory';
import { getContract, getFormulation, listLifeEvents, listPeople } from '../../db/inventory';

export function usePeople(courseId: string): InventoryPerson[] | undefined {
  return useLiveQuery(() => listPeople(courseId), [courseId]);
}

export function useLifeEvents(courseId: string): LifeEvent[] | undefined {
  return useLiveQuery(() => listLifeEvents(courseId), [courseId]);
}

/** What the formulation screens need beyond the course context (measures come from there). */
export function useFormulationInputs(courseId: string) {
  return useLiveQuery(async () => {
    const [people, events, formulation, contract] = await Promise.all([
      listPeople(courseId),
      listLifeEvents(courseId),
      getFormulation(courseId),
      getContract(courseId),
    ]);
    return { people, events, formulation, contract };
  }, [courseId]);
}
