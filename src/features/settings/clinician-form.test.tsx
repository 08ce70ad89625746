import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { db } from '../../db/database';
import { getSetting } from '../../db/settings';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

beforeEach(async () => {
  await resetDatabase();
});

/** Counts `put` calls on the settings table; the first rejects when `fail` is set. */
function watchSettingsPut(fail: boolean) {
  const proto = db.Table.prototype as unknown as { put: (...args: unknown[]) => unknown };
  const original = proto.put;
  let calls = 0;
  vi.spyOn(proto, 'put').mockImplementation(function (this: { name: string }, ...args) {
    if (this.name !== 'settings') return original.apply(this, args);
    calls += 1;
    if (fail && calls === 1) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
    return original.apply(this, args);
  });
  return () => calls;
}

describe('clinician details in settings', () => {
  it('saves the name and credentials, confirmed in words', async () => {
    const { user } = renderApp('/settings');
    await user.type(await screen.findByLabelText('Your name'), 'Dr Alex Example');
    await user.type(screen.getByLabelText('Credentials'), 'DClinPsy');
    await user.click(screen.getByRole('button', { name: 'Save clinician details' }));
    expect(await screen.findByText('Clinician details saved')).toBeVisible();
    expect(await getSetting('clinicianName', '')).toBe('Dr Alex Example');
    expect(await getSetting('clinicianCredentials', '')).toBe('DClinPsy');
  });

  it('refuses credentials without a name at the field', async () => {
    const { user } = renderApp('/settings');
    await user.type(await screen.findByLabelText('Credentials'), 'DClinPsy');
    await user.click(screen.getByRole('button', { name: 'Save clinician details' }));
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(
      'Add your name: the credentials are printed after it.',
    );
    expect(await getSetting('clinicianCredentials', '')).toBe('');
  });

  it('keeps the typing and says why when the write fails; a double click saves once', async () => {
    const calls = watchSettingsPut(true);
    const { user } = renderApp('/settings');
    await user.type(await screen.findByLabelText('Your name'), 'Dr Alex Example');
    await user.click(screen.getByRole('button', { name: 'Save clinician details' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage space/);
    expect(screen.getByLabelText('Your name')).toHaveValue('Dr Alex Example');
    const before = calls();
    await user.dblClick(screen.getByRole('button', { name: 'Save clinician details' }));
    expect(await screen.findByText('Clinician details saved')).toBeVisible();
    // One save writes the two settings rows: twice, not four times
    expect(calls() - before).toBe(2);
    expect(await getSetting('clinicianName', '')).toBe('Dr Alex Example');
  });
});
