import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { defaultBoundaries } from '../../domain/course-rules';
import { addClient } from '../../db/clients';
import { db } from '../../db/database';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-02-20T12:00:00'));
  await resetDatabase();
  await addClient({ id: 'c1', code: 'RT-4', archived: false, createdAt: '2026-01-01T10:00:00Z' });
  await db.courses.put({
    id: 'k0',
    clientId: 'c1',
    startDate: '2026-01-05',
    length: 12,
    sessionMinutes: 50,
    time: '10:00',
    boundaries: defaultBoundaries(12),
    primaryArea: 'grief',
    goals: ['Talk about the loss'],
    mechanisms: [],
    missedSessionRule: 'counts-as-used',
    unavailableDates: [],
    createdAt: '2026-01-05T09:00:00Z',
  });
});

describe('new course form with a course still open', () => {
  it('says when the current course started in the on-screen day format', async () => {
    renderApp('/clients/c1/courses/new');
    // Then the notice names Monday 5 January 2026 as the screen shows days, never the ISO day
    const notice = await screen.findByText(/Saving this course ends the current course/);
    expect(notice).toHaveTextContent(
      'Saving this course ends the current course (started Mon 5 Jan 2026); it stays readable.',
    );
    expect(notice).not.toHaveTextContent('2026-01-05');
  });
});
