import { Link } from 'react-router';

import { TASK_OUTCOMES } from '../../domain/agenda/content-events';
import { OUTCOME_LABEL } from '../../domain/writeup';
import type { WriteUpFields } from '../../domain/writeup';
import { Field } from '../../ui/field';

interface Props {
  fields: WriteUpFields;
  onChange: (fields: WriteUpFields) => void;
  agendaHref: string;
}

/** Last week's task, next week's task, the agenda parts covered, a change of focus and the note. */
export function RecordFields({ fields, onChange, agendaHref }: Props) {
  const set = (changes: Partial<WriteUpFields>) => onChange({ ...fields, ...changes });
  const review = fields.taskReview;
  return (
    <>
      <section className="writeup-section" aria-labelledby="task-review-title">
        <h2 id="task-review-title">Last week’s task</h2>
        <p>
          {fields.previousTask ? `“${fields.previousTask}”` : 'No task was recorded last week.'}
        </p>
        <fieldset>
          <legend>Outcome</legend>
          {TASK_OUTCOMES.map((o) => (
            <label key={o} className="choice">
              <input
                type="radio"
                name="task-outcome"
                checked={review?.outcome === o}
                onChange={() => set({ taskReview: { outcome: o, note: review?.note ?? '' } })}
              />{' '}
              {OUTCOME_LABEL[o]}
            </label>
          ))}
        </fieldset>
        <Field label="What happened with the task">
          {(ids) => (
            <input
              {...ids}
              disabled={!review}
              value={review?.note ?? ''}
              onChange={(e) =>
                review && set({ taskReview: { outcome: review.outcome, note: e.target.value } })
              }
            />
          )}
        </Field>
      </section>
      <section className="writeup-section" aria-labelledby="task-set-title">
        <h2 id="task-set-title">Next week</h2>
        <Field label="Task for next week">
          {(ids) => (
            <textarea
              {...ids}
              rows={2}
              value={fields.taskSet ?? ''}
              onChange={(e) => set({ taskSet: e.target.value })}
            />
          )}
        </Field>
      </section>
      <section className="writeup-section" aria-labelledby="covered-title">
        <h2 id="covered-title">Agenda covered</h2>
        {fields.agendaCovered.length === 0 ? (
          <p className="muted">This week has no agenda parts to tick.</p>
        ) : (
          <fieldset>
            <legend>Parts of this week’s agenda covered</legend>
            {fields.agendaCovered.map((part, i) => (
              <label key={part.segmentId} className="choice">
                <input
                  type="checkbox"
                  checked={part.covered}
                  onChange={(e) =>
                    set({
                      agendaCovered: fields.agendaCovered.map((p, j) =>
                        j === i ? { ...p, covered: e.target.checked } : p,
                      ),
                    })
                  }
                />{' '}
                {part.title}
              </label>
            ))}
          </fieldset>
        )}
      </section>
      <section className="writeup-section" aria-labelledby="focus-title">
        <h2 id="focus-title">Change of focus</h2>
        <Field
          label="Change of focus or dispute stage (optional)"
          hint={
            <>
              The change itself is recorded on the <Link to={agendaHref}>week’s agenda</Link>, in
              the course’s dated history.
            </>
          }
        >
          {(ids) => (
            <input
              {...ids}
              value={fields.focusChange?.note ?? ''}
              onChange={(e) => set({ focusChange: { note: e.target.value } })}
            />
          )}
        </Field>
      </section>
      <section className="writeup-section" aria-labelledby="note-title">
        <h2 id="note-title">Note</h2>
        <Field
          label="Session note"
          hint="A few lines: what the client brought, what you worked on."
        >
          {(ids) => (
            <textarea
              {...ids}
              rows={4}
              value={fields.note}
              onChange={(e) => set({ note: e.target.value })}
            />
          )}
        </Field>
      </section>
    </>
  );
}
