import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { addClient } from '../../db/clients';
import { db } from '../../db/database';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

beforeEach(async () => {
  await resetDatabase();
  await addClient({ id: 'c1', code: 'ZK-7', archived: false, createdAt: '2026-01-01T10:00:00Z' });
});

describe('client page', () => {
  it('archives and restores a client', async () => {
    // Given the client's page
    const { user } = renderApp('/clients/c1');
    // When the therapist archives, then restores
    await user.click(await screen.findByRole('button', { name: 'Archive client' }));
    expect(await screen.findByRole('button', { name: 'Restore client' })).toBeInTheDocument();
    expect((await db.clients.get('c1'))?.archived).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Restore client' }));
    // Then the client is active again
    expect(await screen.findByRole('button', { name: 'Archive client' })).toBeInTheDocument();
    expect((await db.clients.get('c1'))?.archived).toBe(false);
  });

  it('deletes nothing until the code is typed exactly', async () => {
    // Given the client's page
    const { user, router } = renderApp('/clients/c1');
    const confirm = await screen.findByLabelText('Type the client code (ZK-7) to confirm');
    // When the wrong code is typed
    await user.type(confirm, 'ZK-8');
    await user.click(screen.getByRole('button', { name: 'Delete client permanently' }));
    // Then the field explains and the client is still there
    expect(
      await screen.findByText('Type ZK-7 exactly to confirm. Nothing has been deleted.'),
    ).toBeInTheDocument();
    expect(await db.clients.get('c1')).toBeDefined();
    // When the right code is typed
    await user.clear(confirm);
    await user.type(confirm, 'ZK-7');
    await user.click(screen.getByRole('button', { name: 'Delete client permanently' }));
    // Then the client is gone and the list shows
    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toBeInTheDocument();
    expect(await db.clients.get('c1')).toBeUndefined();
    expect(router.state.location.pathname).toBe('/clients');
  });

  it('shows a not-found message for an unknown client', async () => {
    renderApp('/clients/nobody');
    expect(await screen.findByRole('heading', { name: 'Client not found' })).toBeInTheDocument();
  });
});
