/** A seeded 16-week role-dispute course (impasse), sessions s1..s16, for the week screen's tests. */
import { planCourse } from '../../domain/course-plan';
import { addClient } from '../../db/clients';
import { saveNewCourse } from '../../db/courses';
import { saveContract } from '../../db/inventory';
import { resetDatabase } from '../../../tests/setup/render-app';

/** The course, with the contract agreed at session 3 (16 March) unless `agreed` is false. */
export async function seedDisputeCourse(sessionMinutes = 50, agreed = true): Promise<void> {
  await resetDatabase();
  let n = 0;
  const newId = () => `s${(n += 1)}`;
  await addClient({
    id: 'c1',
    code: 'RD-7',
    fullName: 'Robin Doe',
    archived: false,
    createdAt: '2026-01-01T10:00:00Z',
  });
  const planned = planCourse(
    {
      startDate: '2026-03-02',
      length: 16,
      sessionMinutes,
      time: '09:00',
      primaryArea: 'role-dispute',
      disputeStage: 'impasse',
      goals: ['Speak up at home'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: 'k1', clientId: 'c1', newId },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
  if (!agreed) return;
  await saveContract({
    id: 'ct1',
    courseId: 'k1',
    sessions: 16,
    endDate: '2026-06-15',
    frequency: 'weekly',
    missedSessionRule: 'counts-as-used',
    supervisionConsent: true,
    recordingConsent: false,
    agreed: true,
    agreedDate: '2026-03-16',
  });
}
