/**
 * Issue 12 item 1: the therapist's words reach paper as typed. Client handouts use names (the
 * client knows the people); the supervision pack de-identifies only the app's own words and offers
 * each typed name for replacement, occurrence by occurrence, reversibly.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { addClient } from '../../db/clients';
import { listSessions, saveNewCourse } from '../../db/courses';
import { saveStoredDocument } from '../../db/documents';
import { contractsTable, saveFormulation, savePerson } from '../../db/inventory';
import { storedPerson } from '../../../tests/fixtures/person';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

/** The issue's own sentences: a bereaved client, her late mother Margaret, her husband Dan. */
const FORMULATION =
  'After your mother Margaret died in March 2026 you have pulled away from Dan and from friends.';
const TASK = 'Choose three photos of Margaret and read one to Dan.';

let n = 0;
beforeEach(async () => {
  // Given Wed 6 May 2026, a 12-week grief course from Mon 2 Mar with Margaret and Dan in it
  vi.setSystemTime(new Date('2026-05-06T12:00:00'));
  n = 0;
  await resetDatabase();
  await addClient({ id: 'c1', code: 'GR-3', archived: false, createdAt: '2026-01-01T10:00:00Z' });
  const planned = planCourse(
    {
      startDate: '2026-03-02',
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: 'grief',
      goals: ['Talk about Margaret with Dan'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: 'k1', clientId: 'c1', newId: () => `s${(n += 1)}` },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
  await savePerson(
    storedPerson({ id: 'p1', name: 'Margaret', relationship: 'Mother (died March 2026)' }),
  );
  await savePerson(storedPerson({ id: 'p2', name: 'Dan', relationship: 'Husband', order: 1 }));
});

async function sessionId(number: number): Promise<string> {
  const s = (await listSessions('k1')).find((x) => x.number === number);
  if (!s) throw new Error('fixture');
  return s.id;
}

describe('task card (a client handout)', () => {
  it('prints the task with names as typed, and replaces a name only where the therapist chooses roles', async () => {
    const id = await sessionId(5);
    await saveStoredDocument({
      id: `task-card:${id}`,
      courseId: 'k1',
      kind: 'task-card',
      sessionId: id,
      fields: { task: TASK },
      updatedAt: '2026-03-30T10:00:00Z',
    });
    const { user } = renderApp(`/courses/k1/sessions/${id}/task-card/print`);
    const card = await screen.findByRole('article', { name: 'Task card' });
    // Then the client's paper reads the therapist's words exactly
    expect(card).toHaveTextContent(TASK);
    expect(screen.queryByRole('region', { name: /Names in/ })).not.toBeInTheDocument();
    // When the therapist chooses roles for this card and replaces "Dan" only
    await user.click(
      screen.getByRole('checkbox', { name: 'Use roles instead of names on the task card' }),
    );
    const panel = screen.getByRole('region', { name: 'Names in the task card' });
    await user.click(within(panel).getByRole('button', { name: 'Replace “Dan” with “husband”' }));
    // Then only that occurrence changes; "Margaret" stays, and nothing reads "mother mother"
    expect(card).toHaveTextContent('Choose three photos of Margaret and read one to husband.');
    expect(card).not.toHaveTextContent(/mother mother|march 2026/);
  });
});

describe('supervision pack', () => {
  it('carries the formulation and goals as typed, offering each name, never rewriting it', async () => {
    await contractsTable().put({
      id: 't1',
      courseId: 'k1',
      sessions: 12,
      endDate: '2026-05-18',
      frequency: 'weekly',
      missedSessionRule: 'counts-as-used',
      supervisionConsent: true,
      recordingConsent: false,
      agreed: true,
      agreedDate: '2026-03-16',
    });
    await saveFormulation({
      id: 'f1',
      courseId: 'k1',
      text: FORMULATION,
      editedAt: '2026-03-16T10:00:00Z',
    });
    const { user } = renderApp('/courses/k1/supervision/print');
    const page = await screen.findByRole('article', { name: 'Course plan and formulation' });
    // Then the therapist's words print as typed (the month keeps its capital)
    expect(page).toHaveTextContent(FORMULATION);
    expect(page).toHaveTextContent('Goal 1: Talk about Margaret with Dan');
    // And each name is offered, occurrence by occurrence
    const panel = screen.getByRole('region', { name: 'Names in the supervision pack' });
    const margaret = within(panel).getAllByRole('button', {
      name: 'Replace “Margaret” with “mother (died March 2026)”',
    });
    expect(margaret).toHaveLength(2);
    // When the therapist replaces "Dan" in the formulation only, then changes their mind
    const [danInGoal, danInFormulation] = within(panel).getAllByRole('button', {
      name: 'Replace “Dan” with “husband”',
    });
    if (!danInFormulation || !danInGoal) throw new Error('two occurrences of Dan expected');
    await user.click(danInFormulation);
    expect(page).toHaveTextContent('you have pulled away from husband and from friends.');
    expect(page).toHaveTextContent('Goal 1: Talk about Margaret with Dan');
    await user.click(within(panel).getByRole('button', { name: 'Printing “husband”: keep “Dan”' }));
    expect(page).toHaveTextContent(FORMULATION);
    expect(page).not.toHaveTextContent(/mother mother|\[date\]/);
  });
});
