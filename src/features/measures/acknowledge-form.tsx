import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { acknowledgeRiskFlag } from '../../app-model/commands/risk';
import { useCommand } from '../../app-model/use-command';
import { formatTimestamp } from '../../domain/dates';
import {
  checkAcknowledgement,
  planUnchangedAcknowledgement,
  RISK_SOURCE_LABEL,
} from '../../domain/measures';
import type { AcknowledgementInput, RiskFlag, SafetyPlanState } from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import { messageFor } from '../../domain/problems';
import { Field } from '../../ui/field';

const PLAN_OPTIONS: { value: SafetyPlanState; label: string }[] = [
  { value: 'reviewed', label: 'Safety plan reviewed' },
  { value: 'made', label: 'Safety plan made' },
  { value: 'not-needed', label: 'No safety plan needed' },
];

/** One open flag with its structured acknowledgement; the app stamps date and time. */
export function AcknowledgeForm({
  flag,
  index,
  onAcknowledged,
}: {
  flag: RiskFlag;
  index: number;
  /** Runs after the write: the form leaves the screen with the flag, so the parent confirms. */
  onAcknowledged?: (flag: RiskFlag) => void;
}) {
  const [assessed, setAssessed] = useState(false);
  const [safetyPlan, setSafetyPlan] = useState<SafetyPlanState | ''>('');
  const [action, setAction] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const id = `flag-${index}`;

  const acknowledge = useCommand(acknowledgeRiskFlag, {
    done: 'Flag acknowledged',
    ...(onAcknowledged ? { onDone: onAcknowledged } : {}),
  });

  async function save(input: AcknowledgementInput) {
    const found = checkAcknowledgement(input);
    setProblems(found);
    if (found.length > 0) return;
    await acknowledge.run(flag.id, input);
  }
  const planError = messageFor(problems, 'safetyPlan');

  return (
    <section className="card flag-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {RISK_SOURCE_LABEL[flag.source]}, raised {formatTimestamp(flag.raisedAt)}
      </h3>
      <p>{flag.detail}</p>
      <form
        className="form"
        noValidate
        aria-label={`Acknowledge: ${RISK_SOURCE_LABEL[flag.source]}`}
        onSubmit={(e) => {
          e.preventDefault();
          return save({ assessed, safetyPlan: safetyPlan as SafetyPlanState, action, note });
        }}
      >
        <Field label="I assessed risk in this session" error={messageFor(problems, 'assessed')}>
          {(ids) => (
            <input
              {...ids}
              type="checkbox"
              checked={assessed}
              onChange={(e) => setAssessed(e.target.checked)}
            />
          )}
        </Field>
        <fieldset
          className={planError ? 'field--error' : undefined}
          {...(planError ? { 'aria-describedby': `${id}-plan-error` } : {})}
        >
          <legend>Safety plan</legend>
          {PLAN_OPTIONS.map((o) => (
            <label key={o.value} className="choice">
              <input
                type="radio"
                name={`${id}-plan`}
                checked={safetyPlan === o.value}
                onChange={() => setSafetyPlan(o.value)}
              />{' '}
              {o.label}
            </label>
          ))}
          {planError ? (
            <p className="field__error" id={`${id}-plan-error`} role="alert">
              {planError}
            </p>
          ) : null}
        </fieldset>
        <Field label="Action taken" error={messageFor(problems, 'action')}>
          {(ids) => <input {...ids} value={action} onChange={(e) => setAction(e.target.value)} />}
        </Field>
        <Field label="Note of the assessment" error={messageFor(problems, 'note')}>
          {(ids) => <textarea {...ids} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="button-row">
          <button type="submit" disabled={acknowledge.pending}>
            Acknowledge flag
          </button>
          <button
            type="button"
            className="secondary"
            disabled={acknowledge.pending}
            onClick={() => save(planUnchangedAcknowledgement(note))}
          >
            Assessed, plan unchanged (ongoing passive ideation)
          </button>
        </div>
        <CommandStatus status={acknowledge.status} />
      </form>
    </section>
  );
}
