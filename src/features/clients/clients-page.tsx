import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';

import { listClients } from '../../db/clients';
import { Page } from '../../ui/page';

import { AddClientForm } from './add-client-form';

/** A confirmation handed over by the screen that navigated here (e.g. after a deletion). */
function noticeOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const notice = (state as { notice?: unknown }).notice;
  return typeof notice === 'string' ? notice : undefined;
}

/** Every client, searchable by code; archived ones on request. */
export function ClientsPage() {
  const clients = useLiveQuery(listClients, []);
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const notice = noticeOf(useLocation().state);

  const wanted = query.trim().toLowerCase();
  const shown = (clients ?? []).filter(
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
              <Link to={`/clients/${c.id}`}>{c.code}</Link>
              {c.fullName ? <span className="muted"> · {c.fullName}</span> : null}
              {c.archived ? <span className="badge">Archived</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
