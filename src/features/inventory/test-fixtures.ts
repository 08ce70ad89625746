/** Seeds for the inventory screens' tests: one client, a 12-week role-dispute course, people. */
import type { Table } from 'dexie';
import { vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { emptyPersonDraft, personFromDraft } from '../../domain/inventory';
import type { InventoryPerson, PersonDraft } from '../../domain/inventory';
import { addClient } from '../../db/clients';
import { saveNewCourse } from '../../db/courses';
import { db } from '../../db/database';
import { savePerson } from '../../db/inventory';

export async function seedCourse(): Promise<void> {
  let n = 0;
  await addClient({ id: 'c1', code: 'RD-7', archived: false, createdAt: '2026-01-01T10:00:00Z' });
  const planned = planCourse(
    {
      startDate: '2026-03-02',
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: 'role-dispute',
      disputeStage: 'impasse',
      goals: ['Talk about the housework without shouting'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: 'k1', clientId: 'c1', newId: () => `s${(n += 1)}` },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
}

/** Saves a person at position `order` in course k1. */
export async function seedPerson(
  id: string,
  order: number,
  over: Partial<PersonDraft>,
): Promise<InventoryPerson> {
  const draft = { ...emptyPersonDraft(), ...over };
  const person = personFromDraft(
    draft,
    { id, clientId: 'c1', courseId: 'k1' },
    order,
    '2026-03-01T10:00:00Z',
  );
  await savePerson(person);
  return person;
}

type WriteMethod = 'put' | 'bulkPut' | 'add' | 'update' | 'delete' | 'bulkDelete';

/**
 * Makes the next `method` call on table `name` reject with a storage error, whichever handle the
 * code writes through (`db.table(name)` and the declared `db[name]` are distinct Table objects).
 */
export function failNextWrite(name: string, method: WriteMethod, errorName = 'QuotaExceededError') {
  const declared = (db as unknown as Record<string, Table | undefined>)[name];
  const handles = new Set([db.table(name), ...(declared ? [declared] : [])]);
  for (const table of handles) {
    vi.spyOn(table, method).mockRejectedValueOnce(new DOMException('refused', errorName));
  }
}

/** Counts `method` calls on table `name` from now on, through either handle (see failNextWrite). */
export function countWrites(name: string, method: WriteMethod): () => number {
  const declared = (db as unknown as Record<string, Table | undefined>)[name];
  const spies = [...new Set([db.table(name), ...(declared ? [declared] : [])])].map((t) =>
    vi.spyOn(t, method),
  );
  const total = () => spies.reduce((n, s) => n + s.mock.calls.length, 0);
  const start = total();
  return () => total() - start;
}
