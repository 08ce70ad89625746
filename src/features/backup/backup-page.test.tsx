import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { addClient } from '../../db/clients';
import { db } from '../../db/database';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

beforeEach(async () => {
  await resetDatabase();
  await addClient({ id: 'here', code: 'HR-1', archived: false, createdAt: '2026-01-01T10:00:00Z' });
});

const file = (content: string) => new File([content], 'backup.json', { type: 'application/json' });

const backup = (tables: Record<string, unknown[]>) =>
  JSON.stringify({
    app: 'ipt-planner',
    schemaVersion: 1,
    exportedAt: '2026-05-01T10:00:00Z',
    tables,
  });

describe('restore a backup', () => {
  it('refuses a broken file whole and changes nothing', async () => {
    // Given a backup whose second client has no code and whose course has no client in the file
    const { user } = renderApp('/backup');
    const broken = backup({
      clients: [
        { id: 'a', code: 'AA-1', archived: false, createdAt: '2026-01-01T10:00:00Z' },
        { id: 'b', archived: false },
      ],
      courses: [{ id: 'k', clientId: 'zz', startDate: '2026-02-30', length: 12 }],
    });
    // When it is chosen
    await user.upload(await screen.findByLabelText('Backup file'), file(broken));
    // Then it is refused with reasons and the database is as it was
    expect(
      await screen.findByText('backup.json was refused. Nothing has been changed.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Client 2 \(b\): code is missing; createdAt is missing\.$/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^Course 1 \(k\): startDate "2026-02-30" is not a day that exists/),
    ).toBeInTheDocument();
    expect((await db.clients.toArray()).map((c) => c.code)).toEqual(['HR-1']);
  });

  it('refuses a file that is not JSON', async () => {
    const { user } = renderApp('/backup');
    await user.upload(await screen.findByLabelText('Backup file'), file('not json {'));
    expect(
      await screen.findByText('This file is not a readable backup (it is not JSON).'),
    ).toBeInTheDocument();
  });

  it('merges a valid backup after confirmation', async () => {
    // Given a valid backup with one other client
    const { user } = renderApp('/backup');
    const good = backup({
      clients: [{ id: 'other', code: 'OT-2', archived: false, createdAt: '2026-02-01T10:00:00Z' }],
    });
    await user.upload(await screen.findByLabelText('Backup file'), file(good));
    // When the therapist confirms
    expect(await screen.findByText('1 clients')).toBeInTheDocument();
    expect(await db.clients.count()).toBe(1);
    await user.click(screen.getByRole('button', { name: 'Restore these records' }));
    // Then both clients are here
    expect(await screen.findByText('Restored 1 records from backup.json.')).toBeInTheDocument();
    expect((await db.clients.toArray()).map((c) => c.code).sort()).toEqual(['HR-1', 'OT-2']);
  });

  it('says why when a file that passed the check cannot be restored, and no longer calls it valid', async () => {
    // Given a sound file whose client uses the code of a different client stored here
    const { user } = renderApp('/backup');
    const clash = backup({
      clients: [{ id: 'there', code: 'hr-1', archived: false, createdAt: '2026-02-01T10:00:00Z' }],
    });
    await user.upload(await screen.findByLabelText('Backup file'), file(clash));
    expect(await screen.findByText('backup.json is a valid backup')).toBeInTheDocument();
    // When the therapist restores it
    await user.click(screen.getByRole('button', { name: 'Restore these records' }));
    // Then the refusal names the code, the page stops calling the file valid, nothing changed
    expect(
      await screen.findByText(
        /The client code hr-1 in this file is already used here by a different client/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('backup.json was refused. Nothing has been changed.'),
    ).toBeInTheDocument();
    expect(screen.queryByText('backup.json is a valid backup')).not.toBeInTheDocument();
    expect((await db.clients.toArray()).map((c) => c.id)).toEqual(['here']);
  });
});
