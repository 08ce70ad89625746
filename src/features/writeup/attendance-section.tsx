import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import type { CommandStatus as Status } from '../../app-model/use-command';
import { formatDay } from '../../domain/dates';
import { cancelSession, markHeld } from '../../domain/schedule';
import type { Course, Session } from '../../domain/types';
import { ATTENDANCE_LABEL, ATTENDANCES, cancellerOf } from '../../domain/writeup';
import type { Attendance } from '../../domain/writeup';
import { newId } from '../../state/edge';
import { Notice } from '../../ui/notice';

interface Props {
  course: Course;
  sessions: Session[];
  session: Session;
  attendance: Attendance;
  disabled?: boolean;
  /** The outcome of the last attendance write, shown under the choice. */
  status: Status;
  /** Saves the attendance with the new schedule; `sessionId` is where the record now lives. */
  onConfirm: (attendance: Attendance, sessions: Session[], sessionId: string) => Promise<boolean>;
}

/** Attendance. A cancellation applies the course's missed-session rule after a preview. */
export function AttendanceSection({
  course,
  sessions,
  session,
  attendance,
  disabled,
  status,
  onConfirm,
}: Props) {
  const [choice, setChoice] = useState<Attendance>();
  const planned = session.status === 'planned';
  const by = choice ? cancellerOf(choice) : undefined;
  const preview = by ? cancelSession(course, sessions, session.id, by, newId) : undefined;

  async function choose(next: Attendance) {
    if (next === 'held') {
      setChoice(undefined);
      const held = markHeld(sessions, session.id);
      await onConfirm('held', held.ok ? held.value : sessions, session.id);
      return;
    }
    setChoice(next);
  }

  async function confirm() {
    if (!preview?.ok || !choice) return;
    const slot = preview.value.sessions.find(
      (s) =>
        s.status === 'cancelled' && s.date === session.date && !sessions.some((o) => o.id === s.id),
    );
    if (await onConfirm(choice, preview.value.sessions, slot?.id ?? session.id)) {
      setChoice(undefined);
    }
  }

  if (!planned) {
    return (
      <section className="writeup-section" aria-labelledby="attendance-title">
        <h2 id="attendance-title">Attendance</h2>
        <p>
          {ATTENDANCE_LABEL[attendance]}.{' '}
          <span className="muted">Recorded on the course; change the schedule there.</span>
        </p>
        <CommandStatus status={status} />
      </section>
    );
  }
  return (
    <section className="writeup-section" aria-labelledby="attendance-title">
      <h2 id="attendance-title">Attendance</h2>
      <fieldset disabled={disabled}>
        <legend>Did the session take place?</legend>
        {ATTENDANCES.map((a) => (
          <label key={a} className="choice">
            <input
              type="radio"
              name="attendance"
              value={a}
              checked={(choice ?? attendance) === a}
              onChange={() => choose(a)}
            />{' '}
            {ATTENDANCE_LABEL[a]}
          </label>
        ))}
      </fieldset>
      {preview?.ok ? (
        <Notice tone="warning" live title="Effect on the course">
          {effect(preview.value)}
          <div className="button-row">
            <button type="button" onClick={confirm} disabled={disabled}>
              Confirm cancellation
            </button>
            <button type="button" className="secondary" onClick={() => setChoice(undefined)}>
              Keep as held
            </button>
          </div>
        </Notice>
      ) : preview ? (
        <Notice tone="danger" live>
          {preview.problems.map((p) => p.message).join(' ')}
        </Notice>
      ) : null}
      <CommandStatus status={status} />
    </section>
  );
}

function effect(change: { endBefore?: string | undefined; endAfter?: string | undefined }): string {
  const after = change.endAfter ? formatDay(change.endAfter) : '—';
  if (change.endBefore === change.endAfter) {
    return `The session counts as used. The course still ends on ${after}.`;
  }
  const before = change.endBefore ? formatDay(change.endBefore) : '—';
  return `The remaining sessions move out a week. The course will end on ${after} instead of ${before}.`;
}
