import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { addClient } from '../../db/clients';
import { saveNewCourse } from '../../db/courses';
import { setSetting } from '../../db/settings';
import { saveWriteUp } from '../../db/writeups';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

let n = 0;
const newId = () => `s${(n += 1)}`;

async function seedCourse(courseId: string, clientId: string, code: string, start: string) {
  await addClient({ id: clientId, code, archived: false, createdAt: '2018-01-01T10:00:00Z' });
  const planned = planCourse(
    {
      startDate: start,
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: 'grief',
      goals: ['Mourn'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId, clientId, newId },
    `${start}T08:00:00Z`,
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, `${start}T08:00:00Z`);
}

beforeEach(async () => {
  // Monday 1 June 2026: every session of the March course (2 March to 18 May) is in the past
  vi.setSystemTime(new Date('2026-06-01T12:00:00'));
  n = 0;
  await resetDatabase();
  await seedCourse('k1', 'c1', 'WU-1', '2026-03-02');
});

describe('write-up lists', () => {
  it('lists a session earlier this week, and counts what the Clients list counts', async () => {
    // Wednesday 20 May 2026: session 12 was on Monday 18 May, in this week
    vi.setSystemTime(new Date('2026-05-20T12:00:00'));
    const { unmount } = renderApp('/write-ups/pending');
    const table = await screen.findByRole('table', {
      name: 'Unfinalised write-ups of past sessions',
    });
    expect(within(table).getAllByRole('row', { name: /WU-1/ })).toHaveLength(12);
    expect(within(table).getByRole('row', { name: /Session 12 Mon 18 May 2026/ })).toBeVisible();
    unmount();
    renderApp('/clients');
    const clients = await screen.findByRole('table', { name: /Clients/ });
    const row = within(clients).getByRole('row', { name: /WU-1/ });
    const pendingColumn = within(clients)
      .getAllByRole('columnheader')
      .findIndex((h) => h.textContent?.includes('Write-ups pending'));
    expect(within(row).getAllByRole('cell')[pendingColumn - 1]).toHaveTextContent('12');
  });

  it('lists every past session of the course with its write-up state', async () => {
    // Given a draft for session 1
    await saveWriteUp({
      sessionId: 's1',
      courseId: 'k1',
      clientId: 'c1',
      sessionDate: '2026-03-02',
      sessionNumber: 1,
      attendance: 'held',
      scores: {},
      agendaCovered: [],
      note: '',
      risk: 'none',
      status: 'draft',
      amendments: [],
      updatedAt: '2026-03-02T10:00:00Z',
    });
    renderApp('/courses/k1/write-ups');
    const table = await screen.findByRole('table', { name: 'Past sessions and their write-ups' });
    expect(within(table).getByRole('row', { name: /Session 1 .* Draft/ })).toBeVisible();
    expect(within(table).getByRole('row', { name: /Session 12 .* Not written up/ })).toBeVisible();
  });

  it('lists unfinalised sessions across clients and courses past retention', async () => {
    // Given a course that ended in 2018
    await seedCourse('k2', 'c2', 'OLD-1', '2018-01-08');
    renderApp('/write-ups/pending');
    const table = await screen.findByRole('table', {
      name: 'Unfinalised write-ups of past sessions',
    });
    expect(within(table).getAllByRole('row', { name: /WU-1/ })).toHaveLength(12);
    const due = await screen.findByRole('list', { name: 'Courses past retention' });
    expect(due).toHaveTextContent(
      'OLD-1: last session Mon 26 Mar 2018, past retention since Wed 26 Mar 2025.',
    );
    // The period itself is set in Settings, linked from here
    expect(screen.getByRole('link', { name: 'change it in Settings' })).toHaveAttribute(
      'href',
      '/settings',
    );
    expect(screen.queryByLabelText('Retention period (years)')).not.toBeInTheDocument();
    // When it is longer, the course is no longer listed
    await setSetting('retentionYears', 10);
    expect(
      await screen.findByText(
        'No course is past the 10-year retention period.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
  });
});
