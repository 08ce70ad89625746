import { useEffect, useState, useSyncExternalStore } from 'react';

import type { WeekAgenda } from '../../app-model/agenda/week-agenda';
import { saveAgendaEdits } from '../../app-model/commands/agenda';
import { CommandStatus } from '../../app-model/command-status';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import {
  checkSegment,
  checkTotal,
  insertPart,
  moveSegment,
  totalMinutes,
} from '../../domain/agenda/edit';
import type { SegmentDraft } from '../../domain/agenda/edit';
import { segmentForStrategy, strategiesOf } from '../../domain/agenda/input';
import type { AgendaSegment, StrategyOption } from '../../domain/agenda/types';
import { newId } from '../../state/edge';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

import { SegmentEditor } from './segment-editor';
import { StrategyMenu } from './strategy-menu';

interface Props {
  week: WeekAgenda;
  courseId: string;
  sessionMinutes: number;
}

/*
 * One unsaved-changes guard for the week screen (react-router honours one blocker at a time):
 * each form that saves on request reports whether it has unsaved changes; the agenda editor,
 * always on the screen, asks once before leaving and names what is unsaved.
 */
let unsaved: readonly string[] = [];
const listeners = new Set<() => void>();
function setUnsaved(what: string, dirty: boolean) {
  if (unsaved.includes(what) === dirty) return;
  unsaved = dirty ? [...unsaved, what] : unsaved.filter((w) => w !== what);
  listeners.forEach((l) => l());
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Tells the week screen's guard whether this form has unsaved changes (cleared on unmount). */
export function useReportUnsaved(what: string, dirty: boolean) {
  useEffect(() => setUnsaved(what, dirty), [what, dirty]);
  useEffect(() => () => setUnsaved(what, false), [what]);
}

function WeekUnsavedPrompt() {
  const list = useSyncExternalStore(subscribe, () => unsaved);
  const blocker = useUnsavedGuard(list.length > 0);
  return <UnsavedPrompt blocker={blocker} what={list.join(' and ')} />;
}

function toSegments(drafts: readonly SegmentDraft[]): AgendaSegment[] {
  return drafts.map((d) => ({
    ...d,
    title: d.title.trim(),
    minutes: Number(d.minutes),
    content: d.content.map((l) => l.trim()).filter((l) => l !== ''),
  }));
}

/** Minutes that count towards the total: a part still being typed counts as 0. */
const countable = (drafts: readonly SegmentDraft[]) =>
  drafts.map((d) => ({
    minutes: checkSegment(d).some((p) => p.field === 'minutes') ? 0 : Number(d.minutes),
  }));

/** The week's timed parts, editable, with the task to set and the notes; saved on request. */
export function AgendaEditor({ week, courseId, sessionMinutes }: Props) {
  const [edits, setEdits] = useState<SegmentDraft[] | null>(null);
  const [taskSet, setTaskSet] = useState<string | null>(null);
  const [notes, setNotes] = useState<string | null>(null);
  const segments: SegmentDraft[] = edits ?? week.segments;
  const task = taskSet ?? week.saved?.taskSet ?? '';
  const noteText = notes ?? week.saved?.notes ?? '';
  const invalid = segments.some((s) => checkSegment(s).length > 0);
  const total = totalMinutes(countable(segments));
  const totalWarning = checkTotal(countable(segments), sessionMinutes)[0]?.message;
  const dirty = edits !== null || taskSet !== null || notes !== null;
  useReportUnsaved('the agenda', dirty);
  const save = useCommand(saveAgendaEdits, {
    done: 'Agenda saved',
    onDone: () => {
      setEdits(null);
      setTaskSet(null);
      setNotes(null);
    },
  });

  const change = (next: SegmentDraft[]) => {
    setEdits(next);
    save.reset();
  };
  const addStrategy = (option: StrategyOption) =>
    change([
      ...segments.slice(0, -2),
      segmentForStrategy(option, week.generated.focus),
      ...segments.slice(-2),
    ]);

  return (
    <section aria-labelledby="agenda-title" className="card">
      <h2 id="agenda-title">Agenda</h2>
      <ol className="segments">
        {segments.map((s, i) => (
          <SegmentEditor
            key={`${s.id}-${i}`}
            segment={s}
            index={i}
            count={segments.length}
            onChange={(seg) => change(segments.map((x, j) => (j === i ? seg : x)))}
            onMove={(to) => change(moveSegment(segments, i, to))}
            onRemove={() => change(segments.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <p
        className={`agenda-total${totalWarning ? ' agenda-total--warning' : ''}`}
        aria-live="polite"
      >
        Total: {total} of {sessionMinutes} minutes.{totalWarning ? ` ${totalWarning}` : ''}
      </p>
      <div className="button-row no-print">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            change(
              insertPart(
                toSegments(segments),
                {
                  id: `own-${newId()}`,
                  title: 'New part',
                  minutes: 5,
                  content: [],
                  techniques: [],
                  mechanisms: [],
                },
                sessionMinutes,
              ),
            )
          }
        >
          Add a part
        </button>
      </div>
      {week.generated.strategyMenu ? (
        <StrategyMenu
          options={week.generated.strategyMenu}
          inAgenda={strategiesOf(toSegments(segments))}
          onAdd={addStrategy}
        />
      ) : null}
      <TaskToSet
        suggestions={week.generated.taskToSet.suggestions}
        afterOutcome={week.generated.taskToSet.afterOutcome ?? []}
        value={task}
        onChange={(v) => {
          setTaskSet(v);
          save.reset();
        }}
      />
      <Field label="Notes for the week">
        {(ids) => (
          <textarea
            {...ids}
            value={noteText}
            onChange={(e) => {
              setNotes(e.target.value);
              save.reset();
            }}
          />
        )}
      </Field>
      <div className="button-row no-print">
        <button
          type="button"
          disabled={invalid || save.pending}
          onClick={() =>
            save.run(week, courseId, {
              segments: toSegments(segments),
              notes: noteText,
              taskSet: task,
            })
          }
        >
          Save agenda
        </button>
        {dirty ? <span className="muted">Unsaved changes</span> : null}
      </div>
      <CommandStatus status={save.status} />
      <WeekUnsavedPrompt />
      {invalid ? (
        <Notice tone="warning">
          Correct the marked part before saving; nothing has been lost.
        </Notice>
      ) : null}
    </section>
  );
}

interface TaskProps {
  suggestions: string[];
  /** Offered once last week's outcome is known; listed apart so the list above never shifts. */
  afterOutcome: string[];
  value: string;
  onChange: (value: string) => void;
}

function TaskToSet({ suggestions, afterOutcome, value, onChange }: TaskProps) {
  return (
    <section aria-labelledby="task-set-title">
      <h3 id="task-set-title">Task to set</h3>
      <Field label="Task for the coming week" hint="One concrete step: what, with whom, when.">
        {(ids) => (
          <input
            {...ids}
            className="wide"
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </Field>
      {suggestions.length > 0 ? (
        <ul className="suggestions no-print">
          {suggestions.map((s) => (
            <li key={s}>
              {s}{' '}
              <button
                type="button"
                className="link"
                aria-label={`Use task: ${s}`}
                onClick={() => onChange(s)}
              >
                Use this
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {afterOutcome.length > 0 ? (
        <>
          <p className="hint no-print">After last week&rsquo;s outcome:</p>
          <ul className="suggestions no-print">
            {afterOutcome.map((s) => (
              <li key={s}>
                {s}{' '}
                <button
                  type="button"
                  className="link"
                  aria-label={`Use task: ${s}`}
                  onClick={() => onChange(s)}
                >
                  Use this
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
