import { useState } from 'react';
import type { FormEvent } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { addClient, clientCodeProblem, codeTakenSentence } from '../../app-model/commands/clients';
import { useCommand } from '../../app-model/use-command';
import { suggestClientCode } from '../../domain/client-code';
import { randomBytes } from '../../state/edge';
import { Field } from '../../ui/field';

interface Props {
  onAdded: (id: string) => Promise<void> | void;
}

/** Adds a client under a suggested random code; the full name is optional. */
export function AddClientForm({ onAdded }: Props) {
  const [code, setCode] = useState(() => suggestClientCode(randomBytes(4)));
  const [fullName, setFullName] = useState('');
  const [error, setError] = useState<string>();
  const add = useCommand(addClient, {
    done: (client) => `Client ${client.code} added`,
    onDone: (client) => onAdded(client.id),
  });

  // A code already in use (checked inside the write itself) shows at the field, like a typing error.
  const taken =
    add.status.kind === 'failed' && add.status.message === codeTakenSentence(code)
      ? add.status.message
      : undefined;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problem = clientCodeProblem(code);
    if (problem) return setError(problem);
    return add.run({ code, fullName });
  }

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="add-client-title">
      <h2 id="add-client-title">Add a client</h2>
      <Field
        label="Client code"
        hint="A random code is suggested. Initials are avoided: they can identify people in small communities."
        error={error ?? taken}
      >
        {(ids) => (
          <input
            {...ids}
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setError(undefined);
              add.reset();
            }}
            autoComplete="off"
          />
        )}
      </Field>
      <button
        type="button"
        className="secondary"
        onClick={() => setCode(suggestClientCode(randomBytes(4)))}
      >
        Suggest another code
      </button>
      <Field
        label="Full name (optional)"
        hint="Shown on screen only. Printed pages show the code unless you opt in."
      >
        {(ids) => (
          <input
            {...ids}
            value={fullName}
            onChange={(e) => setFullName(e.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <button type="submit" disabled={add.pending}>
        Add client
      </button>
      <CommandStatus status={taken ? { kind: 'idle' } : add.status} />
    </form>
  );
}
