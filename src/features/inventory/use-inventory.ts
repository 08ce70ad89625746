/** Live reads for the inventory and formulation screens (undefined while loading). */
import { useLiveQuery } from 'dexie-react-hooks';

import type { InventoryPerson, LifeEvent } from '../../domain/inventory';
import { getContract, getFormulation, listLifeEvents, listPeople } from '../../db/inventory';
import { listMeasures } from '../../db/measures';

export function usePeople(courseId: string): InventoryPerson[] | undefined {
  return useLiveQuery(() => listPeople(courseId), [courseId]);
}

export function useLifeEvents(courseId: string): LifeEvent[] | undefined {
  return useLiveQuery(() => listLifeEvents(courseId), [courseId]);
}

/** Everything the formulation screen needs beyond the course itself. */
export function useFormulationInputs(courseId: string) {
  return useLiveQuery(async () => {
    const [people, events, measures, formulation, contract] = await Promise.all([
      listPeople(courseId),
      listLifeEvents(courseId),
      listMeasures(courseId),
      getFormulation(courseId),
      getContract(courseId),
    ]);
    return { people, events, measures, formulation, contract };
  }, [courseId]);
}
