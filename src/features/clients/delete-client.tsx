import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { deleteClient } from '../../app-model/commands/clients';
import { useCommand } from '../../app-model/use-command';
import type { Client } from '../../domain/types';
import { Field } from '../../ui/field';

/**
 * Permanent deletion behind a closed disclosure (not a red panel on every visit), and only after
 * the therapist types the client code.
 */
export function DeleteClient({ client }: { client: Client }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const navigate = useNavigate();
  const remove = useCommand(deleteClient, {
    done: `Client ${client.code} deleted`,
    onDone: () => navigate('/clients', { state: { notice: `Client ${client.code} deleted` } }),
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== client.code) {
      return setError(`Type ${client.code} exactly to confirm. Nothing has been deleted.`);
    }
    return remove.run(client, typed);
  }

  return (
    <details className="danger-zone">
      <summary>Delete this client permanently…</summary>
      <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="delete-title">
        <h2 id="delete-title">Delete permanently</h2>
        <p>
          This removes the client and every course, session and record for them from this browser.
          It cannot be undone. Consider archiving instead.
        </p>
        <Field label={`Type the client code (${client.code}) to confirm`} error={error}>
          {(ids) => (
            <input
              {...ids}
              value={typed}
              onChange={(e) => {
                setTyped(e.target.value);
                setError(undefined);
              }}
              autoComplete="off"
            />
          )}
        </Field>
        <button type="submit" className="danger" disabled={remove.pending}>
          Delete client permanently
        </button>
        <CommandStatus status={remove.status} />
      </form>
    </details>
  );
}
