import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { rescheduleCourseSession } from '../../app-model/commands/courses';
import { useCommand } from '../../app-model/use-command';
import type { CourseView } from '../../domain/course-view';
import { formatDay } from '../../domain/dates';
import { messageFor } from '../../domain/problems';
import { rescheduleSession } from '../../domain/schedule';
import type { Session } from '../../domain/types';
import { Field } from '../../ui/field';

interface Props {
  view: CourseView;
  session: Session;
  onDone: (message: string) => void;
}

/** Moves one session to another day; the rest of the course stays where it is. */
export function ReschedulePanel({ view, session, onDone }: Props) {
  const [date, setDate] = useState(session.date);
  const [time, setTime] = useState(session.time);
  const [error, setError] = useState<string>();
  const name = session.number === null ? 'this appointment' : `session ${session.number}`;
  const move = useCommand(rescheduleCourseSession, {
    done: 'Session moved',
    onDone: () =>
      onDone(
        `${name.charAt(0).toUpperCase()}${name.slice(1)} moved to ${formatDay(date)} ${time}. Other sessions are unchanged.`,
      ),
  });

  function confirm() {
    // Checked here to show the problem at the field; the command checks again as stored.
    const result = rescheduleSession(view.course, view.sessions, session.id, date, time);
    if (!result.ok)
      return setError(messageFor(result.problems, 'date') ?? result.problems[0]?.message);
    return move.run({ courseId: view.course.id, sessionId: session.id, date, time });
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
              move.reset();
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
        <button type="button" disabled={move.pending} onClick={confirm}>
          Move {name}
        </button>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          Keep the date
        </button>
      </div>
      <CommandStatus status={move.status} />
    </section>
  );
}
