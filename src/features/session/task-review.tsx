import { useState } from 'react';

import { OUTCOME_TEXT } from '../../app-model/agenda/week-agenda';
import type { WeekAgenda } from '../../app-model/agenda/week-agenda';
import { recordTaskOutcome } from '../../app-model/commands/agenda';
import { CommandStatus } from '../../app-model/command-status';
import { useCommand } from '../../app-model/use-command';
import { TASK_OUTCOMES } from '../../domain/agenda/content-events';
import type { TaskOutcome } from '../../domain/agenda/content-events';
import { Field } from '../../ui/field';

import { useReportUnsaved } from './agenda-editor';

const outcomeWords = (o: TaskOutcome | undefined) => (o ? OUTCOME_TEXT[o].toLowerCase() : '');

/** Last week's task, quoted, and what became of it. */
export function TaskReview({ week, courseId }: { week: WeekAgenda; courseId: string }) {
  const recorded = week.saved?.taskReview;
  const [outcome, setOutcome] = useState<TaskOutcome | undefined>(recorded?.outcome);
  const [note, setNote] = useState(recorded?.note ?? '');
  const [error, setError] = useState('');
  const dirty = outcome !== recorded?.outcome || note.trim() !== (recorded?.note ?? '');
  useReportUnsaved('the task review', dirty);
  const record = useCommand(recordTaskOutcome, {
    done: (saved) => `Outcome recorded: ${outcomeWords(saved.taskReview?.outcome)}`,
  });
  const task = week.generated.taskToReview?.text;
  if (!task) {
    return (
      <section aria-labelledby="task-review-title" className="card">
        <h2 id="task-review-title">Task to review</h2>
        <p className="muted">No task was recorded last week.</p>
      </section>
    );
  }
  const submit = () => {
    if (!outcome) return setError('Choose what became of the task.');
    return record.run(week, courseId, outcome, note);
  };
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
                record.reset();
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
              record.reset();
            }}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="button" onClick={submit} disabled={record.pending}>
          Record outcome
        </button>
      </div>
      <CommandStatus status={record.status} />
    </section>
  );
}
