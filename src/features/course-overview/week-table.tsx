import { Link } from 'react-router';

import { phaseOf } from '../../domain/course-plan';
import { formatDay, weekdayName } from '../../domain/dates';
import { CANCELLER_LABEL, PHASE_LABEL, STATUS_LABEL } from '../../domain/labels';
import type { Course, Session } from '../../domain/types';

interface Props {
  course: Course;
  sessions: Session[];
  /** A change is being saved: the row actions wait. */
  busy?: boolean;
  onAction: (session: Session, action: 'cancel' | 'reschedule' | 'held') => unknown;
}

/** Every appointment of the course: number, date, weekday, phase, status and what can be done. */
export function WeekTable({ course, sessions, busy = false, onAction }: Props) {
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
        {sessions.map((s) => (
          <tr key={s.id} className={s.status === 'cancelled' ? 'row--cancelled' : undefined}>
            <th scope="row">
              {s.number === null ? (
                <span className="muted">—</span>
              ) : (
                <Link to={`/courses/${course.id}/sessions/${s.id}`}>Session {s.number}</Link>
              )}
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
              {s.cancelledBy ? (
                <span className="muted"> · {CANCELLER_LABEL[s.cancelledBy]}</span>
              ) : null}
            </td>
            <td className="no-print">
              {s.status === 'planned' ? (
                <span className="row-actions">
                  <button
                    type="button"
                    className="link"
                    aria-label={`Mark held ${label(s)}`}
                    disabled={busy}
                    onClick={() => onAction(s, 'held')}
                  >
                    Mark held
                  </button>
                  <button
                    type="button"
                    className="link"
                    aria-label={`Cancel ${label(s)}`}
                    onClick={() => onAction(s, 'cancel')}
                  >
                    Cancel
                  </button>
                  <button
                    type="button"
                    className="link"
                    aria-label={`Reschedule ${label(s)}`}
                    onClick={() => onAction(s, 'reschedule')}
                  >
                    Reschedule
                  </button>
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function label(s: Session): string {
  return s.number === null ? `appointment on ${s.date}` : `session ${s.number}`;
}
