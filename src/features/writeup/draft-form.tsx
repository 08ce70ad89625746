import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';

import type { RiskFlag } from '../../domain/measures';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { markHeld } from '../../domain/schedule';
import type { Course, Session } from '../../domain/types';
import { checkFields, finaliseWriteUp, riskOf } from '../../domain/writeup';
import type { Attendance, SessionWriteUp, WriteUpFields } from '../../domain/writeup';
import { saveWriteUp, saveWriteUpWithSchedule } from '../../db/writeups';
import { nowIso, todayIso } from '../../state/edge';

import { AttendanceSection } from './attendance-section';
import { NumberFields } from './number-fields';
import { textsOf, withNumbers } from './numbers';
import type { NumberTexts } from './numbers';
import { RecordFields } from './record-fields';
import { clock } from './stamp';
import { useAutosave } from './use-autosave';

interface Props {
  initial: SessionWriteUp;
  course: Course;
  sessions: Session[];
  session: Session;
  flags: RiskFlag[];
  measured: { phq9: boolean; gad7: boolean };
  agendaHref: string;
  /** The draft as it stands, for the note preview. */
  children: (draft: SessionWriteUp) => ReactNode;
  onMoved: (sessionId: string) => void;
}

/** The write-up while it is a draft: every field editable, saved as the therapist types. */
export function DraftForm(props: Props) {
  const { initial, course, sessions, session, flags } = props;
  const [fields, setFields] = useState<SessionWriteUp>(initial);
  const [texts, setTexts] = useState<NumberTexts>(() => textsOf(initial));
  const [problems, setProblems] = useState<Problem[]>([]);
  const flagsRef = useRef(flags);
  useEffect(() => {
    flagsRef.current = flags;
  }, [flags]);
  const draft = useMemo(() => withNumbers(fields, texts), [fields, texts]);
  const save = useCallback(
    (w: SessionWriteUp) =>
      saveWriteUp({ ...w, risk: riskOf(flagsRef.current, w.sessionId), updatedAt: nowIso() }),
    [],
  );
  const autosave = useAutosave(draft, save);
  const errors = checkFields(draft);

  async function setAttendance(attendance: Attendance, next: Session[], sessionId: string) {
    autosave.cancel();
    const base = { ...draft };
    if (attendance !== 'held') delete base.minutes;
    const moved = sessionId === session.id ? {} : { sessionNumber: null };
    const record = { ...base, ...moved, attendance, sessionId, updatedAt: nowIso() };
    await saveWriteUpWithSchedule(record, next, session.id);
    if (sessionId !== session.id) props.onMoved(sessionId);
    else {
      setFields((f) => ({ ...f, attendance }));
      if (attendance !== 'held') setTexts((t) => ({ ...t, minutes: '' }));
    }
  }

  async function finalise() {
    const result = finaliseWriteUp(draft, flags, nowIso(), todayIso());
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    autosave.cancel();
    const held = draft.attendance === 'held' && session.status === 'planned';
    const schedule = held ? markHeld(sessions, session.id) : undefined;
    if (schedule?.ok) await saveWriteUpWithSchedule(result.value, schedule.value);
    else await saveWriteUp(result.value);
  }

  const onFields = (next: WriteUpFields) => setFields((f) => ({ ...f, ...next }));
  const blocked =
    problems.find((p) => p.field === 'finalise' || p.field === 'session')?.message ??
    (problems.length > 0 ? 'Correct the fields marked above before finalising.' : undefined);
  return (
    <>
      <AttendanceSection
        course={course}
        sessions={sessions}
        session={session}
        attendance={draft.attendance}
        onConfirm={setAttendance}
      />
      <section className="writeup-section" aria-labelledby="numbers-title">
        <h2 id="numbers-title">Minutes and scores</h2>
        <NumberFields
          texts={texts}
          onChange={setTexts}
          measured={props.measured}
          errors={{
            minutes: messageFor(errors, 'minutes'),
            phq9: messageFor(errors, 'phq9'),
            gad7: messageFor(errors, 'gad7'),
          }}
        />
      </section>
      <RecordFields fields={fields} onChange={onFields} agendaHref={props.agendaHref} />
      <p role="status" className="writeup-saved">
        {autosave.error
          ? `The draft could not be saved: ${autosave.error}`
          : autosave.savedAt
            ? `Draft saved ${clock(autosave.savedAt)}`
            : ''}
      </p>
      {props.children(draft)}
      <section className="writeup-section" aria-labelledby="finalise-title">
        <h2 id="finalise-title">Finalise</h2>
        <p className="muted">
          Finalising locks the record with today’s date and time. Later changes are amendments.
        </p>
        <button
          type="button"
          onClick={() => void finalise()}
          {...(blocked ? { 'aria-describedby': 'finalise-error' } : {})}
        >
          Finalise write-up
        </button>
        {blocked ? (
          <p className="field__error" id="finalise-error" role="alert">
            {blocked}
          </p>
        ) : null}
      </section>
    </>
  );
}
