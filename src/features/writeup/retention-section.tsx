import { Link } from 'react-router';

import { formatDay } from '../../domain/dates';
import { retentionDue } from '../../domain/writeup';
import type { CourseEnd } from '../../db/writeups';
import { byText } from '../../domain/order';

interface Props {
  /** Undefined while the course ends are read. */
  courses: CourseEnd[] | undefined;
  years: number;
  today: string;
}

/** Courses past the retention period, for the therapist to review; nothing is deleted here. */
export function RetentionSection({ courses, years, today }: Props) {
  const due = (courses ?? [])
    .map((r) => ({
      r,
      status: retentionDue(r.course, r.endDate ?? r.course.startDate, years, today),
    }))
    .filter(({ status }) => status.due)
    .sort((a, b) => byText(a.status.endDate, b.status.endDate));
  return (
    <section className="writeup-section" aria-labelledby="retention-title">
      <h2 id="retention-title">Record keeping</h2>
      <p>
        Records stay in this browser until you delete them. Courses whose last session is more than
        the retention period ({years} years; <Link to="/settings">change it in Settings</Link>) ago
        are listed here for you to review; nothing is deleted automatically.
      </p>
      {courses === undefined ? (
        <p>Checking which courses are past the retention period…</p>
      ) : due.length === 0 ? (
        <p>No course is past the {years}-year retention period.</p>
      ) : (
        <ul className="week-list" aria-label="Courses past retention">
          {due.map(({ r, status }) => (
            <li key={r.course.id}>
              <Link to={`/courses/${r.course.id}`}>{r.client.code}</Link>: last session{' '}
              {formatDay(status.endDate)}, past retention since {formatDay(status.reviewFrom)}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
