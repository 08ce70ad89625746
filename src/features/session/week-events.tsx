import { useState } from 'react';

import type { WeekAgenda } from '../../app-model/agenda/week-agenda';
import { recordReviewDecision, recordWeekEvents } from '../../app-model/commands/agenda';
import { CommandStatus } from '../../app-model/command-status';
import { useCommand } from '../../app-model/use-command';
import type { AgendaEvent, ReviewDecision } from '../../domain/agenda/types';
import { REVIEW_DECISIONS } from '../../domain/agenda/types';
import { DECISION_LABEL } from '../../domain/agenda/content-review';
import { Field } from '../../ui/field';

import { useReportUnsaved } from './agenda-editor';

const EVENT_LABEL: Record<AgendaEvent, string> = {
  'new-problem': 'A new problem outside the focus',
  crisis: 'A crisis (risk assessment first, crisis work replaces the focus)',
  'early-ending': 'The course ends early (termination in this session)',
};
const EVENTS = Object.keys(EVENT_LABEL) as AgendaEvent[];

const sameEvents = (a: readonly AgendaEvent[], b: readonly AgendaEvent[]) =>
  a.length === b.length && a.every((e) => b.includes(e));
const decisionWords = (d: ReviewDecision | undefined) => (d ? DECISION_LABEL[d].toLowerCase() : '');

/** Mark this week's events; the agenda is rebuilt around them (edits kept). */
export function WeekEvents({ week, courseId }: { week: WeekAgenda; courseId: string }) {
  const [chosen, setChosen] = useState<AgendaEvent[]>(week.saved?.events ?? []);
  const dirty = !sameEvents(chosen, week.saved?.events ?? []);
  useReportUnsaved('the events', dirty);
  const save = useCommand(recordWeekEvents, {
    done: (saved) =>
      (saved.events ?? []).length === 0
        ? 'No events recorded for this week'
        : 'Events recorded; the agenda follows them',
  });
  return (
    <section aria-labelledby="events-title" className="card no-print">
      <h2 id="events-title">Events this week</h2>
      <fieldset>
        <legend>What has happened</legend>
        {EVENTS.map((e) => (
          <label key={e} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(e)}
              onChange={(ev) => {
                setChosen(ev.target.checked ? [...chosen, e] : chosen.filter((x) => x !== e));
                save.reset();
              }}
            />{' '}
            {EVENT_LABEL[e]}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          disabled={save.pending}
          onClick={() => save.run(week, courseId, chosen)}
        >
          Save events
        </button>
      </div>
      <CommandStatus status={save.status} />
    </section>
  );
}

/** The mid-course review's decision: recorded here, followed by the weeks after. */
export function ReviewDecisionForm({ week, courseId }: { week: WeekAgenda; courseId: string }) {
  const recorded = week.saved?.reviewDecision;
  const [decision, setDecision] = useState<ReviewDecision | undefined>(recorded?.decision);
  const [note, setNote] = useState(recorded?.note ?? '');
  const [error, setError] = useState('');
  const dirty = decision !== recorded?.decision || note.trim() !== (recorded?.note ?? '');
  useReportUnsaved('the mid-course decision', dirty);
  const save = useCommand(recordReviewDecision, {
    done: (saved) =>
      `Decision recorded: ${decisionWords(saved.reviewDecision?.decision)}. The following weeks follow it.`,
  });
  const submit = () => {
    if (!decision) return setError('Choose what was decided at the review.');
    return save.run(week, courseId, decision, note);
  };
  return (
    <section aria-labelledby="decision-title" className="card no-print">
      <h2 id="decision-title">Mid-course decision</h2>
      <fieldset aria-describedby={error ? 'decision-error' : undefined}>
        <legend>What was decided with the client</legend>
        {REVIEW_DECISIONS.map((d) => (
          <label key={d} className="choice">
            <input
              type="radio"
              name="review-decision"
              checked={decision === d}
              onChange={() => {
                setDecision(d);
                setError('');
                save.reset();
              }}
            />{' '}
            {DECISION_LABEL[d]}
          </label>
        ))}
        {error ? (
          <p id="decision-error" className="field__error" role="alert">
            {error}
          </p>
        ) : null}
      </fieldset>
      <Field label="Decision note">
        {(ids) => (
          <textarea
            {...ids}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              save.reset();
            }}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="button" onClick={submit} disabled={save.pending}>
          Record decision
        </button>
      </div>
      <CommandStatus status={save.status} />
    </section>
  );
}
