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
    // Given the reference (section 7): any answer above 0 on item 9 needs the clinician's risk
    // assessment in the same session
    renderApp('/settings');
    // Then the crisis contacts section says so, in those words
    const crisis = await screen.findByRole('region', { name: 'Crisis contacts' });
    expect(
      within(crisis).getByText(
        'PHQ-9 item 9 is a screen, not a risk assessment: any answer above 0 needs a clinician’s risk assessment in the same session.',
      ),
    ).toBeInTheDocument();
    // And the record-keeping section says the app suggests and the therapist decides
    const records = screen.getByRole('region', { name: 'Record keeping' });
    expect(records).toHaveTextContent(
      'Item 9 of the PHQ-9 is a screen, not a risk assessment; the app suggests, you decide.',
    );
  });
});
