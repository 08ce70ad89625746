import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';

import { formatDay } from '../../domain/dates';
import { STATUS_LABEL } from '../../domain/labels';
import { writeUpStates } from '../../domain/writeup';
import { listWriteUps } from '../../db/writeups';
import { todayIso } from '../../state/edge';
import { useCourse } from '../../state/use-course';
import { Page } from '../../ui/page';

import { StateBadge } from './state-badge';
import './writeup.css';

/** Every past appointment of a course with the state of its write-up. */
export function CourseWriteUpsPage() {
  const { courseId = '' } = useParams();
  const data = useCourse(courseId);
  const writeups = useLiveQuery(() => listWriteUps(courseId), [courseId]);
  if (data.state === 'loading' || !writeups) return <p>Loading…</p>;
  if (data.state === 'missing') {
    return (
      <Page title="Course not found">
        <p>
          This course does not exist. <Link to="/clients">Back to clients</Link>
        </p>
      </Page>
    );
  }
  const { course, client, sessions } = data;
  const rows = writeUpStates(sessions, writeups, todayIso());
  const missing = rows.filter((r) => r.state === 'none' && r.session.status !== 'cancelled').length;
  return (
    <Page
      title={`Write-ups for ${client.code}`}
      subtitle={
        <>
          <Link to={`/courses/${course.id}`}>Course for {client.code}</Link> ·{' '}
          {missing === 0 ? 'Every past session is written up.' : `${missing} not yet written up.`}
        </>
      }
    >
      {rows.length === 0 ? (
        <p>No session has taken place yet.</p>
      ) : (
        <table className="table">
          <caption>Past sessions and their write-ups</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Date</th>
              <th scope="col">Schedule</th>
              <th scope="col">Write-up</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ session, state }) => {
              const name = session.number === null ? 'Cancelled slot' : `Session ${session.number}`;
              return (
                <tr key={session.id}>
                  <th scope="row">
                    <Link to={`/courses/${course.id}/sessions/${session.id}/write-up`}>{name}</Link>
                  </th>
                  <td>{formatDay(session.date)}</td>
                  <td>{STATUS_LABEL[session.status]}</td>
                  <td>
                    <StateBadge state={state} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Page>
  );
}
