import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { formatDay, startOfWeek } from '../../domain/dates';
import { DEFAULT_RETENTION_YEARS, pendingWriteUps } from '../../domain/writeup';
import { getSetting } from '../../db/settings';
import { listCourseRecords } from '../../db/writeups';
import { todayIso } from '../../state/edge';
import { usePreferences } from '../../state/preferences';
import { Page } from '../../ui/page';

import { RetentionSection } from './retention-section';
import { StateBadge } from './state-badge';
import './writeup.css';

async function load() {
  const [records, years] = await Promise.all([
    listCourseRecords(),
    getSetting<number>('retentionYears', DEFAULT_RETENTION_YEARS),
  ]);
  return { records, years };
}

/** Unfinalised write-ups from earlier weeks across clients, and courses past retention. */
export function PendingWriteUpsPage() {
  const data = useLiveQuery(load, []);
  const weekStartsOn = usePreferences().weekStartsOn;
  if (!data) return <p>Loading…</p>;
  const today = todayIso();
  const weekStart = startOfWeek(today, weekStartsOn);
  const pending = data.records
    .filter((r) => !r.client.archived)
    .flatMap((r) =>
      pendingWriteUps(r.sessions, r.writeups, weekStart).map((p) => ({ ...p, record: r })),
    )
    .sort((a, b) => a.session.date.localeCompare(b.session.date));
  return (
    <Page
      title="Write-ups to finish"
      subtitle="Sessions before this week whose record is not final."
    >
      {pending.length === 0 ? (
        <p>Every session before this week is written up and final.</p>
      ) : (
        <table className="table">
          <caption>Unfinalised write-ups from earlier weeks</caption>
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Session</th>
              <th scope="col">Date</th>
              <th scope="col">Write-up</th>
            </tr>
          </thead>
          <tbody>
            {pending.map(({ session, state, record }) => (
              <tr key={session.id}>
                <th scope="row">{record.client.code}</th>
                <td>
                  <Link to={`/courses/${record.course.id}/sessions/${session.id}/write-up`}>
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
      <RetentionSection records={data.records} years={data.years} today={today} />
    </Page>
  );
}
