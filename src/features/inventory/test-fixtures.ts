/** Seeds for the inventory screens' tests: one client, a 12-week role-dispute course, people. */
import { planCourse } from '../../domain/course-plan';
import { emptyPersonDraft, personFromDraft } from '../../domain/inventory';
import type { InventoryPerson, PersonDraft } from '../../domain/inventory';
import { addClient } from '../../db/clients';
import { saveNewCourse } from '../../db/courses';
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
