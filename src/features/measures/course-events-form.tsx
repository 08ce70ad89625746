import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { addEventToCourse, removeCourseEvent } from '../../app-model/commands/measures';
import { useCommand } from '../../app-model/use-command';
import { formatDay } from '../../domain/dates';
import { checkCourseEvent, COURSE_EVENT_KINDS, COURSE_EVENT_LABEL } from '../../domain/measures';
import type { CourseEvent, CourseEventKind } from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import { messageFor } from '../../domain/problems';
import { Field } from '../../ui/field';

/** Dated events shown on the chart: medication started or changed, a focus change, a life event. */
export function CourseEventsForm({
  courseId,
  events,
  today,
}: {
  courseId: string;
  events: CourseEvent[];
  today: string;
}) {
  const [kind, setKind] = useState<CourseEventKind>('medication-started');
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const add = useCommand(addEventToCourse, { done: 'Event added', onDone: () => setText('') });
  const remove = useCommand(removeCourseEvent, { done: 'Event removed' });

  async function onSubmit() {
    const found = checkCourseEvent({ kind, date, text });
    setProblems(found);
    if (found.length > 0) return;
    await add.run({ courseId, kind, date, text });
  }

  return (
    <section className="card" aria-labelledby="events-title">
      <h2 id="events-title">Course events</h2>
      {events.length > 0 ? (
        <ul className="history">
          {events.map((e) => (
            <li key={e.id}>
              {formatDay(e.date)}: {COURSE_EVENT_LABEL[e.kind]}, {e.text}{' '}
              <button
                type="button"
                className="link"
                disabled={remove.pending}
                onClick={() => remove.run(e.id)}
              >
                Remove <span className="visually-hidden">{e.text}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <CommandStatus status={remove.status} />
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          return onSubmit();
        }}
      >
        <Field label="What happened" error={messageFor(problems, 'kind')}>
          {(ids) => (
            <select
              {...ids}
              value={kind}
              onChange={(e) => setKind(e.target.value as CourseEventKind)}
            >
              {COURSE_EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {COURSE_EVENT_LABEL[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Date" error={messageFor(problems, 'date')}>
          {(ids) => (
            <input {...ids} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          )}
        </Field>
        <Field label="Description" error={messageFor(problems, 'text')}>
          {(ids) => <input {...ids} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <button type="submit" disabled={add.pending}>
          Add the event
        </button>
        <CommandStatus status={add.status} />
      </form>
    </section>
  );
}
