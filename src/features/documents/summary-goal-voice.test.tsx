/** Issue 12 item 5: a goal about the client is pointed out before it reaches the "you" handout. */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { addClient } from '../../db/clients';
import { saveNewCourse } from '../../db/courses';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

const ABOUT = 'She will call her sister once a week';
const OWN = 'Go back to the choir';

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
      goals: [ABOUT, OWN],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: 'k1', clientId: 'c1', newId: () => `s${(n += 1)}` },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
});

describe('end-of-treatment summary goals', () => {
  it('warns at the goal written about the client only, and shows both as typed', async () => {
    renderApp('/courses/k1/summary');
    const progress = await screen.findByRole('region', {
      name: 'Progress, as the client will read it',
    });
    const [about, own] = within(progress).getAllByRole('listitem');
    // Then the third-person goal carries the warning, the other does not; neither is rewritten
    expect(about).toHaveTextContent(ABOUT);
    expect(about).toHaveTextContent(
      'This goal is written about the client; the handout speaks to them as “you”.',
    );
    expect(own).toHaveTextContent(OWN);
    expect(own).not.toHaveTextContent('written about the client');
  });
});
