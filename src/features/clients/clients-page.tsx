import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { readCaseload } from '../../db/clients';
import { todayIso } from '../../state/edge';
import { Page } from '../../ui/page';

import { AddClientForm } from './add-client-form';
import { caseloadRows, clientsInFilter, filterCaseload, sortCaseload } from './caseload';
import type { CaseloadFilter, SortKey, SortOrder } from './caseload';
import { CaseloadTable } from './caseload-table';

/** A confirmation handed over by the screen that navigated here (e.g. after a deletion). */
function noticeOf(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const notice = (state as { notice?: unknown }).notice;
  return typeof notice === 'string' ? notice : undefined;
}

const FILTERS: [CaseloadFilter, string][] = [
  ['current', 'Current'],
  ['finished', 'Finished'],
  ['archived', 'Archived'],
  ['flagged', 'With an open flag'],
  ['all', 'All'],
];

function Filters({
  value,
  onChange,
}: {
  value: CaseloadFilter;
  onChange: (f: CaseloadFilter) => void;
}) {
  return (
    <fieldset className="filters">
      <legend>Show</legend>
      {FILTERS.map(([key, label]) => (
        <label key={key}>
          <input
            type="radio"
            name="caseload-filter"
            checked={value === key}
            onChange={() => onChange(key)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

const emptyText = (total: number) =>
  total === 0 ? 'No clients yet. Add the first one.' : 'No client matches.';

/** The caseload: every client at a glance, open risk flags first, sortable and filterable. */
export function ClientsPage() {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<CaseloadFilter>('current');
  // Only the rows the filter shows are read in full. While another filter's rows load, the table
  // keeps what it showed (marked busy) rather than blanking and jumping.
  const result = useLiveQuery(async () => {
    const records = await readCaseload((base) => clientsInFilter(base, filter));
    return { filter, total: records.total, rows: caseloadRows(records, todayIso()) };
  }, [filter]);
  const rows = result?.rows;
  const busy = result !== undefined && result.filter !== filter;
  const [order, setOrder] = useState<SortOrder>({ key: 'code', direction: 'ascending' });
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  const notice = noticeOf(useLocation().state);

  const wanted = query.trim().toLowerCase();
  const shown = sortCaseload(
    filterCaseload(rows ?? [], result?.filter ?? filter).filter(
      (r) => wanted === '' || r.client.code.toLowerCase().includes(wanted),
    ),
    order,
  );
  const onSort = (key: SortKey) =>
    setOrder((o) => ({
      key,
      direction: o.key === key && o.direction === 'ascending' ? 'descending' : 'ascending',
    }));

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
        <Filters value={filter} onChange={setFilter} />
      </div>
      {rows === undefined ? (
        <p>Loading clients…</p>
      ) : shown.length === 0 ? (
        <p>{emptyText(result?.total ?? 0)}</p>
      ) : (
        <>
          <p className="hint">Clients with an open risk flag are always listed first.</p>
          <CaseloadTable rows={shown} order={order} onSort={onSort} busy={busy} />
        </>
      )}
    </Page>
  );
}
