import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { saveAmendment } from '../../app-model/commands/writeup';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { amendWriteUp, effectiveWriteUp } from '../../domain/writeup';
import type { SessionWriteUp, WriteUpFields } from '../../domain/writeup';
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
  const amend = useCommand(saveAmendment, {
    done: 'Amendment saved. The original record is kept above it.',
    onDone: () => onDone('Amendment saved. The original record is kept above it.'),
  });
  const dirty =
    reason !== '' ||
    note !== current.note ||
    taskSet !== (current.taskSet ?? '') ||
    JSON.stringify(texts) !== JSON.stringify(textsOf(current));
  const blocker = useUnsavedGuard(dirty && !amend.pending && amend.status.kind !== 'done');

  async function submit() {
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
    setProblems([]);
    await amend.run({ sessionId: writeup.sessionId, changes, reason });
  }

  return (
    <form
      className="form card"
      aria-labelledby="amend-title"
      onSubmit={(e) => {
        e.preventDefault();
        return submit();
      }}
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
        <button type="submit" disabled={amend.pending}>
          Save amendment
        </button>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
      <CommandStatus status={amend.status} />
      <UnsavedPrompt blocker={blocker} what="the amendment" />
    </form>
  );
}
