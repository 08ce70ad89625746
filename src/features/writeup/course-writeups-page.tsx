import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useParams } from 'react-router';

import { CourseFrame } from '../../app-model/course-frame';
import { formatDay } from '../../domain/dates';
import { STATUS_LABEL } from '../../domain/labels';
import type { Session } from '../../domain/types';
import { writeUpStates } from '../../domain/writeup';
import type { SessionWriteUp } from '../../domain/writeup';
import { listWriteUps } from '../../db/writeups';

import { StateBadge } from './state-badge';
import './writeup.css';

/** Every past appointment of a course with the state of its write-up. */
export function CourseWriteUpsPage() {
  const { courseId = '' } = useParams();
  const writeups = useLiveQuery(() => listWriteUps(courseId), [courseId]);
  return (
    <CourseFrame
      courseId={courseId}
      title={(view) => `Write-ups for ${view.client.code}`}
      subtitle={(view) => {
        const missing = writeups ? missingCount(view.sessions, writeups, view.today) : 0;
        return (
          <>
            <Link to={`/courses/${view.course.id}`}>Course for {view.client.code}</Link>
            {writeups
              ? missing === 0
                ? ' · Every past session is written up.'
                : ` · ${missing} not yet written up.`
              : null}
          </>
        );
      }}
    >
      {(view) =>
        writeups ? (
          <WriteUpTable
            courseId={view.course.id}
            rows={writeUpStates(view.sessions, writeups, view.today)}
          />
        ) : (
          <p role="status">Loading the write-ups…</p>
        )
      }
    </CourseFrame>
  );
}

function missingCount(sessions: Session[], writeups: SessionWriteUp[], today: string): number {
  return writeUpStates(sessions, writeups, today).filter(
    (r) => r.state === 'none' && r.session.status !== 'cancelled',
  ).length;
}

function WriteUpTable({
  courseId,
  rows,
}: {
  courseId: string;
  rows: ReturnType<typeof writeUpStates>;
}) {
  if (rows.length === 0) return <p>No session has taken place yet.</p>;
  return (
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
                <Link to={`/courses/${courseId}/sessions/${session.id}/write-up`}>{name}</Link>
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
  );
}
