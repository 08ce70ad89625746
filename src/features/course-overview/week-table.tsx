import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { phaseOf } from '../../domain/course-rules';
import { addDays, formatDay, weekdayName } from '../../domain/dates';
import { CANCELLER_LABEL, PHASE_LABEL, STATUS_LABEL } from '../../domain/labels';
import type { Course, IsoDay, Session } from '../../domain/types';
import { byText } from '../../domain/order';

export type RowAction = 'cancel' | 'reschedule' | 'held' | 'revert';

interface Props {
  course: Course;
  sessions: Session[];
  /** First day of the current week (the row in it is marked "This week"). */
  weekStart: IsoDay;
  /** A change is being saved: the row actions wait. */
  busy?: boolean;
  /** Shown in the actions cell of one row (the result of acting on it there). */
  rowStatus?: { sessionId: string; node: ReactNode } | undefined;
  onAction: (session: Session, action: RowAction) => unknown;
}

type Row = { kind: 'session'; session: Session } | { kind: 'away'; date: IsoDay };

/** The sessions in date order, with the days the therapist marked away (no session) named. */
function rowsOf(course: Course, sessions: readonly Session[]): Row[] {
  const last = sessions[sessions.length - 1]?.date ?? course.startDate;
  const taken = new Set(sessions.map((s) => s.date));
  const away: Row[] = course.unavailableDates
    .filter((d) => d >= course.startDate && d <= last && !taken.has(d))
    .map((date) => ({ kind: 'away', date }));
  const dateOf = (r: Row) => (r.kind === 'away' ? r.date : r.session.date);
  return [...sessions.map((session): Row => ({ kind: 'session', session })), ...away].sort((a, b) =>
    byText(dateOf(a), dateOf(b)),
  );
}

/** Every appointment of the course: number, date, weekday, phase, status and what can be done. */
export function WeekTable({
  course,
  sessions,
  weekStart,
  busy = false,
  rowStatus,
  onAction,
}: Props) {
  const weekEnd = addDays(weekStart, 6);
  return (
    <table className="week-table">
      <caption>Weeks of the course</caption>
      <thead>
        <tr>
          <th scope="col">Session</th>
          <th scope="col">Date</th>
          <th scope="col">Weekday</th>
          <th scope="col">Phase</th>
          <th scope="col">Status</th>
          <th scope="col" className="no-print">
            Actions
          </th>
        </tr>
      </thead>
      <tbody>
        {rowsOf(course, sessions).map((r) =>
          r.kind === 'away' ? (
            <AwayRow key={`away-${r.date}`} date={r.date} />
          ) : (
            <SessionRow
              key={r.session.id}
              course={course}
              session={r.session}
              current={r.session.date >= weekStart && r.session.date <= weekEnd}
              busy={busy}
              status={rowStatus?.sessionId === r.session.id ? rowStatus.node : null}
              onAction={onAction}
            />
          ),
        )}
      </tbody>
    </table>
  );
}

function AwayRow({ date }: { date: IsoDay }) {
  return (
    <tr className="row--away">
      <th scope="row">
        <span className="muted">—</span>
      </th>
      <td>{formatDay(date)}</td>
      <td>{weekdayName(date)}</td>
      <td />
      <td>Unavailable: you marked this day away (no session)</td>
      <td className="no-print" />
    </tr>
  );
}

interface RowProps {
  course: Course;
  session: Session;
  current: boolean;
  busy: boolean;
  status: ReactNode;
  onAction: Props['onAction'];
}

function SessionRow({ course, session: s, current, busy, status, onAction }: RowProps) {
  const classes = [s.status === 'cancelled' ? 'row--cancelled' : '', current ? 'row--current' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <tr className={classes || undefined} {...(current ? { 'aria-current': 'date' as const } : {})}>
      <th scope="row">
        {s.number === null ? (
          <span className="muted">—</span>
        ) : (
          <Link to={`/courses/${course.id}/sessions/${s.id}`}>Session {s.number}</Link>
        )}
        {current ? <span className="badge badge--current"> This week</span> : null}
      </th>
      <td>
        {formatDay(s.date)} {s.time}
        {s.rescheduledFrom ? (
          <span className="muted"> (moved from {formatDay(s.rescheduledFrom)})</span>
        ) : null}
      </td>
      <td>{weekdayName(s.date)}</td>
      <td>{s.number === null ? '' : PHASE_LABEL[phaseOf(s.number, course.boundaries)]}</td>
      <td>
        {STATUS_LABEL[s.status]}
        {s.cancelledBy ? <span className="muted"> · {CANCELLER_LABEL[s.cancelledBy]}</span> : null}
      </td>
      <td className="no-print">
        <Actions session={s} busy={busy} onAction={onAction} />
        {status}
      </td>
    </tr>
  );
}

function Actions({
  session: s,
  busy,
  onAction,
}: {
  session: Session;
  busy: boolean;
  onAction: Props['onAction'];
}) {
  const button = (action: RowAction, text: string) => (
    <button
      type="button"
      className="link"
      aria-label={`${text} ${label(s)}`}
      disabled={busy}
      onClick={() => onAction(s, action)}
    >
      {text}
    </button>
  );
  if (s.status !== 'planned') {
    return <span className="row-actions">{button('revert', 'Put back to planned')}</span>;
  }
  return (
    <span className="row-actions">
      {button('held', 'Mark held')}
      {button('cancel', 'Cancel')}
      {button('reschedule', 'Reschedule')}
    </span>
  );
}

function label(s: Session): string {
  return s.number === null ? `appointment on ${formatDay(s.date)}` : `session ${s.number}`;
}
