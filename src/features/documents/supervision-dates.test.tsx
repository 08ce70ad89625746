/**
 * Issue 12 item 1, dates: the de-identified supervision pack prints the therapist's text as typed,
 * and its review offers each typed date for replacement by "[date]", reversibly.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { addClient } from '../../db/clients';
import { saveNewCourse } from '../../db/courses';
import { contractsTable, saveFormulation } from '../../db/inventory';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

const FORMULATION =
  'On 3 March she rang her sister; since March 2026 she has stayed in. Seen by her GP on 03/03/2026.';

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-05-06T12:00:00'));
  let n = 0;
  await resetDatabase();
  await addClient({ id: 'c1', code: 'GR-3', archived: false, createdAt: '2026-01-01T10:00:00Z' });
  const planned = planCourse(
    {
      startDate: '2026-03-02',
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: 'grief',
      goals: ['Visit the grave by 2026-03-03'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: 'k1', clientId: 'c1', newId: () => `s${(n += 1)}` },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
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
});

describe('supervision pack: dates the therapist typed', () => {
  it('prints them as typed, and replaces only the one chosen with “[date]”, reversibly', async () => {
    const { user } = renderApp('/courses/k1/supervision/print');
    // The pack reads the whole course: wait generously on a loaded machine.
    const page = await screen.findByRole(
      'article',
      { name: 'Course plan and formulation' },
      { timeout: 15_000 },
    );
    // Given the pack; Then the typed text prints as typed, and each date is offered
    expect(page).toHaveTextContent(FORMULATION);
    expect(page).toHaveTextContent('Goal 1: Visit the grave by 2026-03-03');
    const panel = screen.getByRole('region', { name: 'Dates in the supervision pack' });
    expect(
      within(panel)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Replace “2026-03-03” with “[date]”',
      'Replace “3 March” with “[date]”',
      'Replace “March 2026” with “[date]”',
      'Replace “03/03/2026” with “[date]”',
    ]);
    // When the therapist replaces "3 March"; Then only that occurrence prints "[date]"
    await user.click(
      within(panel).getByRole('button', { name: 'Replace “3 March” with “[date]”' }),
    );
    expect(page).toHaveTextContent(
      'On [date] she rang her sister; since March 2026 she has stayed in. Seen by her GP on 03/03/2026.',
    );
    expect(page).toHaveTextContent('Goal 1: Visit the grave by 2026-03-03');
    // When they change their mind; Then the pack is as typed again
    await user.click(
      within(panel).getByRole('button', { name: 'Printing “[date]”: keep “3 March”' }),
    );
    expect(page).toHaveTextContent(FORMULATION);
    expect(page).not.toHaveTextContent('[date]');
  }, 30_000);
});
