import { useState } from 'react';

import type { AgendaEvent, ReviewDecision } from '../../domain/agenda/types';
import { REVIEW_DECISIONS } from '../../domain/agenda/types';
import { DECISION_LABEL } from '../../domain/agenda/content-review';
import { updateAgenda } from '../../db/agendas';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

import { recordChange } from './week-record';
import type { WeekAgenda } from './week-agenda';

const EVENT_LABEL: Record<AgendaEvent, string> = {
  'new-problem': 'A new problem outside the focus',
  crisis: 'A crisis (risk assessment first, crisis work replaces the focus)',
  'early-ending': 'The course ends early (termination in this session)',
};
const EVENTS = Object.keys(EVENT_LABEL) as AgendaEvent[];

/** Mark this week's events; the agenda is rebuilt around them (edits kept). */
export function WeekEvents({ week, courseId }: { week: WeekAgenda; courseId: string }) {
  const [chosen, setChosen] = useState<AgendaEvent[]>(week.saved?.events ?? []);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  async function save() {
    try {
      const input = { ...week.input, events: chosen };
      await updateAgenda(
        week.session.id,
        recordChange(week, courseId, input, () => ({ events: chosen })),
      );
      setError('');
      setMessage(
        chosen.length === 0
          ? 'No events marked for this week.'
          : 'Events saved; the agenda follows them.',
      );
    } catch {
      setMessage('');
      setError('The events could not be saved. Your choice is kept: try again.');
    }
  }
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
                setMessage('');
              }}
            />{' '}
            {EVENT_LABEL[e]}
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => void save()}>
          Save events
        </button>
      </div>
      {message ? (
        <Notice tone="success" live>
          {message}
        </Notice>
      ) : null}
      {error ? (
        <Notice tone="warning" live>
          {error}
        </Notice>
      ) : null}
    </section>
  );
}

/** The mid-course review's decision: recorded here, followed by the weeks after. */
export function ReviewDecisionForm({ week, courseId }: { week: WeekAgenda; courseId: string }) {
  const recorded = week.saved?.reviewDecision;
  const [decision, setDecision] = useState<ReviewDecision | undefined>(recorded?.decision);
  const [note, setNote] = useState(recorded?.note ?? '');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  async function save() {
    if (!decision) return setError('Choose what was decided at the review.');
    try {
      const record = { decision, note: note.trim() };
      await updateAgenda(
        week.session.id,
        recordChange(week, courseId, week.input, () => ({ reviewDecision: record })),
      );
      setError('');
      setMessage(
        `Decision recorded: ${DECISION_LABEL[decision].toLowerCase()}. The following weeks follow it.`,
      );
    } catch {
      setMessage('');
      setError('The decision could not be saved. Your choice is kept: try again.');
    }
  }
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
                setMessage('');
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
        {(ids) => <textarea {...ids} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="button-row">
        <button type="button" onClick={() => void save()}>
          Record decision
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
