import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { phaseOf } from '../../domain/course-plan';
import { addDays, formatDay, startOfWeek } from '../../domain/dates';
import { PHASE_LABEL, STATUS_LABEL } from '../../domain/labels';
import { listWeek } from '../../db/week';
import { todayIso } from '../../state/edge';
import { useUiStore } from '../../state/ui-store';
import { Page } from '../../ui/page';

/** Monday morning: every session of this week in time order. */
export function ThisWeekPage() {
  const weekStartsOn = useUiStore((s) => s.weekStartsOn);
  const from = startOfWeek(todayIso(), weekStartsOn);
  const to = addDays(from, 6);
  const entries = useLiveQuery(() => listWeek(from, to), [from, to]);
  return (
    <Page title="This week" subtitle={`${formatDay(from)} to ${formatDay(to)}`}>
      {entries === undefined ? (
        <p>Loading…</p>
      ) : entries.length === 0 ? (
        <p>
          No sessions this week. <Link to="/clients">Go to clients</Link> to plan a course.
        </p>
      ) : (
        <ul className="week-list" aria-label="Sessions this week">
          {entries.map(({ session, course, client }) => (
            <li key={session.id}>
              <span className="week-list__when">
                {formatDay(session.date)} {session.time}
              </span>{' '}
              {session.number === null ? (
                <span>{client.code}: cancelled appointment</span>
              ) : (
                <Link to={`/courses/${course.id}/sessions/${session.id}`}>
                  {client.code}: session {session.number} of {course.length}
                </Link>
              )}{' '}
              {session.number !== null ? (
                <span className="muted">
                  {PHASE_LABEL[phaseOf(session.number, course.boundaries)]} phase ·{' '}
                </span>
              ) : null}
              <span className="muted">{STATUS_LABEL[session.status]}</span>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
