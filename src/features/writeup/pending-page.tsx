import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { formatDay } from '../../domain/dates';
import type { IsoDay } from '../../domain/types';
import { DEFAULT_RETENTION_YEARS } from '../../domain/writeup';
import { getSetting } from '../../db/settings';
import { listCourseEnds, listPendingWriteUps } from '../../db/writeups';
import { todayIso } from '../../state/edge';
import { Page } from '../../ui/page';

import { RetentionSection } from './retention-section';
import { StateBadge } from './state-badge';
import './writeup.css';

async function load(today: IsoDay) {
  const [pending, years] = await Promise.all([
    listPendingWriteUps(today),
    getSetting<number>('retentionYears', DEFAULT_RETENTION_YEARS),
  ]);
  return { pending, years };
}

/**
 * Unfinalised write-ups of past sessions across clients (earlier this week too, as the Clients
 * list counts them), and courses past retention.
 */
export function PendingWriteUpsPage() {
  const today = todayIso();
  const data = useLiveQuery(() => load(today), [today]);
  // Course ends read every session (to find each course's last one): a query of its own, started
  // once the pending work (which follows the index) is on screen, so it never holds that list up.
  const listed = data !== undefined;
  const ends = useLiveQuery(() => (listed ? listCourseEnds() : undefined), [listed]);
  if (!data) return <p>Loading…</p>;
  const { pending } = data;
  return (
    <Page
      title="Write-ups to finish"
      subtitle="Sessions before today whose record is not final."
    >
      {pending.length === 0 ? (
        <p>Every session before today is written up and final.</p>
      ) : (
        <table className="table">
          <caption>Unfinalised write-ups of past sessions</caption>
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Session</th>
              <th scope="col">Date</th>
              <th scope="col">Write-up</th>
            </tr>
          </thead>
          <tbody>
            {pending.map(({ session, state, course, client }) => (
              <tr key={session.id}>
                <th scope="row">{client.code}</th>
                <td>
                  <Link to={`/courses/${course.id}/sessions/${session.id}/write-up`}>
                    {session.number === null ? 'Cancelled slot' : `Session ${session.number}`}
                  </Link>
                </td>
                <td>{formatDay(session.date)}</td>
                <td>
                  <StateBadge state={state} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RetentionSection courses={ends} years={data.years} today={today} />
    </Page>
  );
}
