/** Shared fixtures for the documents tests: a 12-week course with people, notes and answers. */
import { addWeeks } from '../dates';
import type { InventoryPerson } from '../inventory';
import type { Course, Session } from '../types';

export const NOTE = 'Client disclosed the affair with her manager and feels deeply ashamed.';
export const ITEM_ANSWERS = [2, 3, 1, 2, 0, 1, 2, 0, 1];
export const FORMULATION =
  'Your depression began when you moved cities and lost your team, a role transition we will work on.';

export const course: Course = {
  id: 'k1',
  clientId: 'c1',
  startDate: '2026-03-02',
  length: 12,
  sessionMinutes: 50,
  time: '09:00',
  boundaries: { initialEnd: 3, middleEnd: 9 },
  primaryArea: 'role-transition',
  goals: ['Make one new friend at work', 'Call my sister weekly'],
  mechanisms: [],
  missedSessionRule: 'counts-as-used',
  unavailableDates: [],
  createdAt: '2026-03-01T10:00:00Z',
};

export const sessions: Session[] = Array.from({ length: 12 }, (_, i) => ({
  id: `s${i + 1}`,
  courseId: 'k1',
  number: i + 1,
  date: addWeeks('2026-03-02', i),
  time: '09:00',
  status: i < 11 ? ('held' as const) : ('planned' as const),
}));

const person = (
  p: Partial<InventoryPerson> & Pick<InventoryPerson, 'id' | 'name' | 'relationship' | 'ring'>,
): InventoryPerson => ({
  clientId: 'c1',
  courseId: 'k1',
  order: 0,
  contactFrequency: '',
  good: '',
  notGood: '',
  wouldChange: '',
  expectationsClient: '',
  expectationsOther: '',
  expectationsMet: 'unknown',
  canConfide: 'unsure',
  conflicts: '',
  changeSinceOnset: '',
  createdAt: '2026-03-02T10:00:00Z',
  ...p,
});

export const people: InventoryPerson[] = [
  person({
    id: 'p1',
    name: 'Maria',
    relationship: 'Sister',
    ring: 2,
    endRing: 1,
    order: 0,
    canConfide: 'yes',
  }),
  person({ id: 'p2', name: 'Tom', relationship: 'Work colleague', ring: 3, endRing: 2, order: 1 }),
];

export const client = { code: 'GX-2', fullName: 'Anna Rossi' };
export const crisis = [{ name: 'Crisis line', phone: '0800 123 456' }];
