import { describe, expect, it } from 'vitest';

import { focusPersonOf } from './focus';
import { emptyPersonDraft, personFromDraft } from './person';
import type { InventoryPerson } from './person';

function person(id: string, order: number, over: Partial<InventoryPerson> = {}): InventoryPerson {
  const draft = { ...emptyPersonDraft(), name: id, relationship: 'friend' };
  const ids = { id, clientId: 'c', courseId: 'k' };
  return { ...personFromDraft(draft, ids, order, '2026-01-01T00:00:00Z'), ...over };
}

describe('focusPersonOf', () => {
  it('takes the first person by order marked with the area', () => {
    // Given two people marked with role dispute, stored out of order
    const people = [
      person('b', 2, { problemArea: 'role-dispute' }),
      person('a', 0, { problemArea: 'grief' }),
      person('c', 1, { problemArea: 'role-dispute' }),
    ];
    // Then the earlier one in the therapist's order is the focus
    expect(focusPersonOf(people, 'role-dispute')?.id).toBe('c');
  });

  it('is undefined when no one is marked with the area', () => {
    expect(focusPersonOf([person('a', 0)], 'grief')).toBeUndefined();
  });
});
