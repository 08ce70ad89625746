import { screen, within } from '@testing-library/react';
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

  it('previews the file against what is stored, then adds what is new', async () => {
    // Given a valid backup with the client stored here and one other client
    const { user } = renderApp('/backup');
    const good = backup({
      clients: [
        { id: 'here', code: 'HR-1', archived: false, createdAt: '2026-01-01T10:00:00Z' },
        { id: 'other', code: 'OT-2', archived: false, createdAt: '2026-02-01T10:00:00Z' },
      ],
    });
    await user.upload(await screen.findByLabelText('Backup file'), file(good));
    // Then the preview shows one new and one identical client, and nothing is written yet
    const row = await screen.findByRole('row', { name: /^Client/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '1', '0', '0', '0']);
    expect(await db.clients.count()).toBe(1);
    // When the therapist adds what is new
    await user.click(screen.getByRole('button', { name: 'Add what is new' }));
    // Then both clients are here
    expect(
      await screen.findByText('Added 1 records from backup.json; 0 kept as they are here.'),
    ).toBeInTheDocument();
    expect((await db.clients.toArray()).map((c) => c.code).sort()).toEqual(['HR-1', 'OT-2']);
  });

  it('replaces everything only after the confirmation word is typed', async () => {
    const { user } = renderApp('/backup');
    const other = backup({
      clients: [{ id: 'other', code: 'OT-2', archived: false, createdAt: '2026-02-01T10:00:00Z' }],
    });
    await user.upload(await screen.findByLabelText('Backup file'), file(other));
    const word = await screen.findByLabelText('Type REPLACE to replace everything');
    await user.type(word, 'replace');
    await user.click(screen.getByRole('button', { name: 'Replace everything' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Type REPLACE in capitals/);
    expect((await db.clients.toArray()).map((c) => c.id)).toEqual(['here']);
    await user.clear(word);
    await user.type(word, 'REPLACE');
    await user.click(screen.getByRole('button', { name: 'Replace everything' }));
    expect(
      await screen.findByText('Replaced everything with the 1 records of backup.json.'),
    ).toBeInTheDocument();
    expect((await db.clients.toArray()).map((c) => c.id)).toEqual(['other']);
  });

  it('takes a client of another device with the same code as the client here, and says so', async () => {
    const { user } = renderApp('/backup');
    const clash = backup({
      clients: [{ id: 'there', code: 'hr-1', archived: false, createdAt: '2026-02-01T10:00:00Z' }],
    });
    await user.upload(await screen.findByLabelText('Backup file'), file(clash));
    expect(
      await screen.findByText(/Client HR-1 in the file is taken as client HR-1 here/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add what is new' }));
    expect(await screen.findByText(/^Added 0 records from backup.json/)).toBeInTheDocument();
    expect((await db.clients.toArray()).map((c) => c.id)).toEqual(['here']);
  });
});
