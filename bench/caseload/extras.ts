/** The course's inventory records in the benchmark caseload: contract, formulation, people, timeline. */
import { addDays } from '../../src/domain/dates';
import { contractFromCourse } from '../../src/domain/inventory/contract';
import { endDateOf } from '../../src/domain/schedule';
import type { Course, Session } from '../../src/domain/types';

import type { Random } from './random';
import type { CaseloadTables } from './tables';
import { PEOPLE } from './texts';

/** Contract (agreed at the first session), formulation, three people and two timeline events. */
export function extrasFor(
  rng: Random,
  course: Course,
  clientId: string,
  sessions: readonly Session[],
  tables: CaseloadTables,
) {
  const agreedDate = course.startDate;
  const endDate = endDateOf(sessions) ?? addDays(course.startDate, 7 * 15);
  tables.contracts.push({
    id: rng.uuid(),
    ...contractFromCourse(course, endDate),
    supervisionConsent: rng.chance(0.7),
    agreed: true,
    agreedDate,
  });
  tables.formulations.push({
    id: rng.uuid(),
    courseId: course.id,
    text: 'Low mood since the change at home; the work will focus on the relationship named in the contract.',
    editedAt: `${addDays(course.startDate, 14)}T17:00:00.000Z`,
  });
  const people = PEOPLE.slice(rng.int(0, PEOPLE.length - 3)).slice(0, 3);
  people.forEach(([name, relationship], order) => {
    const id = rng.uuid();
    tables.people.push({
      id,
      clientId,
      courseId: course.id,
      order,
      name,
      relationship,
      ring: rng.pick([1, 2, 3] as const),
      contactFrequency: rng.pick(['daily', 'weekly', 'monthly']),
      good: 'Listens',
      notGood: 'Argues about money',
      wouldChange: 'Talk more often',
      expectationsClient: 'Support at weekends',
      expectationsOther: 'Help with the children',
      expectationsMet: rng.pick(['yes', 'partly', 'no'] as const),
      canConfide: rng.pick(['yes', 'no', 'unsure'] as const),
      conflicts: '',
      changeSinceOnset: 'Sees them less',
      createdAt: `${course.startDate}T12:00:00.000Z`,
    });
    if (order < 2) {
      tables.lifeEvents.push({
        id: rng.uuid(),
        courseId: course.id,
        date: addDays(course.startDate, -30 * (order + 1)),
        kind: order === 0 ? 'life-event' : 'mood-change',
        description: order === 0 ? `Argument with ${relationship}` : 'Mood dropped',
        ...(order === 0 ? { personId: id } : { mood: 'lower' as const }),
      });
    }
  });
}
