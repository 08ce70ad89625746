import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { cancelCourseSession } from '../../app-model/commands/courses';
import { useCommand } from '../../app-model/use-command';
import type { CourseView } from '../../domain/course-view';
import { formatDay } from '../../domain/dates';
import { CANCELLER_LABEL } from '../../domain/labels';
import { cancelSession } from '../../domain/schedule';
import type { ScheduleChange } from '../../domain/schedule';
import { CANCELLERS } from '../../domain/types';
import type { Canceller, Session } from '../../domain/types';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

interface Props {
  view: CourseView;
  session: Session;
  onDone: (message: string) => void;
}

/** Asks who cancelled, shows the effect on the end date, and saves only on confirmation. */
export function CancelPanel({ view, session, onDone }: Props) {
  const [by, setBy] = useState<Canceller>();
  const [reason, setReason] = useState('');
  // The preview only: the command computes the change again from the stored sessions.
  const preview = by
    ? cancelSession(view.course, view.sessions, session.id, by, () => 'preview', reason)
    : undefined;
  const name = session.number === null ? 'this appointment' : `session ${session.number}`;
  const cancel = useCommand(cancelCourseSession, {
    done: 'Cancellation saved',
    onDone: (change) =>
      onDone(`${capital(name)} on ${formatDay(session.date)} is cancelled. ${effect(change)}`),
  });

  return (
    <section className="card panel" aria-labelledby="cancel-title">
      <h2 id="cancel-title">
        Cancel {name} ({formatDay(session.date)})
      </h2>
      <fieldset>
        <legend>Who cancelled?</legend>
        {CANCELLERS.map((c) => (
          <label key={c} className="choice">
            <input
              type="radio"
              name="canceller"
              value={c}
              checked={by === c}
              onChange={() => setBy(c)}
            />{' '}
            {CANCELLER_LABEL[c]}
          </label>
        ))}
      </fieldset>
      <Field label="Reason (optional)">
        {(ids) => <input {...ids} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {preview?.ok ? (
        <Notice tone="warning" live title="Effect on the course">
          {effect(preview.value)}
        </Notice>
      ) : preview ? (
        <Notice tone="danger" live>
          {preview.problems.map((p) => p.message).join(' ')}
        </Notice>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          disabled={!preview?.ok || !by || cancel.pending}
          onClick={() =>
            by && cancel.run({ courseId: view.course.id, sessionId: session.id, by, reason })
          }
        >
          Confirm cancellation
        </button>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          Keep as planned
        </button>
      </div>
      <CommandStatus status={cancel.status} />
    </section>
  );
}

function effect(change: Pick<ScheduleChange, 'endBefore' | 'endAfter'>): string {
  const before = change.endBefore ? formatDay(change.endBefore) : '—';
  const after = change.endAfter ? formatDay(change.endAfter) : '—';
  if (change.endBefore === change.endAfter) {
    return `The session counts as used. The course still ends on ${after}.`;
  }
  return `The remaining sessions move out a week. The course will end on ${after} instead of ${before}.`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
