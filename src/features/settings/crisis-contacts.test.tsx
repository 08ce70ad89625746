import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { getCrisisContacts } from '../../db/settings';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

beforeEach(async () => {
  await resetDatabase();
});

describe('crisis contacts in settings', () => {
  it('refuses a contact without a valid phone at the field, then adds and removes one', async () => {
    const { user } = renderApp('/settings');
    await user.type(await screen.findByLabelText('Service or person'), 'Crisis line');
    await user.type(screen.getByLabelText('Phone'), 'call us');
    await user.click(screen.getByRole('button', { name: 'Add the contact' }));
    expect(screen.getByLabelText('Phone')).toHaveAccessibleDescription(
      'A phone number uses digits (at least 3), spaces, +, - or brackets.',
    );
    await user.clear(screen.getByLabelText('Phone'));
    await user.type(screen.getByLabelText('Phone'), '116 123');
    await user.click(screen.getByRole('button', { name: 'Add the contact' }));
    const list = await screen.findByRole('list', { name: 'Crisis contacts' });
    expect(within(list).getByText(/Crisis line: 116 123/)).toBeInTheDocument();
    expect(await getCrisisContacts()).toEqual([{ name: 'Crisis line', phone: '116 123' }]);
    await user.click(within(list).getByRole('button', { name: 'Remove Crisis line' }));
    expect(await screen.findByText('No crisis contacts yet.')).toBeInTheDocument();
  });

  it('says plainly that item 9 is a screen, not a risk assessment', async () => {
    renderApp('/settings');
    expect(
      (await screen.findAllByText(/item 9 is a screen, not a risk assessment/i)).length,
    ).toBeGreaterThan(0);
  });
});
