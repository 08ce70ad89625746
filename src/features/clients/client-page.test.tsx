import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { addClient, getClient } from '../../db/clients';
import { db } from '../../db/database';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

/** Opens the closed "Delete … permanently" disclosure, as the therapist would. */
async function openDeletion(user: { click: (e: Element) => Promise<void> }) {
  await user.click(await screen.findByText(/^Delete this client permanently/));
}

beforeEach(async () => {
  await resetDatabase();
  await addClient({ id: 'c1', code: 'ZK-7', archived: false, createdAt: '2026-01-01T10:00:00Z' });
});

describe('client page', () => {
  it('archives and restores a client', async () => {
    // Given the client's page
    const { user } = renderApp('/clients/c1');
    // When the therapist archives, then restores
    await user.click(await screen.findByRole('button', { name: 'Archive client' }));
    expect(await screen.findByRole('button', { name: 'Restore client' })).toBeInTheDocument();
    expect((await db.clients.get('c1'))?.archived).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Restore client' }));
    // Then the client is active again
    expect(await screen.findByRole('button', { name: 'Archive client' })).toBeInTheDocument();
    expect((await db.clients.get('c1'))?.archived).toBe(false);
  });

  it('deletes nothing until the code is typed exactly', async () => {
    // Given the client's page
    const { user, router } = renderApp('/clients/c1');
    await openDeletion(user);
    const confirm = screen.getByLabelText('Type the client code (ZK-7) to confirm');
    // When the wrong code is typed
    await user.type(confirm, 'ZK-8');
    await user.click(screen.getByRole('button', { name: 'Delete client permanently' }));
    // Then the field explains and the client is still there
    expect(
      await screen.findByText('Type ZK-7 exactly to confirm. Nothing has been deleted.'),
    ).toBeInTheDocument();
    expect(await db.clients.get('c1')).toBeDefined();
    // When the right code is typed
    await user.clear(confirm);
    await user.type(confirm, 'ZK-7');
    await user.click(screen.getByRole('button', { name: 'Delete client permanently' }));
    // Then the client is gone and the list shows
    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toBeInTheDocument();
    expect(await db.clients.get('c1')).toBeUndefined();
    expect(router.state.location.pathname).toBe('/clients');
  });

  it('shows a not-found message for an unknown client', async () => {
    renderApp('/clients/nobody');
    expect(await screen.findByRole('heading', { name: 'Client not found' })).toBeInTheDocument();
  });

  it('keeps edited details on screen when the save fails, and saves them on the next try', async () => {
    // Given the client's details, and a write the browser aborts
    const { user } = renderApp('/clients/c1');
    const name = await screen.findByLabelText('Full name (optional)');
    await user.type(name, 'Zoe Kim');
    vi.spyOn(db.clients, 'update').mockRejectedValueOnce(new DOMException('stopped', 'AbortError'));
    // When saved
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    // Then the failure is in words beside the button and the name is still typed
    expect(await screen.findByRole('alert')).toHaveTextContent(/stopped the save part-way/);
    expect(name).toHaveValue('Zoe Kim');
    expect((await getClient('c1'))?.fullName).toBeUndefined();
    // When saved again
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    // Then it is confirmed and stored
    expect(await screen.findByText('Details saved')).toBeInTheDocument();
    expect((await getClient('c1'))?.fullName).toBe('Zoe Kim');
  });

  it('asks before leaving with unsaved details, and stays with the text kept', async () => {
    const { user, router } = renderApp('/clients/c1');
    const name = await screen.findByLabelText('Full name (optional)');
    await user.type(name, 'Zoe');
    // When the therapist follows a link without saving
    await user.click(screen.getByRole('link', { name: 'Plan a new course' }));
    // Then the page asks, and staying keeps the text
    const prompt = await screen.findByRole('alertdialog', { name: 'Unsaved changes' });
    await user.click(within(prompt).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/clients/c1');
    expect(name).toHaveValue('Zoe');
  });

  it('says so when archiving fails, and the client stays active', async () => {
    const { user } = renderApp('/clients/c1');
    vi.spyOn(db.clients, 'update').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    await user.click(await screen.findByRole('button', { name: 'Archive client' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(screen.getByRole('button', { name: 'Archive client' })).toBeEnabled();
    expect((await getClient('c1'))?.archived).toBe(false);
  });

  it('keeps the client and the typed code when the deletion fails', async () => {
    const { user, router } = renderApp('/clients/c1');
    await openDeletion(user);
    const confirm = screen.getByLabelText('Type the client code (ZK-7) to confirm');
    await user.type(confirm, 'ZK-7');
    vi.spyOn(db.clients, 'delete').mockRejectedValueOnce(new DOMException('stopped', 'AbortError'));
    await user.click(screen.getByRole('button', { name: 'Delete client permanently' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/stopped the save part-way/);
    expect(confirm).toHaveValue('ZK-7');
    expect(router.state.location.pathname).toBe('/clients/c1');
    expect(await getClient('c1')).toBeDefined();
  });

  it('shows the client’s open risk flag first', async () => {
    await db.table('riskFlags').put({
      id: 'f1',
      clientId: 'c1',
      courseId: 'k1',
      source: 'item9',
      raisedAt: '2026-03-02T09:00:00Z',
      detail: 'Item 9 answered 2',
      status: 'open',
    });
    renderApp('/clients/c1');
    const banner = await screen.findByRole('heading', { name: 'Open risk flag' });
    const courses = screen.getByRole('heading', { name: 'Courses' });
    expect(banner.compareDocumentPosition(courses) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/Item 9 answered 2/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Assess and acknowledge' })).toHaveAttribute(
      'href',
      '/courses/k1/risk',
    );
  });

  it('shows the risk history with each assessment in one line', async () => {
    await db.table('riskFlags').put({
      id: 'f1',
      clientId: 'c1',
      courseId: 'k1',
      source: 'manual',
      raisedAt: '2026-03-02T09:00:00Z',
      detail: 'Said she wished she were gone',
      status: 'acknowledged',
      acknowledgement: {
        assessed: true,
        safetyPlan: 'not-needed',
        action:
          'No safety plan needed; crisis contacts given; no one else informed; follow-up: next week',
        note: 'No plan, protective family',
        at: '2026-03-02T10:00:00Z',
        assessment: {
          thoughts: 'passive',
          plan: 'no',
          intent: 'no',
          meansAccess: 'no',
          history: 'none',
          historyDetail: '',
          protectiveFactors: 'Family',
          level: 'low',
          levelReasoning: 'No plan, protective family',
          safetyPlan: 'not-needed',
          crisisContactsGiven: true,
          othersInformed: '',
          followUp: 'next week',
        },
      },
    });
    renderApp('/clients/c1');
    const history = await screen.findByRole('list', { name: 'Acknowledged flags' });
    expect(history).toHaveTextContent(
      'Risk assessment Mon 2 Mar 2026: low (passive thoughts, no plan, no intent)',
    );
    expect(history).toHaveTextContent('Judgement rests on: No plan, protective family');
  });
});
