/** Seeds a client with a 12-session course for the measures component tests. */
import { planCourse } from '../../domain/course-plan';
import type { ProblemArea } from '../../domain/types';
import { addClient } from '../../db/clients';
import { listSessions, saveNewCourse } from '../../db/courses';

export async function seedCourse(
  opts: {
    clientId?: string;
    code?: string;
    courseId?: string;
    start?: string;
    area?: ProblemArea;
  } = {},
) {
  const { clientId = 'c1', code = 'GX-2', courseId = 'k1', start = '2026-03-02' } = opts;
  let n = 0;
  await addClient({ id: clientId, code, archived: false, createdAt: '2026-01-01T10:00:00Z' });
  const planned = planCourse(
    {
      startDate: start,
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: opts.area ?? 'grief',
      goals: ['Mourn', 'See friends'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId, clientId, newId: () => `${courseId}-s${(n += 1)}` },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
  return listSessions(courseId);
}
