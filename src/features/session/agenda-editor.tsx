import { useState } from 'react';

import {
  checkSegment,
  checkTotal,
  insertPart,
  moveSegment,
  totalMinutes,
} from '../../domain/agenda/edit';
import type { SegmentDraft } from '../../domain/agenda/edit';
import { segmentForStrategy, strategiesOf } from '../../domain/agenda/input';
import type { SavedAgenda } from '../../domain/agenda/saved';
import type { AgendaSegment, StrategyOption } from '../../domain/agenda/types';
import { updateAgenda } from '../../db/agendas';
import { newId, nowIso } from '../../state/edge';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

import { SegmentEditor } from './segment-editor';
import { StrategyMenu } from './strategy-menu';
import type { WeekAgenda } from './week-agenda';

interface Props {
  week: WeekAgenda;
  courseId: string;
  sessionMinutes: number;
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
  const [message, setMessage] = useState('');
  const segments: SegmentDraft[] = edits ?? week.segments;
  const task = taskSet ?? week.saved?.taskSet ?? '';
  const noteText = notes ?? week.saved?.notes ?? '';
  const invalid = segments.some((s) => checkSegment(s).length > 0);
  const total = totalMinutes(countable(segments));
  const totalWarning = checkTotal(countable(segments), sessionMinutes)[0]?.message;
  const dirty = edits !== null || taskSet !== null || notes !== null;

  const change = (next: SegmentDraft[]) => {
    setEdits(next);
    setMessage('');
  };
  const addStrategy = (option: StrategyOption) =>
    change([
      ...segments.slice(0, -2),
      segmentForStrategy(option, week.generated.focus),
      ...segments.slice(-2),
    ]);

  async function save() {
    if (invalid) return setMessage('');
    const next = toSegments(segments);
    await updateAgenda(week.session.id, (current): SavedAgenda => ({
      sessionId: week.session.id,
      courseId,
      segments: next,
      generatedBase: current?.generatedBase ?? week.generated.segments,
      notes: noteText,
      ...(current?.taskReview ? { taskReview: current.taskReview } : {}),
      ...(current?.events ? { events: current.events } : {}),
      ...(current?.reviewDecision ? { reviewDecision: current.reviewDecision } : {}),
      ...(task.trim() ? { taskSet: task.trim() } : {}),
      strategiesUsed: strategiesOf(next),
      updatedAt: nowIso(),
    }));
    setEdits(null);
    setTaskSet(null);
    setNotes(null);
    setMessage('Agenda saved.');
  }

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
          setMessage('');
        }}
      />
      <Field label="Notes for the week">
        {(ids) => (
          <textarea
            {...ids}
            value={noteText}
            onChange={(e) => {
              setNotes(e.target.value);
              setMessage('');
            }}
          />
        )}
      </Field>
      <div className="button-row no-print">
        <button type="button" onClick={() => void save()} disabled={invalid}>
          Save agenda
        </button>
        {dirty ? <span className="muted">Unsaved changes</span> : null}
      </div>
      {invalid ? (
        <Notice tone="warning">
          Correct the marked part before saving; nothing has been lost.
        </Notice>
      ) : null}
      {message ? (
        <Notice tone="success" live>
          {message}
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
