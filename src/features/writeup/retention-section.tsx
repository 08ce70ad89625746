import { useState } from 'react';
import { Link } from 'react-router';

import { formatDay } from '../../domain/dates';
import { endDateOf } from '../../domain/schedule';
import { checkRetentionYears, retentionDue } from '../../domain/writeup';
import type { CourseRecords } from '../../db/writeups';
import { setSetting } from '../../db/settings';
import { Field } from '../../ui/field';

interface Props {
  records: CourseRecords[];
  years: number;
  today: string;
}

/** Courses past the retention period, for the therapist to review; nothing is deleted here. */
export function RetentionSection({ records, years, today }: Props) {
  const [text, setText] = useState(String(years));
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState('');
  const due = records
    .map((r) => ({
      r,
      status: retentionDue(r.course, endDateOf(r.sessions) ?? r.course.startDate, years, today),
    }))
    .filter(({ status }) => status.due)
    .sort((a, b) => a.status.endDate.localeCompare(b.status.endDate));

  async function save() {
    const value = Number(text);
    const found = checkRetentionYears(text.trim() === '' ? Number.NaN : value);
    setError(found[0]?.message);
    if (found.length > 0) return;
    await setSetting('retentionYears', value);
    setSaved(`Retention set to ${value} years.`);
  }

  return (
    <section className="writeup-section" aria-labelledby="retention-title">
      <h2 id="retention-title">Record keeping</h2>
      <p>
        Records stay in this browser until you delete them. Courses whose last session is more than
        the retention period ago are listed here for you to review; nothing is deleted
        automatically.
      </p>
      <div className="toolbar">
        <Field label="Retention period (years)" error={error}>
          {(ids) => (
            <input
              {...ids}
              type="number"
              min={1}
              max={100}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <button type="button" onClick={() => void save()}>
          Save retention period
        </button>
        <p role="status" className="muted">
          {saved}
        </p>
      </div>
      {due.length === 0 ? (
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
