import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import type { RiskFlag } from '../../domain/measures';
import type { Client } from '../../domain/types';
import { listClients } from '../../db/clients';
import { openFlagsOf } from '../../db/risk';
import { Page } from '../../ui/page';

import { AddClientForm } from './add-client-form';

/** A confirmation handed over by the screen that navigated here (e.g. after a deletion). */
function noticeOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const notice = (state as { notice?: unknown }).notice;
  return typeof notice === 'string' ? notice : undefined;
}

/** Every client with their open flags (one read of the flags for all of them). */
async function clientsWithFlags(): Promise<{ clients: Client[]; open: Map<string, number> }> {
  const clients = await listClients();
  const flags: RiskFlag[] = await openFlagsOf(clients.map((c) => c.id));
  const open = new Map<string, number>();
  for (const f of flags) open.set(f.clientId, (open.get(f.clientId) ?? 0) + 1);
  return { clients, open };
}

/** Clients with an open flag first; otherwise the list's own order. */
function flaggedFirst(clients: readonly Client[], open: ReadonlyMap<string, number>): Client[] {
  return [
    ...clients.filter((c) => open.has(c.id)),
    ...clients.filter((c) => !open.has(c.id)),
  ];
}

function FlagBadge({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <strong className="badge badge--flag">
      {count === 1 ? 'Open risk flag' : `${count} open risk flags`}
    </strong>
  );
}

/** Every client, open risk flags first, searchable by code; archived ones on request. */
export function ClientsPage() {
  const data = useLiveQuery(clientsWithFlags, []);
  const clients = data?.clients;
  const open = data?.open ?? new Map<string, number>();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const notice = noticeOf(useLocation().state);

  const wanted = query.trim().toLowerCase();
  const shown = flaggedFirst(clients ?? [], open).filter(
    (c) =>
      (showArchived || !c.archived) && (wanted === '' || c.code.toLowerCase().includes(wanted)),
  );

  return (
    <Page
      title="Clients"
      actions={
        <button type="button" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          {adding ? 'Close the form' : 'Add a client'}
        </button>
      }
    >
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}
      {adding ? <AddClientForm onAdded={(id) => navigate(`/clients/${id}`)} /> : null}
      <div className="toolbar">
        <label>
          Search by code{' '}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.target.checked)}
          />{' '}
          Show archived clients
        </label>
      </div>
      {clients === undefined ? (
        <p>Loading clients…</p>
      ) : shown.length === 0 ? (
        <p>
          {clients.length === 0
            ? 'No clients yet. Add the first one.'
            : 'No client matches that code.'}
        </p>
      ) : (
        <ul className="client-list" aria-label="Clients">
          {shown.map((c) => (
            <li key={c.id}>
              <FlagBadge count={open.get(c.id)} /> <Link to={`/clients/${c.id}`}>{c.code}</Link>
              {c.fullName ? <span className="muted"> · {c.fullName}</span> : null}
              {c.archived ? <span className="badge">Archived</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
