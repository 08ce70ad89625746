import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../domain/course-plan';
import { addClient } from '../db/clients';
import { saveNewCourse } from '../db/courses';
import { renderApp, resetDatabase } from '../../tests/setup/render-app';

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-11T12:00:00'));
  await resetDatabase();
  await addClient({
    id: 'c1',
    code: 'TB-3',
    fullName: 'Ana Example',
    archived: false,
    createdAt: '2026-03-01T10:00:00Z',
  });
  let n = 0;
  const planned = planCourse(
    {
      startDate: '2026-03-02',
      length: 12,
      time: '10:00',
      sessionMinutes: 50,
      primaryArea: 'grief',
      goals: ['Mourn'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: 'k1', clientId: 'c1', newId: () => `s${++n}` },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
});

describe('course header and sections', () => {
  it('names the client, the focus, the session in focus and the next date on a course screen', async () => {
    // Given Wed 11 Mar 2026: session 2 was Mon 9 Mar, session 3 is Mon 16 Mar
    renderApp('/courses/k1/risk');
    const header = await screen.findByLabelText('Client and course');
    expect(header).toHaveTextContent('TB-3 (Ana Example)');
    expect(header).toHaveTextContent('Grief');
    expect(header).toHaveTextContent('Session 3 of 12');
    expect(header).toHaveTextContent('Mon 16 Mar 2026, 10:00');
  });

  it('lists each section once and marks the screen’s own as the current page', async () => {
    renderApp('/courses/k1/formulation');
    const nav = await screen.findByRole('navigation', { name: 'Course sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Overview',
      'This week’s agenda',
      'Measures and progress',
      'Risk and safety',
      'Inventory and formulation',
      'Write-ups',
      'Documents',
    ]);
    // The formulation belongs to "Inventory and formulation"; nothing else is current
    const current = links.filter((l) => l.getAttribute('aria-current') === 'page');
    expect(current.map((l) => l.textContent)).toEqual(['Inventory and formulation']);
    // And "This week's agenda" opens session 3, the next one
    expect(within(nav).getByRole('link', { name: 'This week’s agenda' })).toHaveAttribute(
      'href',
      '/courses/k1/sessions/s3',
    );
  });
});
