import { useState } from 'react';
import type { FormEvent } from 'react';

import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { amendWriteUp, effectiveWriteUp } from '../../domain/writeup';
import type { SessionWriteUp, WriteUpFields } from '../../domain/writeup';
import { saveWriteUp } from '../../db/writeups';
import { nowIso } from '../../state/edge';
import { Field } from '../../ui/field';

import { NumberFields } from './number-fields';
import { textsOf, withNumbers } from './numbers';
import type { NumberTexts } from './numbers';

interface Props {
  writeup: SessionWriteUp;
  onDone: (message: string) => void;
}

/** An amendment: a reason (required) and the fields that change; the original stays as it was. */
export function AmendForm({ writeup, onDone }: Props) {
  const current = effectiveWriteUp(writeup);
  const [reason, setReason] = useState('');
  const [texts, setTexts] = useState<NumberTexts>(() => textsOf(current));
  const [taskSet, setTaskSet] = useState(current.taskSet ?? '');
  const [note, setNote] = useState(current.note);
  const [problems, setProblems] = useState<Problem[]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const edited: WriteUpFields = withNumbers({ ...current, taskSet, note }, texts);
    const changes: Partial<WriteUpFields> = {
      minutes: edited.minutes,
      scores: edited.scores,
      note: edited.note,
      ...(taskSet === (current.taskSet ?? '') ? {} : { taskSet }),
    };
    const result = amendWriteUp(writeup, changes, reason, nowIso());
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    await saveWriteUp(result.value);
    onDone('Amendment saved. The original record is kept above it.');
  }

  return (
    <form
      className="form card"
      aria-labelledby="amend-title"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id="amend-title">Amend the record</h2>
      <Field label="Reason for the amendment" error={messageFor(problems, 'reason')}>
        {(ids) => <input {...ids} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <NumberFields
        texts={texts}
        onChange={setTexts}
        errors={{
          minutes: messageFor(problems, 'minutes'),
          phq9: messageFor(problems, 'phq9'),
          gad7: messageFor(problems, 'gad7'),
        }}
      />
      <Field label="Task for next week (amended)">
        {(ids) => (
          <textarea
            {...ids}
            rows={2}
            value={taskSet}
            onChange={(e) => setTaskSet(e.target.value)}
          />
        )}
      </Field>
      <Field label="Session note (amended)">
        {(ids) => (
          <textarea {...ids} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      {messageFor(problems, 'changes') ? (
        <p className="field__error" role="alert">
          {messageFor(problems, 'changes')}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit">Save amendment</button>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
    </form>
  );
}
