import { Link } from 'react-router';

import { phaseOf } from '../../domain/course-rules';
import { formatDay } from '../../domain/dates';
import { PHASE_LABEL, STATUS_LABEL } from '../../domain/labels';
import { weekAttention } from '../../domain/measures/week-attention';
import type { WeekOverviewEntry } from '../../db/week-overview';

import { sessionPhq9 } from './week-scores';

/** The course's PHQ-9 as of the session's day, in the one wording every screen uses. */
function latestScore(entry: WeekOverviewEntry): string {
  return sessionPhq9(entry)?.words ?? 'No PHQ-9 yet';
}

/** One appointment of the week: who, which session, the latest score and what it must do. */
export function WeekRow({ entry }: { entry: WeekOverviewEntry }) {
  const { session, course, client } = entry;
  const flagged = entry.openFlags.length > 0;
  const base = `/courses/${course.id}`;
  const attention = weekAttention({
    session,
    course,
    measures: entry.measures,
    flags: entry.openFlags,
    hasContract: entry.hasContract,
  });
  return (
    <li className={`week-row${flagged ? ' week-row--flagged' : ''}`}>
      <p className="week-row__head">
        {flagged ? <strong className="badge badge--flag">Open risk flag</strong> : null}{' '}
        <span className="week-list__when">
          {formatDay(session.date)} {session.time}
        </span>{' '}
        <Link to={`/clients/${client.id}`}>{client.code}</Link>
        {session.number === null ? (
          <span>: cancelled appointment</span>
        ) : (
          <>
            {': '}
            <Link to={`${base}/sessions/${session.id}`}>
              session {session.number} of {course.length}
            </Link>{' '}
            <span className="muted">
              {PHASE_LABEL[phaseOf(session.number, course.boundaries)]} phase ·{' '}
              {STATUS_LABEL[session.status]}
            </span>
          </>
        )}
      </p>
      <p className="week-row__score">{latestScore(entry)}</p>
      {attention.length > 0 ? (
        <ul className="week-row__todo" aria-label={`What session with ${client.code} must do`}>
          {attention.map((a) => (
            <li key={a.code}>{a.text}</li>
          ))}
        </ul>
      ) : null}
      {session.number !== null ? (
        <p className="week-row__links">
          {flagged ? <Link to={`${base}/risk`}>Assess risk for {client.code}</Link> : null}{' '}
          <Link to={`${base}/sessions/${session.id}/measures`}>
            Measures for {client.code}, session {session.number}
          </Link>{' '}
          · <Link to={`${base}/progress`}>Progress</Link>
        </p>
      ) : null}
    </li>
  );
}
