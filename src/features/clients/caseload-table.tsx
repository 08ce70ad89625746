import { Link } from 'react-router';

import { formatDay } from '../../domain/dates';
import { AREA_LABEL } from '../../domain/labels';

import type { CaseloadRow, SortKey, SortOrder } from './caseload';

const COLUMNS: [SortKey, string][] = [
  ['code', 'Client'],
  ['area', 'Problem area'],
  ['session', 'Session'],
  ['next', 'Next session'],
  ['phq9', 'Last PHQ-9'],
  ['writeups', 'Write-ups pending'],
];

/** "−3 since last" with a true minus sign; "+2 since last"; "no change since last". */
export function sinceLastWords(change: number | undefined): string {
  if (change === undefined) return 'first score';
  if (change === 0) return 'no change since last';
  return `${change > 0 ? '+' : '\u2212'}${Math.abs(change)} since last`;
}

function FlagBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <strong className="badge badge--flag">
      {count === 1 ? 'Open risk flag' : `${count} open risk flags`}
    </strong>
  );
}

function Row({ row }: { row: CaseloadRow }) {
  const { client, course, next, phq9 } = row;
  return (
    <tr className={row.openFlags > 0 ? 'row--flagged' : undefined}>
      <th scope="row">
        <FlagBadge count={row.openFlags} /> <Link to={`/clients/${client.id}`}>{client.code}</Link>
        {client.fullName ? <span className="muted"> · {client.fullName}</span> : null}
        {row.status === 'archived' ? <span className="badge">Archived</span> : null}
        {row.status === 'finished' ? <span className="badge">Finished</span> : null}
      </th>
      <td>{course ? AREA_LABEL[course.primaryArea] : '—'}</td>
      <td>{course ? <Link to={`/courses/${course.id}`}>{row.where}</Link> : row.where}</td>
      <td>{next ? `${formatDay(next.date)}, ${next.time}` : '—'}</td>
      <td>
        {phq9 ? (
          <>
            {phq9.total} <span className="muted">({phq9.band.toLowerCase()})</span>,{' '}
            {sinceLastWords(phq9.sinceLast)}
          </>
        ) : (
          '—'
        )}
      </td>
      <td>{row.pendingWriteUps === 0 ? 'None' : row.pendingWriteUps}</td>
    </tr>
  );
}

interface Props {
  rows: CaseloadRow[];
  order: SortOrder;
  onSort: (key: SortKey) => void;
  /** True while the rows of a newly chosen filter load (the table keeps the last ones shown). */
  busy?: boolean;
}

/** The caseload: one row per client; each column header sorts (open flags always stay first). */
export function CaseloadTable({ rows, order, onSort, busy = false }: Props) {
  return (
    <div className="table-scroll">
      <table className="caseload" aria-busy={busy}>
        <caption>Clients</caption>
        <thead>
          <tr>
            {COLUMNS.map(([key, label]) => (
              <th
                key={key}
                scope="col"
                {...(order.key === key ? { 'aria-sort': order.direction } : {})}
              >
                <button type="button" onClick={() => onSort(key)}>
                  {label}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Row key={r.client.id} row={r} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
