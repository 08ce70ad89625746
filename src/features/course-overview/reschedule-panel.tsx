import { useState } from 'react';

import { formatDay } from '../../domain/dates';
import { messageFor } from '../../domain/problems';
import { rescheduleSession } from '../../domain/schedule';
import type { Course, Session } from '../../domain/types';
import { saveSchedule } from '../../db/courses';
import { Field } from '../../ui/field';

interface Props {
  course: Course;
  sessions: Session[];
  session: Session;
  onDone: (message: string) => void;
}

/** Moves one session to another day; the rest of the course stays where it is. */
export function ReschedulePanel({ course, sessions, session, onDone }: Props) {
  const [date, setDate] = useState(session.date);
  const [time, setTime] = useState(session.time);
  const [error, setError] = useState<string>();
  const name = session.number === null ? 'this appointment' : `session ${session.number}`;

  async function confirm() {
    const result = rescheduleSession(course, sessions, session.id, date, time);
    if (!result.ok)
      return setError(messageFor(result.problems, 'date') ?? result.problems[0]?.message);
    await saveSchedule(course.id, result.value);
    onDone(
      `${name.charAt(0).toUpperCase()}${name.slice(1)} moved to ${formatDay(date)} ${time}. Other sessions are unchanged.`,
    );
  }

  return (
    <section className="card panel" aria-labelledby="reschedule-title">
      <h2 id="reschedule-title">
        Reschedule {name} ({formatDay(session.date)})
      </h2>
      <p>Only this session moves; the rest of the course keeps its dates.</p>
      <Field label="New date" error={error}>
        {(ids) => (
          <input
            {...ids}
            type="date"
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <Field label="New time">
        {(ids) => (
          <input {...ids} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        )}
      </Field>
      <div className="button-row">
        <button type="button" onClick={() => void confirm()}>
          Move {name}
        </button>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          Keep the date
        </button>
      </div>
    </section>
  );
}
