import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { db } from '../../db/database';
import { getCrisisContacts, getSetting } from '../../db/settings';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

beforeEach(async () => {
  await resetDatabase();
});

/** Makes the first `put` on the settings table fail as storage-full; counts the calls. */
function failFirstSettingsPut() {
  const proto = db.Table.prototype as unknown as { put: (...args: unknown[]) => unknown };
  const original = proto.put;
  let calls = 0;
  vi.spyOn(proto, 'put').mockImplementation(function (this: { name: string }, ...args) {
    if (this.name !== 'settings') return original.apply(this, args);
    calls += 1;
    if (calls === 1) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
    return original.apply(this, args);
  });
}

describe('settings', () => {
  it('keeps the printing choice and the first day of the week in the data (backups carry them)', async () => {
    const { user } = renderApp('/settings');
    await user.click(
      await screen.findByLabelText("Print other people's names instead of their roles"),
    );
    expect(await screen.findByText('Printing choice saved')).toBeVisible();
    await user.click(screen.getByLabelText('Sunday'));
    expect(await screen.findByText('First day of the week saved')).toBeVisible();
    expect(await getSetting('privacy', null)).toEqual({
      showClientName: false,
      showPeopleNames: true,
    });
    expect(await getSetting('weekStartsOn', null)).toBe(0);
  });

  it('saves how often to be reminded of backups', async () => {
    const { user } = renderApp('/settings');
    await user.selectOptions(
      await screen.findByLabelText('Remind me to save a backup every'),
      '14 days',
    );
    expect(await screen.findByText('Reminder interval saved')).toBeVisible();
    expect(await getSetting('backupReminderDays', 7)).toBe(14);
    expect(screen.getByText(/No backup has been saved from this browser yet/)).toBeVisible();
  });

  it('keeps a crisis contact typed when the save fails, and adds it once on retry', async () => {
    failFirstSettingsPut();
    const { user } = renderApp('/settings');
    await user.type(await screen.findByLabelText('Service or person'), 'Samaritans');
    await user.type(screen.getByLabelText('Phone'), '116 123');
    await user.click(screen.getByRole('button', { name: 'Add the contact' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(screen.getByLabelText('Service or person')).toHaveValue('Samaritans');
    await user.dblClick(screen.getByRole('button', { name: 'Add the contact' }));
    expect(await screen.findByText('Samaritans added')).toBeVisible();
    expect(await getCrisisContacts()).toEqual([{ name: 'Samaritans', phone: '116 123' }]);
  });
});
