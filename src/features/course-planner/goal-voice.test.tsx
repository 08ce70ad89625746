/** Issue 12 item 5: a goal written about the client is flagged at its field, never rewritten. */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { addClient } from '../../db/clients';
import { db } from '../../db/database';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

const WARNING = /^This goal is written about the client; the handout speaks to them as “you”/;

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-02-20T12:00:00'));
  await resetDatabase();
  await addClient({
    id: 'c1',
    code: 'RT-4',
    fullName: 'Maria Lopez',
    archived: false,
    createdAt: '2026-01-01T10:00:00Z',
  });
});

describe('goals in the client’s voice', () => {
  it('warns at a third-person goal, clears when it is in the client’s words, and saves it as typed', async () => {
    const { user } = renderApp('/clients/c1/courses/new');
    const goal1 = await screen.findByLabelText('Goal 1');
    // When the therapist types a goal about the client
    await user.type(goal1, 'She will call her sister once a week.');
    // Then the field says so, and the text stays exactly as typed
    expect(goal1).toHaveAccessibleDescription(WARNING);
    expect(goal1).toHaveValue('She will call her sister once a week.');
    // And a goal in the client's words is not warned about
    await user.type(screen.getByLabelText('Goal 2 (optional)'), 'Go back to the choir');
    expect(screen.getByLabelText('Goal 2 (optional)')).not.toHaveAccessibleDescription(WARNING);
    // When the therapist keeps it anyway, the course is saved with the goal as typed
    const date = screen.getByLabelText('First session date');
    await user.clear(date);
    await user.type(date, '2026-03-02');
    await user.selectOptions(screen.getByLabelText('Primary problem area'), 'Grief');
    await user.click(screen.getByRole('button', { name: 'Plan the course' }));
    await screen.findByRole('table', { name: 'Weeks of the course' });
    const [course] = await db.courses.toArray();
    expect(course?.goals).toEqual([
      'She will call her sister once a week.',
      'Go back to the choir',
    ]);
  }, 30_000);

  it.each(['Client to attend one social event a week', 'Maria will visit the grave'])(
    'warns at “%s”, and the warning goes once it is rewritten',
    async (typed) => {
      const { user } = renderApp('/clients/c1/courses/new');
      const goal1 = await screen.findByLabelText('Goal 1');
      await user.type(goal1, typed);
      expect(goal1).toHaveAccessibleDescription(WARNING);
      await user.clear(goal1);
      await user.type(goal1, 'Visit the grave with my brother');
      expect(goal1).not.toHaveAccessibleDescription(WARNING);
    },
  );
});
