/**
 * Past sessions still "Planned", across every client's current course (issue 12 item 4): each
 * needs its outcome recorded (held, cancelled or missed) on its course page.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { formatDay } from '../../domain/dates';
import { sessionsNeedingOutcome } from '../../domain/schedule-revert';
import type { Client, IsoDay, Session } from '../../domain/types';
import { listClients } from '../../db/clients';
import { currentCourse, listCourses, listSessions } from '../../db/courses';
import { Notice } from '../../ui/notice';

interface Due {
  client: Client;
  session: Session;
}

async function dueOn(today: IsoDay): Promise<Due[]> {
  const clients = (await listClients()).filter((c) => !c.archived);
  const perClient = await Promise.all(
    clients.map(async (client) => {
      const course = currentCourse(await listCourses(client.id));
      if (!course) return [];
      const sessions = await listSessions(course.id);
      return sessionsNeedingOutcome(sessions, today).map((session) => ({ client, session }));
    }),
  );
  return perClient.flat().sort((a, b) => a.session.date.localeCompare(b.session.date));
}

/** The list, or nothing when every past session has its outcome. */
export function NeedingOutcome({ today }: { today: IsoDay }) {
  const due = useLiveQuery(() => dueOn(today), [today]);
  if (!due || due.length === 0) return null;
  return (
    <Notice tone="warning" title="Sessions needing an outcome">
      <p>Past their day and still planned: record whether each was held, cancelled or missed.</p>
      <ul aria-label="Sessions needing an outcome">
        {due.map(({ client, session }) => (
          <li key={session.id}>
            <Link to={`/courses/${session.courseId}`}>
              {client.code}, session {session.number}, {formatDay(session.date)}
            </Link>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
