import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { addClient } from '../../db/clients';
import { db } from '../../db/database';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

beforeEach(resetDatabase);

/** The table's body rows (the first row holds the column headers). */
async function bodyRows() {
  const table = await screen.findByRole('table', { name: 'Clients' });
  return within(table).getAllByRole('row').slice(1);
}

/** The client codes in the order the table shows them. */
function codesShown() {
  const table = screen.getByRole('table', { name: 'Clients' });
  return within(table)
    .getAllByRole('rowheader')
    .map((h) => within(h).getByRole('link').textContent);
}

/** Opens the closed "Delete … permanently" disclosure, as the therapist would. */
async function openDeletion(user: { click: (e: Element) => Promise<void> }) {
  await user.click(await screen.findByText(/^Delete this client permanently/));
}

describe('clients', () => {
  it('adds a client under the suggested code and opens their page', async () => {
    // Given the clients screen
    const { user } = renderApp('/clients');
    await user.click(await screen.findByRole('button', { name: 'Add a client' }));
    // When the therapist accepts the suggested code
    const code = (screen.getByLabelText('Client code') as HTMLInputElement).value;
    expect(code).toMatch(/^C-[A-Z2-9]{4}$/);
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    // Then the client's page opens under that code
    expect(
      await screen.findByRole('heading', { level: 1, name: `Client ${code}` }),
    ).toBeInTheDocument();
  });

  it('refuses a code already in use, at the field, and keeps what was typed', async () => {
    // Given a client coded AB-12
    await addClient({
      id: 'c1',
      code: 'AB-12',
      archived: false,
      createdAt: '2026-01-01T10:00:00Z',
    });
    const { user } = renderApp('/clients');
    await user.click(await screen.findByRole('button', { name: 'Add a client' }));
    // When another client is added with the same code in lower case
    const field = screen.getByLabelText('Client code');
    await user.clear(field);
    await user.type(field, 'ab-12');
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    // Then the field says why and keeps the text
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Another client already has the code ab-12.',
    );
    expect(field).toHaveValue('ab-12');
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('searches by code and hides archived clients until asked', async () => {
    // Given two active clients and an archived one
    await addClient({ id: 'a', code: 'KX-1', archived: false, createdAt: '2026-01-01T10:00:00Z' });
    await addClient({ id: 'b', code: 'MP-2', archived: false, createdAt: '2026-01-01T10:00:00Z' });
    await addClient({ id: 'c', code: 'KX-9', archived: true, createdAt: '2026-01-01T10:00:00Z' });
    const { user } = renderApp('/clients');
    await screen.findByRole('table', { name: 'Clients' });
    // When searching for "kx"
    await user.type(screen.getByRole('searchbox', { name: 'Search by code' }), 'kx');
    // Then only the active match shows, and the archived one appears on request
    expect(codesShown()).toEqual(['KX-1']);
    await user.click(screen.getByRole('radio', { name: 'Archived' }));
    await waitFor(() => expect(codesShown()).toEqual(['KX-9']));
    await user.click(screen.getByRole('radio', { name: 'All' }));
    await waitFor(() => expect(codesShown()).toEqual(['KX-1', 'KX-9']));
  });

  it('keeps the typed code and name when the browser refuses the write', async () => {
    // Given the add-client form, and storage that is full
    const { user } = renderApp('/clients');
    await user.click(await screen.findByRole('button', { name: 'Add a client' }));
    const code = screen.getByLabelText('Client code');
    await user.clear(code);
    await user.type(code, 'QF-31');
    await user.type(screen.getByLabelText('Full name (optional)'), 'Ama Owusu');
    vi.spyOn(db.clients, 'add').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    // When the therapist adds the client
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    // Then the failure is said in words where they acted, and what they typed is still there
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(code).toHaveValue('QF-31');
    expect(screen.getByLabelText('Full name (optional)')).toHaveValue('Ama Owusu');
    expect(await db.clients.count()).toBe(0);
    // And a second try, with space again, adds the client
    await user.click(screen.getByRole('button', { name: 'Add client' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Client QF-31' }),
    ).toBeInTheDocument();
  });

  it('adds one client when Add client is double-clicked', async () => {
    const { user } = renderApp('/clients');
    await user.click(await screen.findByRole('button', { name: 'Add a client' }));
    const writes = vi.spyOn(db.clients, 'add');
    await user.dblClick(screen.getByRole('button', { name: 'Add client' }));
    await screen.findByRole('heading', { level: 1, name: /^Client C-/ });
    // One write was attempted (a second would have been refused as a duplicate code)
    expect(writes).toHaveBeenCalledTimes(1);
    expect(await db.clients.count()).toBe(1);
  });

  it('confirms a deletion on the list it returns to', async () => {
    await addClient({ id: 'c1', code: 'DL-5', archived: false, createdAt: '2026-01-01T10:00:00Z' });
    const { user } = renderApp('/clients/c1');
    await openDeletion(user);
    await user.type(screen.getByLabelText('Type the client code (DL-5) to confirm'), 'DL-5');
    await user.click(screen.getByRole('button', { name: 'Delete client permanently' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Client DL-5 deleted');
  });

  it('lists clients with open risk flags first, with the count in their row', async () => {
    // Given three clients: the last added has two open flags, another one acknowledged flag
    await addClient({ id: 'a', code: 'AA-1', archived: false, createdAt: '2026-01-01T10:00:00Z' });
    await addClient({ id: 'b', code: 'BB-2', archived: false, createdAt: '2026-01-02T10:00:00Z' });
    await addClient({ id: 'z', code: 'ZZ-9', archived: false, createdAt: '2026-01-03T10:00:00Z' });
    const flag = { courseId: 'k', source: 'manual', raisedAt: '2026-03-02T09:00:00Z', detail: 'x' };
    await db.table('riskFlags').bulkPut([
      { ...flag, id: 'f1', clientId: 'z', status: 'open' },
      { ...flag, id: 'f2', clientId: 'z', status: 'open' },
      { ...flag, id: 'f3', clientId: 'b', status: 'acknowledged' },
    ]);
    renderApp('/clients');
    const rows = await bodyRows();
    // Then ZZ-9 comes first, saying it has two open flags; an acknowledged flag shows nothing
    expect(rows[0]).toHaveTextContent(/^2 open risk flags ZZ-9/);
    expect(codesShown()).toEqual(['ZZ-9', 'AA-1', 'BB-2']);
    expect(rows[2]).not.toHaveTextContent(/risk flag/);
  });

  it('sorts by a column header, says so with aria-sort, and keeps flagged clients first', async () => {
    // Given three clients, MM-5 with an open flag
    await addClient({ id: 'a', code: 'AA-1', archived: false, createdAt: '2026-01-01T10:00:00Z' });
    await addClient({ id: 'm', code: 'MM-5', archived: false, createdAt: '2026-01-01T10:00:00Z' });
    await addClient({ id: 'z', code: 'ZZ-9', archived: false, createdAt: '2026-01-01T10:00:00Z' });
    await db.table('riskFlags').put({
      id: 'f1',
      clientId: 'm',
      courseId: 'k',
      source: 'manual',
      raisedAt: '2026-03-02T09:00:00Z',
      detail: 'x',
      status: 'open',
    });
    const { user } = renderApp('/clients');
    await bodyRows();
    const header = screen.getByRole('columnheader', { name: /^Client/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(codesShown()).toEqual(['MM-5', 'AA-1', 'ZZ-9']);
    // When the Client header is pressed again, Then the order reverses below the flagged client
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(codesShown()).toEqual(['MM-5', 'ZZ-9', 'AA-1']);
    // And the flagged filter shows only MM-5
    await user.click(screen.getByRole('radio', { name: 'With an open flag' }));
    await waitFor(() => expect(codesShown()).toEqual(['MM-5']));
  });
});
