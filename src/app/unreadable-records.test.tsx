import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { db } from '../db/database';
import { seedCourse } from '../features/measures/test-seed';
import { renderApp, resetDatabase } from '../../tests/setup/render-app';

beforeEach(async () => {
  await resetDatabase();
  await seedCourse();
});

describe('CourseFrame with damaged records', () => {
  it('shows the screen, says what could not be read, and names a damaged risk flag', async () => {
    // Given a flag stored with an hour that does not exist (25:61) and a PHQ-9 item answered 4
    await db.riskFlags.put({
      id: 'bad-flag',
      clientId: 'c1',
      courseId: 'k1',
      source: 'item9',
      raisedAt: '2026-03-02T25:61:00Z',
      detail: 'x',
      status: 'open',
    });
    await db.measures.put({
      id: 'bad-measure',
      clientId: 'c1',
      courseId: 'k1',
      kind: 'phq9',
      date: '2026-03-02',
      answers: [4, 0, 0, 0, 0, 0, 0, 0, 0],
      total: 4,
      status: 'complete',
      recordedAt: '2026-03-02T09:00:00Z',
    });
    // When the course overview opens
    renderApp('/courses/k1');
    // Then the screen works, and the damage is said, with the flag named as possibly open
    expect(await screen.findByRole('heading', { level: 1, name: 'Course for GX-2' })).toBeVisible();
    expect(screen.getByText('2 stored records of this client could not be read')).toBeVisible();
    expect(screen.getByText(/One of them is a risk flag, which may be open/)).toBeVisible();
  });
});
