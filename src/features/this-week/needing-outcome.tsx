/**
 * Past sessions still "Planned", across every client's current course (issue 12 item 4): each
 * needs its outcome recorded (held, cancelled or missed) on its course page.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { formatDay } from '../../domain/dates';
import type { IsoDay } from '../../domain/types';
import { readSessionsNeedingOutcome } from '../../db/sessions-due';
import type { SessionDue } from '../../db/sessions-due';
import { Notice } from '../../ui/notice';

/**
 * The past sessions still planned, or undefined while they are read. The page draws the notice in
 * the same commit as the week's list, so its arrival never pushes drawn rows down (issue 15).
 */
export function useSessionsNeedingOutcome(today: IsoDay): SessionDue[] | undefined {
  return useLiveQuery(() => readSessionsNeedingOutcome(today), [today]);
}

/** The list, or nothing when every past session has its outcome. */
export function NeedingOutcome({ due }: { due: readonly SessionDue[] }) {
  if (due.length === 0) return null;
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
