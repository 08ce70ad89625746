import { useState } from 'react';

import { formatDay } from '../../domain/dates';
import { CANCELLER_LABEL } from '../../domain/labels';
import { cancelSession } from '../../domain/schedule';
import { CANCELLERS } from '../../domain/types';
import type { Canceller, Course, Session } from '../../domain/types';
import { saveSchedule } from '../../db/courses';
import { newId } from '../../state/edge';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

interface Props {
  course: Course;
  sessions: Session[];
  session: Session;
  onDone: (message: string) => void;
}

/** Asks who cancelled, shows the effect on the end date, and saves only on confirmation. */
export function CancelPanel({ course, sessions, session, onDone }: Props) {
  const [by, setBy] = useState<Canceller>();
  const [reason, setReason] = useState('');
  const preview = by ? cancelSession(course, sessions, session.id, by, newId, reason) : undefined;
  const name = session.number === null ? 'this appointment' : `session ${session.number}`;

  async function confirm() {
    if (!preview?.ok) return;
    await saveSchedule(course.id, preview.value.sessions);
    onDone(`${capital(name)} on ${formatDay(session.date)} is cancelled. ${effect(preview.value)}`);
  }

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
        <button type="button" disabled={!preview?.ok} onClick={() => void confirm()}>
          Confirm cancellation
        </button>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          Keep as planned
        </button>
      </div>
    </section>
  );
}

function effect(change: {
  endBefore?: string | undefined;
  endAfter?: string | undefined;
  sessionUsed: boolean;
}): string {
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
