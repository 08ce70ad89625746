import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { addClient } from '../../db/clients';
import { db } from '../../db/database';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-02-20T12:00:00'));
  await resetDatabase();
  await addClient({ id: 'c1', code: 'RT-4', archived: false, createdAt: '2026-01-01T10:00:00Z' });
});

type User = ReturnType<typeof renderApp>['user'];

async function setNumber(user: User, label: string, value: string) {
  const input = await screen.findByLabelText(label);
  await user.clear(input);
  await user.type(input, value);
}

describe('course form advice at the field', () => {
  it('says at the checkbox when an emphasis cannot change anything for the area', async () => {
    // Given grief (its strategies serve emotions, support and skills, never interpersonal stress)
    const { user } = renderApp('/clients/c1/courses/new');
    await user.selectOptions(await screen.findByLabelText('Primary problem area'), 'Grief');
    // When the therapist ticks interpersonal stress, then processing emotions
    const stress = screen.getByRole('checkbox', { name: 'Decreasing interpersonal stress' });
    await user.click(stress);
    await user.click(screen.getByRole('checkbox', { name: 'Processing emotions' }));
    // Then the stress checkbox is described by the advice; the emotions one is not
    expect(stress).toHaveAccessibleDescription(
      /^This emphasis can't change anything for Grief: no grief strategy serves decreasing interpersonal stress/,
    );
    expect(
      screen.getByRole('checkbox', { name: 'Processing emotions' }),
    ).not.toHaveAccessibleDescription(/can't change anything/);
    // When the area becomes a role dispute (which works on interpersonal stress)
    await user.selectOptions(screen.getByLabelText('Primary problem area'), 'Role dispute');
    // Then the advice goes
    expect(screen.queryByText(/This emphasis can't change anything/)).not.toBeInTheDocument();
  });

  it('says at the second area when it cannot get three sessions, and still plans if asked', async () => {
    // Given 8 sessions with the initial phase 1–4 and the middle 5–6 (two middle sessions)
    const { user } = renderApp('/clients/c1/courses/new');
    await setNumber(user, 'Number of weekly sessions', '8');
    await setNumber(user, 'Last session of the initial phase', '4');
    await setNumber(user, 'Last session of the middle phase', '6');
    await user.selectOptions(screen.getByLabelText('Primary problem area'), 'Role transition');
    await user.type(screen.getByLabelText('Goal 1'), 'Settle into the new job');
    // When a second area is chosen
    await user.selectOptions(screen.getByLabelText('Second problem area (optional)'), 'Grief');
    // Then the field says why it cannot get its three sessions
    expect(screen.getByLabelText('Second problem area (optional)')).toHaveAccessibleDescription(
      "A second area can't get 3 sessions in this course: Grief needs at least 3 middle sessions and this course has 2 middle sessions (sessions 5–6). Lengthen the course, move the phase boundaries, or keep one focus.",
    );
    // When the initial phase ends at 2 (middle 3–6: four sessions), the advice goes
    await setNumber(user, 'Last session of the initial phase', '2');
    expect(screen.getByLabelText('Second problem area (optional)')).not.toHaveAccessibleDescription(
      /can't get 3 sessions/,
    );
    // Advice never blocks: the course is planned
    await user.click(screen.getByRole('button', { name: 'Plan the course' }));
    expect(
      await screen.findByRole('table', { name: 'Weeks of the course' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await db.courses.count()).toBe(1);
  });
});
