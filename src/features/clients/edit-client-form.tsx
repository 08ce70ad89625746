import { useState } from 'react';
import type { FormEvent } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import {
  clientCodeProblem,
  codeTakenSentence,
  saveClientDetails,
} from '../../app-model/commands/clients';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import type { Client } from '../../domain/types';
import { Field } from '../../ui/field';

/** Changes a client's code or optional name; the code stays unique. */
export function EditClientForm({ client }: { client: Client }) {
  const [code, setCode] = useState(client.code);
  const [fullName, setFullName] = useState(client.fullName ?? '');
  const [stored, setStored] = useState({ code: client.code, fullName: client.fullName ?? '' });
  const [error, setError] = useState<string>();
  const save = useCommand(saveClientDetails, {
    done: 'Details saved',
    onDone: () => setStored({ code: code.trim(), fullName: fullName.trim() }),
  });
  const dirty = code.trim() !== stored.code || fullName.trim() !== stored.fullName;
  const blocker = useUnsavedGuard(dirty);

  // A code already in use (checked inside the write itself) shows at the field, like a typing error.
  const taken =
    save.status.kind === 'failed' && save.status.message === codeTakenSentence(code)
      ? save.status.message
      : undefined;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = clientCodeProblem(code);
    if (problem) return setError(problem);
    return save.run(client.id, { code, fullName });
  }

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="edit-client-title">
      <h2 id="edit-client-title">Details</h2>
      <UnsavedPrompt blocker={blocker} what="the client's details" />
      <Field label="Client code" error={error ?? taken}>
        {(ids) => (
          <input
            {...ids}
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setError(undefined);
              save.reset();
            }}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label="Full name (optional)">
        {(ids) => (
          <input
            {...ids}
            value={fullName}
            onChange={(e) => {
              setFullName(e.target.value);
              save.reset();
            }}
            autoComplete="off"
          />
        )}
      </Field>
      <button type="submit" disabled={save.pending}>
        Save details
      </button>
      <CommandStatus status={taken ? { kind: 'idle' } : save.status} />
    </form>
  );
}
