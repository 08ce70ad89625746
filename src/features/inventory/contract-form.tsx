import { useState } from 'react';
import type { FormEvent } from 'react';

import { FREQUENCIES, checkContract } from '../../domain/inventory';
import type { ContractDraft, Frequency, TreatmentContract } from '../../domain/inventory';
import { RULE_LABEL } from '../../domain/labels';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { MISSED_SESSION_RULES } from '../../domain/types';
import type { Course, MissedSessionRule } from '../../domain/types';
import { CommandStatus } from '../../app-model/command-status';
import { saveTreatmentContract } from '../../app-model/commands/inventory';
import { useCommand } from '../../app-model/use-command';
import { newId } from '../../state/edge';
import { Field } from '../../ui/field';
import { todayIso } from '../../state/edge';

import { useReportDirty } from './unsaved-forms';
import type { ReportDirty } from './unsaved-forms';

const FREQUENCY_LABEL: Record<Frequency, string> = {
  weekly: 'Weekly',
  'twice-weekly': 'Twice a week',
  fortnightly: 'Every two weeks',
};

function warningFor(problems: readonly Problem[], field: string): string | undefined {
  return problems.find((p) => p.field === field && p.severity === 'warning')?.message;
}

interface ContractFormProps {
  course: Course;
  initial: ContractDraft;
  saved: TreatmentContract | undefined;
  onDirty?: ReportDirty;
}

/** The treatment contract; its missed-session rule is the one the course plan follows. */
export function ContractForm({ course, initial, saved, onDirty }: ContractFormProps) {
  const [draft, setDraft] = useState<ContractDraft>(initial);
  const [stored, setStored] = useState<ContractDraft>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = (changes: Partial<ContractDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const checked = checkContract(draft, course);
  const save = useCommand(saveTreatmentContract, {
    done: (ruleChanged) =>
      ruleChanged
        ? 'Contract saved. The course plan now follows its missed-session rule.'
        : 'Contract saved.',
    onDone: () => setStored(draft),
  });
  useReportDirty(onDirty, 'the contract', JSON.stringify(draft) !== JSON.stringify(stored));

  function submit(e: FormEvent) {
    e.preventDefault();
    setProblems(checked);
    if (checked.some((p) => p.severity === 'error')) return undefined;
    const { agreedDate, ...rest } = draft;
    return save.run(course, {
      ...rest,
      ...(draft.agreed ? { agreedDate } : {}),
      id: saved?.id ?? newId(),
    });
  }

  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="contract-heading">
      <h2 id="contract-heading">Treatment contract</h2>
      <Field
        label="Number of sessions"
        error={messageFor(problems, 'sessions')}
        warning={warningFor(checked, 'sessions')}
      >
        {(ids) => (
          <input
            {...ids}
            type="number"
            inputMode="numeric"
            value={Number.isNaN(draft.sessions) ? '' : draft.sessions}
            onChange={(e) =>
              set({ sessions: e.target.value === '' ? Number.NaN : Number(e.target.value) })
            }
          />
        )}
      </Field>
      <Field
        label="End date"
        hint="From the course plan: the date of the last session."
        error={messageFor(problems, 'endDate')}
      >
        {(ids) => (
          <input
            {...ids}
            type="date"
            value={draft.endDate}
            onChange={(e) => set({ endDate: e.target.value })}
          />
        )}
      </Field>
      <fieldset>
        <legend>How often</legend>
        <p className="hint">
          The app plans weekly sessions. Another frequency is recorded here but not scheduled.
        </p>
        {FREQUENCIES.map((f) => (
          <label key={f} className="choice">
            <input
              type="radio"
              name="frequency"
              checked={draft.frequency === f}
              onChange={() => set({ frequency: f })}
            />{' '}
            {FREQUENCY_LABEL[f]}
          </label>
        ))}
        {messageFor(problems, 'frequency') ? (
          <p role="alert" className="field__error">
            {messageFor(problems, 'frequency')}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>When the client misses a session</legend>
        <p className="hint">
          The course plan follows this rule; changing it here changes it for the course.
        </p>
        {MISSED_SESSION_RULES.map((r: MissedSessionRule) => (
          <label key={r} className="choice">
            <input
              type="radio"
              name="missed-rule"
              checked={draft.missedSessionRule === r}
              onChange={() => set({ missedSessionRule: r })}
            />{' '}
            {RULE_LABEL[r]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Consent</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.supervisionConsent}
            onChange={(e) => set({ supervisionConsent: e.target.checked })}
          />{' '}
          The client agrees the work may be discussed in supervision
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.recordingConsent}
            onChange={(e) => set({ recordingConsent: e.target.checked })}
          />{' '}
          The client agrees sessions may be recorded
        </label>
      </fieldset>
      <fieldset>
        <legend>Was the contract agreed?</legend>
        <label className="choice">
          <input
            type="radio"
            name="contract-agreed"
            checked={draft.agreed}
            // The day it is agreed is usually today: offered, and still editable.
            onChange={() => set({ agreed: true, agreedDate: draft.agreedDate || todayIso() })}
          />{' '}
          Yes
        </label>
        <label className="choice">
          <input
            type="radio"
            name="contract-agreed"
            checked={!draft.agreed}
            onChange={() => set({ agreed: false })}
          />{' '}
          No, not yet
        </label>
        {draft.agreed ? (
          <Field label="Date agreed" error={messageFor(problems, 'agreedDate')}>
            {(ids) => (
              <input
                {...ids}
                type="date"
                value={draft.agreedDate ?? ''}
                onChange={(e) => set({ agreedDate: e.target.value })}
              />
            )}
          </Field>
        ) : null}
      </fieldset>
      <Field label="Notes (optional)" error={messageFor(problems, 'notes')}>
        {(ids) => (
          <textarea
            {...ids}
            value={draft.notes ?? ''}
            onChange={(e) => set({ notes: e.target.value })}
          />
        )}
      </Field>
      <button type="submit" disabled={save.pending}>
        Save contract
      </button>
      <CommandStatus status={save.status} />
    </form>
  );
}
