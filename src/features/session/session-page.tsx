import { Link, useParams } from 'react-router';

import { phaseOf } from '../../domain/course-plan';
import { formatDay } from '../../domain/dates';
import { PHASE_LABEL, STATUS_LABEL } from '../../domain/labels';
import { countdown, numberedSessions } from '../../domain/schedule';
import { Page } from '../../ui/page';
import { useCourse } from '../../state/use-course';

/** One week of a course: where it stands in the course, with links to the weeks around it. */
export function SessionPage() {
  const { courseId = '', sessionId = '' } = useParams();
  const data = useCourse(courseId);
  if (data.state === 'loading') return <p>Loading…</p>;
  const session =
    data.state === 'ready' ? data.sessions.find((s) => s.id === sessionId) : undefined;
  if (data.state === 'missing' || !session || session.number === null) {
    return (
      <Page title="Session not found">
        <p>
          This session does not exist. <Link to="/clients">Back to clients</Link>
        </p>
      </Page>
    );
  }
  const { course, client, sessions } = data;
  const c = countdown(session.number, course.length);
  const numbered = numberedSessions(sessions);
  const index = numbered.findIndex((s) => s.id === session.id);
  const prev = numbered[index - 1];
  const next = numbered[index + 1];
  return (
    <Page
      title={`Session ${c.number} of ${c.of}, ${c.left} left`}
      subtitle={
        <>
          <Link to={`/courses/${course.id}`}>Course for {client.code}</Link> ·{' '}
          {formatDay(session.date)} {session.time} ·{' '}
          {PHASE_LABEL[phaseOf(session.number, course.boundaries)]} phase ·{' '}
          {STATUS_LABEL[session.status]}
        </>
      }
    >
      <nav aria-label="Weeks" className="week-nav no-print">
        {prev ? (
          <Link to={`/courses/${course.id}/sessions/${prev.id}`}>
            Previous: session {prev.number}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={`/courses/${course.id}/sessions/${next.id}`}>Next: session {next.number}</Link>
        ) : (
          <span />
        )}
      </nav>
    </Page>
  );
}
