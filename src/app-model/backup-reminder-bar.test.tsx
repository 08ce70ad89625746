import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { addClient } from '../db/clients';
import { getSetting } from '../db/settings';
import { renderApp, resetDatabase } from '../../tests/setup/render-app';

import { REMINDER_DISMISSED_KEY } from './commands/backup-keys';

/**
 * The shell starts the bar 1.5 s after the page's load event, at the next idle moment (at most a
 * second later; app/shell.tsx): wait for it, with room.
 */
const SHOWS_AFTER_LOAD = { timeout: 4000 };

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-05-06T12:00:00'));
  await resetDatabase();
  // Ten days of records and no backup: past the default interval of a week.
  await addClient({
    id: 'c1',
    code: 'BR-1',
    fullName: 'Ana Example',
    archived: false,
    createdAt: '2026-04-26T10:00:00Z',
  });
});

describe('backup reminder bar', () => {
  it('shows when no backup was saved for over a week, and "Not now" (its code loaded on the click) quiets it', async () => {
    renderApp('/');
    const bar = await screen.findByRole('region', { name: 'Backup reminder' }, SHOWS_AFTER_LOAD);
    expect(bar).toHaveTextContent('No backup has been saved');
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(async () =>
      expect(await getSetting<string | null>(REMINDER_DISMISSED_KEY, null)).toMatch(/^2026-05-06/),
    );
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Backup reminder' })).toBeNull(),
    );
  });

  it('waits for the page to have loaded, so it never competes with the screen being opened', async () => {
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    try {
      renderApp('/');
      // Long after the reminder would otherwise show (without the wait it is there within 100 ms
      // here), it is still not there: it waits for the page's load event.
      await expect(
        screen.findByRole('region', { name: 'Backup reminder' }, { timeout: 1000 }),
      ).rejects.toThrow();
      readyState.mockReturnValue('complete');
      window.dispatchEvent(new Event('load'));
      expect(
        await screen.findByRole('region', { name: 'Backup reminder' }, SHOWS_AFTER_LOAD),
      ).toHaveTextContent('No backup has been saved');
    } finally {
      readyState.mockRestore();
    }
  });
});
