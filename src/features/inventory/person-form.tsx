import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';

import { CAN_CONFIDE, EXPECTATIONS_MET, RINGS, checkPerson } from '../../domain/inventory';
import type { PersonDraft } from '../../domain/inventory';
import { AREA_LABEL } from '../../domain/labels';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { PROBLEM_AREAS } from '../../domain/types';
import type { ProblemArea } from '../../domain/types';
import { CommandStatus } from '../../app-model/command-status';
import type { CommandStatus as Status } from '../../app-model/use-command';
import { Field } from '../../ui/field';

import { CONFIDE_LABEL, MET_LABEL, RING_LABEL } from './inventory-labels';
import { useReportDirty } from './unsaved-forms';
import type { ReportDirty } from './unsaved-forms';

type TextKey =
  | 'contactFrequency'
  | 'good'
  | 'notGood'
  | 'wouldChange'
  | 'expectationsClient'
  | 'expectationsOther'
  | 'conflicts'
  | 'changeSinceOnset';

const LONG_LABELS: { key: TextKey; label: string }[] = [
  { key: 'good', label: 'What is good about the relationship' },
  { key: 'notGood', label: 'What is not so good' },
  { key: 'wouldChange', label: 'What the client would change' },
  { key: 'expectationsClient', label: 'What the client expects of them' },
  { key: 'expectationsOther', label: 'What they expect of the client' },
  { key: 'conflicts', label: 'Conflicts and how they end' },
  { key: 'changeSinceOnset', label: 'Change since the depression began' },
];

interface PersonFormProps {
  initial: PersonDraft;
  submitLabel: string;
  legend: string;
  /** Runs the save command; the form keeps its text until the save succeeded. */
  onSave: (draft: PersonDraft) => Promise<boolean>;
  onCancel: () => void;
  /** The save command's state: the button waits while it runs, the outcome shows beside it. */
  pending: boolean;
  status: Status;
  /** What the unsaved-changes question calls this form, e.g. "Sam's record". */
  what: string;
  onDirty?: ReportDirty;
}

/** Every field of one inventory record; required fields are refused where they were typed. */
export function PersonForm(props: PersonFormProps) {
  const { initial, submitLabel, legend, onSave, onCancel } = props;
  const [draft, setDraft] = useState<PersonDraft>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  useReportDirty(props.onDirty, props.what, JSON.stringify(draft) !== JSON.stringify(initial));

  function submit(e: FormEvent) {
    e.preventDefault();
    const found = checkPerson(draft);
    setProblems(found);
    return found.length === 0 ? onSave(draft) : undefined;
  }

  const text = (key: TextKey, label: string, long = true): ReactNode => (
    <Field key={key} label={label} error={messageFor(problems, key)}>
      {(ids) =>
        long ? (
          <textarea {...ids} value={draft[key]} onChange={(e) => set(key, e.target.value)} />
        ) : (
          <input {...ids} value={draft[key]} onChange={(e) => set(key, e.target.value)} />
        )
      }
    </Field>
  );

  return (
    <form className="form card person-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{legend}</legend>
        <Field label="Name or initials" error={messageFor(problems, 'name')}>
          {(ids) => (
            <input {...ids} value={draft.name} onChange={(e) => set('name', e.target.value)} />
          )}
        </Field>
        <Field
          label="Relationship"
          hint='Who they are to the client, such as "partner". Paper shows this instead of the name.'
          error={messageFor(problems, 'relationship')}
        >
          {(ids) => (
            <input
              {...ids}
              value={draft.relationship}
              onChange={(e) => set('relationship', e.target.value)}
            />
          )}
        </Field>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.died === true}
            onChange={(e) => set('died', e.target.checked)}
          />{' '}
          Has died
        </label>
        <Field label="Closeness ring" error={messageFor(problems, 'ring')}>
          {(ids) => (
            <select
              {...ids}
              value={draft.ring}
              onChange={(e) => set('ring', Number(e.target.value) as PersonDraft['ring'])}
            >
              {RINGS.map((r) => (
                <option key={r} value={r}>
                  {RING_LABEL[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('contactFrequency', 'How often they are in contact', false)}
        {LONG_LABELS.map(({ key, label }) => text(key, label))}
        <Field label="Are the expectations met?" error={messageFor(problems, 'expectationsMet')}>
          {(ids) => (
            <select
              {...ids}
              value={draft.expectationsMet}
              onChange={(e) =>
                set('expectationsMet', e.target.value as PersonDraft['expectationsMet'])
              }
            >
              {EXPECTATIONS_MET.map((m) => (
                <option key={m} value={m}>
                  {MET_LABEL[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Can the client confide in them?" error={messageFor(problems, 'canConfide')}>
          {(ids) => (
            <select
              {...ids}
              value={draft.canConfide}
              onChange={(e) => set('canConfide', e.target.value as PersonDraft['canConfide'])}
            >
              {CAN_CONFIDE.map((c) => (
                <option key={c} value={c}>
                  {CONFIDE_LABEL[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Candidate problem area"
          hint="The person marked with the course's focus area appears in middle-phase agendas."
          error={messageFor(problems, 'problemArea')}
        >
          {(ids) => (
            <select
              {...ids}
              value={draft.problemArea ?? ''}
              onChange={(e) =>
                set(
                  'problemArea',
                  e.target.value === '' ? undefined : (e.target.value as ProblemArea),
                )
              }
            >
              <option value="">None</option>
              {PROBLEM_AREAS.map((a) => (
                <option key={a} value={a}>
                  {AREA_LABEL[a]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <div className="button-row">
        <button type="submit" disabled={props.pending}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <CommandStatus status={props.status} />
    </form>
  );
}
