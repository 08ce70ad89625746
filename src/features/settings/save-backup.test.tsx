/**
 * Settings' "Save a backup of all data" shows the same progress as the Backup screen: a progress
 * bar counting the records read while the backup is being made, then the file's confirmation.
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { db } from '../../db/database';
import { getSetting } from '../../db/settings';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

const CLIENTS = 240;

beforeEach(async () => {
  await resetDatabase();
  await db.clients.bulkPut(
    Array.from({ length: CLIENTS }, (_, i) => ({
      id: `c${i}`,
      code: `BK-${i}`,
      archived: false,
      createdAt: '2026-01-05T10:00:00.000Z',
    })),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Holds the write of "last backup at" (the command's last step) until `release` is called. */
function holdLastBackupWrite(): { release: () => void } {
  const proto = db.Table.prototype as unknown as { put: (...args: unknown[]) => unknown };
  const original = proto.put;
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  vi.spyOn(proto, 'put').mockImplementation(function (this: { name: string }, ...args) {
    const row = args[0] as { key?: string };
    if (this.name !== 'settings' || row.key !== 'lastBackupAt') return original.apply(this, args);
    return gate.then(() => original.apply(this, args));
  });
  return { release };
}

/** Catches the browser download: the names of the files saved (jsdom has no blob URLs). */
function catchDownloads(): string[] {
  const names: string[] = [];
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:backup'), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return names;
}

async function storedRecords(): Promise<number> {
  const counts = await Promise.all(db.tables.map((t) => t.count()));
  return counts.reduce((a, b) => a + b, 0);
}

describe('saving a backup from Settings', () => {
  it('shows a progress bar of the records read, then says the file is saved', async () => {
    const total = await storedRecords();
    const held = holdLastBackupWrite();
    const downloads = catchDownloads();
    const { user } = renderApp('/settings');
    const button = await screen.findByRole('button', { name: 'Save a backup of all data' });
    await user.click(button);

    const bar = await screen.findByRole('progressbar', { name: 'Reading the records' });
    expect(bar).toHaveAttribute('max', String(total));
    expect(bar).toHaveAttribute('value', String(total));
    expect(screen.getByText(`${total} of ${total} records`)).toBeVisible();
    expect(button).toBeDisabled();
    expect(total).toBeGreaterThanOrEqual(CLIENTS);

    held.release();
    const saved = await screen.findByText(/^Backup file saved \(.+\)\.$/);
    expect(saved).toHaveTextContent(`Backup file saved (${downloads[0] ?? 'no file'}).`);
    expect(downloads).toEqual([
      expect.stringMatching(/^ipt-planner-backup-\d{4}-\d\d-\d\d\.json$/),
    ]);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(button).toBeEnabled();
    expect(await getSetting('lastBackupAt', null)).not.toBeNull();
  });
});
