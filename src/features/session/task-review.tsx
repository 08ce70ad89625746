import { useState } from 'react';

import { TASK_OUTCOMES } from '../../domain/agenda/content-events';
import type { TaskOutcome } from '../../domain/agenda/content-events';
import { buildAgenda } from '../../domain/agenda/generate';
import { strategiesOf } from '../../domain/agenda/input';
import type { SavedAgenda } from '../../domain/agenda/saved';
import { updateAgenda } from '../../db/agendas';
import { nowIso } from '../../state/edge';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

import type { WeekAgenda } from './week-agenda';

export const OUTCOME_TEXT: Record<TaskOutcome, string> = {
  done: 'Done',
  partly: 'Partly done',
  'not-done': 'Not done',
  overtaken: 'Overtaken by events',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The week's record with an outcome: an untouched agenda follows the outcome at once; an edited
 * one keeps the therapist's parts (the plan-changed notice then offers the new review lines).
 */
function withOutcome(week: WeekAgenda, courseId: string, outcome: TaskOutcome, note: string) {
  const previous = week.input.previous
    ? {
        ...week.input.previous,
        taskOutcome: outcome,
        ...(note.trim() ? { outcomeNote: note.trim() } : {}),
      }
    : undefined;
  const regenerated = buildAgenda({ ...week.input, ...(previous ? { previous } : {}) }).segments;
  return (current: SavedAgenda | undefined): SavedAgenda => {
    const untouched = !current || same(current.segments, current.generatedBase);
    const segments = untouched ? regenerated : current.segments;
    return {
      sessionId: week.session.id,
      courseId,
      segments,
      generatedBase: untouched ? regenerated : current.generatedBase,
      notes: current?.notes ?? '',
      taskReview: {
        outcome,
        note: note.trim(),
        ...(week.input.previous?.taskSet ? { task: week.input.previous.taskSet } : {}),
        ...(week.input.previous?.taskFromSession
          ? { fromSession: week.input.previous.taskFromSession }
          : {}),
      },
      ...(current?.events ? { events: current.events } : {}),
      ...(current?.reviewDecision ? { reviewDecision: current.reviewDecision } : {}),
      ...(current?.taskSet ? { taskSet: current.taskSet } : {}),
      strategiesUsed: strategiesOf(segments),
      updatedAt: nowIso(),
    };
  };
}

/** Last week's task, quoted, and what became of it. */
export function TaskReview({ week, courseId }: { week: WeekAgenda; courseId: string }) {
  const recorded = week.saved?.taskReview;
  const [outcome, setOutcome] = useState<TaskOutcome | undefined>(recorded?.outcome);
  const [note, setNote] = useState(recorded?.note ?? '');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  const task = week.generated.taskToReview?.text;
  if (!task) {
    return (
      <section aria-labelledby="task-review-title" className="card">
        <h2 id="task-review-title">Task to review</h2>
        <p className="muted">No task was recorded last week.</p>
      </section>
    );
  }
  async function record() {
    if (!outcome) return setError('Choose what became of the task.');
    await updateAgenda(week.session.id, withOutcome(week, courseId, outcome, note));
    setMessage(`Outcome recorded: ${OUTCOME_TEXT[outcome].toLowerCase()}.`);
  }
  return (
    <section aria-labelledby="task-review-title" className="card">
      <h2 id="task-review-title">Task to review</h2>
      <blockquote className="task-quote">“{task}”</blockquote>
      <fieldset aria-describedby={error ? 'outcome-error' : undefined}>
        <legend>What became of it</legend>
        {TASK_OUTCOMES.map((o) => (
          <label key={o} className="choice">
            <input
              type="radio"
              name="task-outcome"
              value={o}
              checked={outcome === o}
              onChange={() => {
                setOutcome(o);
                setError('');
                setMessage('');
              }}
            />{' '}
            {OUTCOME_TEXT[o]}
          </label>
        ))}
        {error ? (
          <p id="outcome-error" className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </fieldset>
      <Field label="What happened">
        {(ids) => (
          <textarea
            {...ids}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              setMessage('');
            }}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="button" onClick={() => void record()}>
          Record outcome
        </button>
      </div>
      {message ? (
        <Notice tone="success" live>
          {message}
        </Notice>
      ) : null}
    </section>
  );
}
