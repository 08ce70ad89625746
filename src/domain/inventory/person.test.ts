import { describe, expect, it } from 'vitest';

import {
  LONG_TEXT_MAX,
  SHORT_TEXT_MAX,
  checkPerson,
  emptyPersonDraft,
  movePersonRing,
  nextOrder,
  personFromDraft,
  removePerson,
  reorderPeople,
  restorePerson,
} from './person';
import type { InventoryPerson, PersonDraft, Ring } from './person';

const NOW = '2026-03-02T10:00:00.000+00:00';

function person(id: string, order: number, extra: Partial<InventoryPerson> = {}): InventoryPerson {
  return {
    ...emptyPersonDraft(),
    id,
    clientId: 'client-1',
    courseId: 'course-1',
    order,
    name: id.toUpperCase(),
    relationship: 'friend',
    createdAt: NOW,
    ...extra,
  };
}

function draft(extra: Partial<PersonDraft>): PersonDraft {
  return { ...emptyPersonDraft(), name: 'Sam', relationship: 'partner', ...extra };
}

const fields = (problems: { field?: string }[]) => problems.map((p) => p.field);

describe('checkPerson', () => {
  it('accepts a person with a name, relationship and ring', () => {
    // Given a filled-in draft
    // When it is checked
    // Then there is nothing to fix
    expect(checkPerson(draft({}))).toEqual([]);
  });

  it.each(['', '   ', '\t\n'])('refuses the blank name %j', (name) => {
    // Given a draft whose name is empty or only whitespace
    const problems = checkPerson(draft({ name }));
    // Then the name field asks for a name or initials
    expect(problems).toEqual([expect.objectContaining({ field: 'name', severity: 'error' })]);
    expect(problems[0]?.message).toBe('Enter a name or initials.');
  });

  it('refuses a missing relationship', () => {
    // Given a draft with no relationship
    // When it is checked
    // Then the relationship field is flagged
    expect(fields(checkPerson(draft({ relationship: ' ' })))).toEqual(['relationship']);
  });

  it.each([0, 4, 1.5, Number.NaN])('refuses ring %s', (ring) => {
    // Given a ring outside 1..3 (as an untyped form might send)
    const problems = checkPerson(draft({ ring: ring as Ring }));
    // Then the ring field is flagged
    expect(fields(problems)).toEqual(['ring']);
  });

  it('refuses an end ring outside 1..3', () => {
    // Given a draft with end ring 5
    // Then the endRing field is flagged
    expect(fields(checkPerson(draft({ endRing: 5 as Ring })))).toEqual(['endRing']);
  });

  it.each([
    ['good', LONG_TEXT_MAX],
    ['conflicts', LONG_TEXT_MAX],
    ['changeSinceOnset', LONG_TEXT_MAX],
    ['name', SHORT_TEXT_MAX],
    ['relationship', SHORT_TEXT_MAX],
  ] as const)('refuses %s longer than %i characters, stating the limit', (field, max) => {
    // Given a field one character over its limit
    const problems = checkPerson(draft({ [field]: 'x'.repeat(max + 1) }));
    // Then that field is refused and the message names the limit
    expect(fields(problems)).toEqual([field]);
    expect(problems[0]?.message).toContain(String(max));
  });

  it('accepts free text exactly at the limit', () => {
    // Given answers exactly LONG_TEXT_MAX long
    // Then they are accepted
    expect(checkPerson(draft({ good: 'x'.repeat(LONG_TEXT_MAX) }))).toEqual([]);
  });
});

describe('personFromDraft', () => {
  it('trims the name and relationship and records ids, order and time', () => {
    // Given a draft with padded text
    const made = personFromDraft(
      draft({ name: '  Sam ', relationship: ' partner ' }),
      { id: 'p1', clientId: 'c1', courseId: 'k1' },
      3,
      NOW,
    );
    // Then the stored person is trimmed and placed
    expect(made).toMatchObject({ id: 'p1', name: 'Sam', relationship: 'partner', order: 3 });
    expect(made.createdAt).toBe(NOW);
  });
});

describe('movePersonRing', () => {
  it.each([
    [2, -1, 1],
    [1, -1, 1],
    [1, -5, 1],
    [3, 1, 3],
    [2, 1, 3],
    [1, 2, 3],
  ] as const)('moves ring %i by %i to %i', (ring, delta, expected) => {
    // Given a person on `ring`, When moved by `delta`, Then the ring is clamped to 1..3
    expect(movePersonRing(person('a', 0, { ring }), delta).ring).toBe(expected);
  });

  it('returns the same person when nothing changes', () => {
    // Given a person already in the closest ring
    const p = person('a', 0, { ring: 1 });
    // When moved closer, Then the object is unchanged
    expect(movePersonRing(p, -1)).toBe(p);
  });

  it('moves the end ring from the start ring when not yet placed', () => {
    // Given a person on ring 3 with no end ring
    const p = person('a', 0, { ring: 3 });
    // When moved one ring in on the end circle
    const moved = movePersonRing(p, -1, 'end');
    // Then the end ring is 2 and the start ring stays
    expect(moved).toMatchObject({ ring: 3, endRing: 2 });
  });
});

describe('reorderPeople', () => {
  const people = [person('a', 0), person('b', 1), person('c', 2), person('d', 3)];

  it.each([
    ['a', 2, ['b', 'c', 'a', 'd']],
    ['d', 0, ['d', 'a', 'b', 'c']],
    ['b', 99, ['a', 'c', 'd', 'b']],
    ['c', -3, ['c', 'a', 'b', 'd']],
    ['x', 0, ['a', 'b', 'c', 'd']],
  ])('moves %s to %i', (id, to, expected) => {
    // Given four people in order, When one is moved
    const result = reorderPeople(people, id, to);
    // Then the ids follow the new order and order is renumbered 0..n-1
    expect(result.map((p) => p.id)).toEqual(expected);
    expect(result.map((p) => p.order)).toEqual([0, 1, 2, 3]);
  });

  it('sorts by stored order first, whatever the input order', () => {
    // Given people passed out of order with gaps in their order
    const shuffled = [person('c', 9), person('a', 1), person('b', 5)];
    // When nothing moves (unknown id), Then they come back sorted and renumbered
    expect(reorderPeople(shuffled, 'none', 0).map((p) => [p.id, p.order])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });
});

describe('nextOrder', () => {
  it('is one past the largest order, or 0 for an empty list', () => {
    // Given lists with and without people, Then the next order follows the last
    expect(nextOrder([])).toBe(0);
    expect(nextOrder([person('a', 0), person('b', 4)])).toBe(5);
  });
});

describe('removePerson', () => {
  it('removes the person, renumbers the rest and reports where they were', () => {
    // Given three people
    const people = [person('a', 0), person('b', 1), person('c', 2)];
    // When the middle one is removed
    const { people: rest, removed } = removePerson(people, 'b');
    // Then two remain in order and the removed person is kept for undo
    expect(rest.map((p) => [p.id, p.order])).toEqual([
      ['a', 0],
      ['c', 1],
    ]);
    expect(removed).toEqual({ person: people[1], index: 1 });
  });

  it('changes nothing for an unknown id', () => {
    // Given one person, When an unknown id is removed, Then nothing is removed
    const result = removePerson([person('a', 0)], 'zz');
    expect(result.removed).toBeUndefined();
    expect(result.people.map((p) => p.id)).toEqual(['a']);
  });
});

describe('restorePerson', () => {
  const people = [person('a', 0), person('b', 1), person('c', 2)];

  it('puts a removed person back where they were', () => {
    // Given a person removed from the middle
    const { people: rest, removed } = removePerson(people, 'b');
    // When the removal is undone
    const back = restorePerson(rest, removed!);
    // Then the list is as before
    expect(back.map((p) => [p.id, p.order])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('appends when the list has shrunk since', () => {
    // Given the last person removed, and then another removed too
    const first = removePerson(people, 'c');
    const second = removePerson(first.people, 'b');
    // When the first removal is undone
    const back = restorePerson(second.people, first.removed!);
    // Then the person returns at the end
    expect(back.map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('does not duplicate a person already present', () => {
    // Given a removal already undone, When undone again, Then there is still one copy
    const { people: rest, removed } = removePerson(people, 'a');
    const once = restorePerson(rest, removed!);
    expect(restorePerson(once, removed!).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });
});
