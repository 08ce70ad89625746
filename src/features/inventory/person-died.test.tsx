/**
 * Issue 13 item 7: a person who has died is a fact the therapist ticks, not a word the app guesses
 * from the relationship; the circle and the person's card then say so.
 */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { listPeople } from '../../db/inventory';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { seedCourse } from './test-fixtures';

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-10T12:00:00'));
  await resetDatabase();
  await seedCourse();
});

describe('a person who has died', () => {
  it('is ticked on the person, stored, and drawn and named as such', async () => {
    const { user } = renderApp('/courses/k1/inventory');
    await user.click(await screen.findByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByLabelText('Name or initials'), 'Rosa');
    await user.type(screen.getByLabelText('Relationship'), 'grandmother');
    await user.click(screen.getByRole('checkbox', { name: 'Has died' }));
    await user.click(screen.getByRole('button', { name: 'Add to the inventory' }));
    expect(await screen.findByText('Added Rosa.')).toBeInTheDocument();
    // Then it is kept with the person, the relationship as typed
    const [rosa] = await listPeople('k1');
    expect(rosa).toMatchObject({ name: 'Rosa', relationship: 'grandmother', died: true });
    // And the card and the circle's description say so
    expect(
      screen.getByRole('heading', { level: 3, name: /Rosa\s*·\s*grandmother\s*·\s*has died/ }),
    ).toBeVisible();
    expect(screen.getByRole('img', { name: /closeness circle/i })).toHaveAccessibleDescription(
      /Rosa \(died\)/,
    );
  });

  it('is not assumed when nothing says so', async () => {
    const { user } = renderApp('/courses/k1/inventory');
    await user.click(await screen.findByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByLabelText('Name or initials'), 'Ines');
    await user.type(screen.getByLabelText('Relationship'), 'mother');
    await user.click(screen.getByRole('button', { name: 'Add to the inventory' }));
    expect(await screen.findByText('Added Ines.')).toBeInTheDocument();
    expect((await listPeople('k1'))[0]?.died ?? false).toBe(false);
    expect(screen.getByRole('img', { name: /closeness circle/i })).not.toHaveAccessibleDescription(
      /died/,
    );
  });
});
