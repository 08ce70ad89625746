import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { finaliseDraft, recordAttendance } from '../../app-model/commands/writeup';
import type { AttendanceInput, FinaliseInput } from '../../app-model/commands/writeup';
import { Refusal } from '../../app-model/errors';
import { useCommand } from '../../app-model/use-command';
import type { SessionScores } from '../../domain/course-view';
import type { RiskFlag } from '../../domain/measures';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { markHeld } from '../../domain/schedule';
import type { Course, Session } from '../../domain/types';
import { checkFields, finaliseWriteUp } from '../../domain/writeup';
import type { Attendance, SessionWriteUp, WriteUpFields } from '../../domain/writeup';
import { nowIso, todayIso } from '../../state/edge';

import { AttendanceSection } from './attendance-section';
import { AutosaveStatusLine } from './autosave-status';
import { ClinicianFields } from './clinician-fields';
import { ConflictPanel } from './conflict-panel';
import { NumberFields } from './number-fields';
import { textsOf, withNumbers } from './numbers';
import type { NumberTexts } from './numbers';
import { RecordFields } from './record-fields';
import { formatStamp } from './stamp';
import { useAutosave } from './use-autosave';
import { keepBoth, useConflictSave } from './use-conflict';

interface Props {
  initial: SessionWriteUp;
  course: Course;
  sessions: Session[];
  session: Session;
  flags: RiskFlag[];
  /** The session's scores as they stood on its date (course view), for the measures line. */
  scores: SessionScores | undefined;
  measured: { phq9: boolean; gad7: boolean };
  agendaHref: string;
  /** The draft as it stands, for the note preview. */
  children: (draft: SessionWriteUp) => ReactNode;
  onMoved: (sessionId: string) => void;
}

const CLEARABLE = ['startTime', 'endTime', 'clinicianAssessment', 'plan'] as const;

const NOT_FLUSHED =
  'Not finalised: the latest draft could not be saved first, so nothing was finalised. Your text is kept here; try again.';

/** The write-up while it is a draft: every field editable, saved as the therapist types. */
export function DraftForm(props: Props) {
  const { initial, course, sessions, session, flags } = props;
  const [fields, setFields] = useState<SessionWriteUp>(initial);
  const [texts, setTexts] = useState<NumberTexts>(() => textsOf(initial));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [confirming, setConfirming] = useState(false);
  const flagsRef = useRef(flags);
  useEffect(() => {
    flagsRef.current = flags;
  }, [flags]);
  const draft = useMemo(() => withNumbers(fields, texts), [fields, texts]);
  const { save, theirs, resolve } = useConflictSave(initial, flagsRef);
  const autosave = useAutosave(draft, save);
  const choose = (pick: 'mine' | 'theirs' | 'both') => {
    if (!theirs) return undefined;
    resolve(theirs);
    if (pick === 'mine') return autosave.flush();
    const next =
      pick === 'theirs' ? theirs : keepBoth(draft, theirs, formatStamp(theirs.updatedAt));
    setFields(next);
    setTexts(textsOf(next));
    return undefined;
  };
  const errors = checkFields(draft);

  const finalise = useCommand(
    async (input: FinaliseInput) => {
      // Store the pending draft first: if finalising then fails, nothing typed is lost.
      if (!(await autosave.flush())) throw new Refusal('unknown', NOT_FLUSHED);
      await finaliseDraft(input);
    },
    { done: 'Write-up finalised', onDone: () => autosave.cancel() },
  );
  const attend = useCommand(
    async (input: AttendanceInput) => {
      await recordAttendance(input);
      return input;
    },
    {
      done: (input) =>
        input.record.attendance === 'held' ? 'Attendance saved: held' : 'Cancellation saved',
      onDone: (input) => {
        // The record written holds the draft as typed; a late autosave must not recreate it.
        autosave.cancel();
        const { attendance, sessionId } = input.record;
        if (sessionId !== session.id) props.onMoved(sessionId);
        else {
          setFields((f) => ({ ...f, attendance }));
          if (attendance !== 'held') setTexts((t) => ({ ...t, minutes: '' }));
        }
      },
    },
  );

  function setAttendance(attendance: Attendance, next: Session[], sessionId: string) {
    const base = { ...draft };
    if (attendance !== 'held') delete base.minutes;
    const moved = sessionId === session.id ? {} : { sessionNumber: null };
    const record = { ...base, ...moved, attendance, sessionId, updatedAt: nowIso() };
    return attend.run({ record, schedule: next, replacedId: session.id });
  }

  /** First click: check, then ask inline (finalising locks the record). */
  function askToFinalise() {
    const result = finaliseWriteUp(draft, flags, nowIso(), todayIso());
    setProblems(result.ok ? [] : result.problems);
    setConfirming(result.ok);
  }

  async function onFinalise() {
    const result = finaliseWriteUp(draft, flags, nowIso(), todayIso());
    if (!result.ok) {
      setProblems(result.problems);
      setConfirming(false);
      return;
    }
    setProblems([]);
    const held = draft.attendance === 'held' && session.status === 'planned';
    const schedule = held ? markHeld(sessions, session.id) : undefined;
    await finalise.run({
      record: result.value,
      ...(schedule?.ok ? { schedule: schedule.value } : {}),
    });
  }

  const onFields = (next: WriteUpFields) =>
    setFields((f) => {
      const merged = { ...f, ...next };
      // A field emptied by the therapist is removed, not kept from before.
      for (const key of CLEARABLE) if (!(key in next)) delete merged[key];
      return merged;
    });
  const blocked =
    problems.find((p) => p.field === 'finalise' || p.field === 'session')?.message ??
    (problems.length > 0 ? 'Correct the fields marked above before finalising.' : undefined);
  return (
    <>
      <div className="writeup-layout">
        <div className="writeup-layout__form">
          <AttendanceSection
            course={course}
            sessions={sessions}
            session={session}
            attendance={draft.attendance}
            disabled={attend.pending}
            status={attend.status}
            onConfirm={setAttendance}
          />
          <section className="writeup-section" aria-labelledby="numbers-title">
            <h2 id="numbers-title">Minutes and scores</h2>
            <MeasuresLine scores={props.scores} />
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
          <ClinicianFields fields={fields} onChange={onFields} errors={errors} />
          <AutosaveStatusLine status={autosave.status} />
          {theirs ? (
            <ConflictPanel
              theirs={theirs}
              onKeepMine={() => choose('mine')}
              onTakeTheirs={() => choose('theirs')}
              onKeepBoth={() => choose('both')}
            />
          ) : null}
        </div>
        <div className="writeup-layout__preview">{props.children(draft)}</div>
      </div>
      <section className="writeup-section" aria-labelledby="finalise-title">
        <h2 id="finalise-title">Finalise</h2>
        <p className="muted">
          Finalising locks the record with today’s date and time. Later changes are amendments.
        </p>
        {confirming ? (
          <FinaliseConfirm
            pending={finalise.pending}
            onConfirm={onFinalise}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button
            type="button"
            onClick={askToFinalise}
            {...(blocked ? { 'aria-describedby': 'finalise-error' } : {})}
          >
            Finalise write-up
          </button>
        )}
        {blocked ? (
          <p className="field__error" id="finalise-error" role="alert">
            {blocked}
          </p>
        ) : null}
        <CommandStatus status={finalise.status} />
      </section>
    </>
  );
}

/** The inline question before locking: the record cannot be edited afterwards, only amended. */
function FinaliseConfirm(props: { pending: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="notice notice--warning" role="group" aria-label="Confirm finalising">
      <p>
        Finalise now? The record is locked: you cannot edit it afterwards, only add dated
        amendments.
      </p>
      <div className="button-row">
        <button type="button" onClick={props.onConfirm} disabled={props.pending}>
          Yes, finalise and lock
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          Not yet
        </button>
      </div>
    </div>
  );
}

/** The course view's one wording of the scores as they stood on the session's date. */
function MeasuresLine({ scores }: { scores: SessionScores | undefined }) {
  const lines = [scores?.phq9?.words, scores?.gad7?.words].filter((l): l is string => !!l);
  if (lines.length === 0) {
    return <p className="muted">No questionnaire scored on or before this session yet.</p>;
  }
  return (
    <ul className="writeup-measures" aria-label="Scores as of this session">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
