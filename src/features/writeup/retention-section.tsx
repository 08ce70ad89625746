import { useState } from 'react';
import { Link } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { saveRetentionYears } from '../../app-model/commands/writeup';
import { useCommand } from '../../app-model/use-command';
import { formatDay } from '../../domain/dates';
import { checkRetentionYears, retentionDue } from '../../domain/writeup';
import type { CourseEnd } from '../../db/writeups';
import { Field } from '../../ui/field';

interface Props {
  courses: CourseEnd[];
  years: number;
  today: string;
}

/** Courses past the retention period, for the therapist to review; nothing is deleted here. */
export function RetentionSection({ courses, years, today }: Props) {
  const [text, setText] = useState(String(years));
  const [error, setError] = useState<string>();
  const save = useCommand(saveRetentionYears, {
    done: (years) => `Retention set to ${years} years.`,
  });
  const due = courses
    .map((r) => ({
      r,
      status: retentionDue(r.course, r.endDate ?? r.course.startDate, years, today),
    }))
    .filter(({ status }) => status.due)
    .sort((a, b) => a.status.endDate.localeCompare(b.status.endDate));

  async function onSave() {
    const value = Number(text);
    const found = checkRetentionYears(text.trim() === '' ? Number.NaN : value);
    setError(found[0]?.message);
    if (found.length > 0) return;
    await save.run(value);
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
        <button type="button" onClick={onSave} disabled={save.pending}>
          Save retention period
        </button>
        <CommandStatus status={save.status} />
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
