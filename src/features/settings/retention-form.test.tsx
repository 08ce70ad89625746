import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { getSetting, setSetting } from '../../db/settings';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

beforeEach(async () => {
  await resetDatabase();
});

describe('settings: the retention period', () => {
  it('starts at the stored period, refuses 0 at the field, then saves 10 years', async () => {
    await setSetting('retentionYears', 8);
    const { user } = renderApp('/settings');
    const years = await screen.findByLabelText('Retention period (years)', {}, { timeout: 5000 });
    expect(years).toHaveValue(8);
    await user.clear(years);
    await user.type(years, '0');
    await user.click(screen.getByRole('button', { name: 'Save retention period' }));
    expect(years).toHaveAccessibleDescription(
      expect.stringContaining('Enter a whole number of years from 1 to 100.'),
    );
    expect(years).toHaveValue(0);
    expect(await getSetting('retentionYears', 7)).toBe(8);
    await user.clear(years);
    await user.type(years, '10');
    await user.click(screen.getByRole('button', { name: 'Save retention period' }));
    expect(await screen.findByText('Retention set to 10 years.')).toBeVisible();
    expect(await getSetting('retentionYears', 7)).toBe(10);
  });
});
