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
        { id: 'a', code: 'AA-1', archived: false, createdAt: 'x' },
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
      screen.getByText(/clients record 2 \(b\): the client code is missing/),
    ).toBeInTheDocument();
    expect(screen.getByText(/the start date is not a real day/)).toBeInTheDocument();
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
      clients: [{ id: 'other', code: 'OT-2', archived: false, createdAt: 'x' }],
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
});
