/**
 * Planning and re-planning a course, as the new-course form and the cancel preview do.
 * Run: npm run bench
 */
import { bench, describe } from 'vitest';

import { planCourse } from '../src/domain/course-plan';
import type { CourseDraft } from '../src/domain/course-plan';
import { cancelSession } from '../src/domain/schedule';

const draft: CourseDraft = {
  startDate: '2026-03-02',
  length: 16,
  sessionMinutes: 50,
  time: '09:30',
  primaryArea: 'role-dispute',
  disputeStage: 'impasse',
  goals: ['Raise the housework argument calmly'],
  mechanisms: [],
  missedSessionRule: 'extends',
  unavailableDates: ['2026-04-06', '2026-05-25'],
};

let n = 0;
const newId = () => `id-${(n += 1)}`;
const planned = planCourse(draft, { courseId: 'k', clientId: 'c', newId }, '2026-03-01T10:00:00Z');
if (!planned.ok) throw new Error('bench fixture does not plan');

describe('course planning', () => {
  bench('plan a 16-week course with two holidays', () => {
    planCourse(draft, { courseId: 'k', clientId: 'c', newId }, '2026-03-01T10:00:00Z');
  });

  bench('preview a therapist cancellation of week 5 (re-flow 12 sessions)', () => {
    const week5 = planned.value.sessions.find((s) => s.number === 5)!;
    cancelSession(planned.value.course, planned.value.sessions, week5.id, 'therapist', newId);
  });
});
