/**
 * The course most app tests start from, in an emptied database: client c1 (code `code`) with a
 * 12-week grief course k1 from Monday 2 March 2026, weekly at 09:00, sessions s1..s12.
 */
import { planCourse } from '../../src/domain/course-plan';
import { addClient } from '../../src/db/clients';
import { saveNewCourse } from '../../src/db/courses';

import { resetDatabase } from './render-app';

export async function seedGriefCourse(code: string): Promise<void> {
  await resetDatabase();
  await addClient({ id: 'c1', code, archived: false, createdAt: '2026-01-01T10:00:00Z' });
  let n = 0;
  const planned = planCourse(
    {
      startDate: '2026-03-02',
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: 'grief',
      goals: ['Mourn'],
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
