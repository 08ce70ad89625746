import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';

import type { Client } from '../../domain/types';
import { deleteClientForever } from '../../db/clients';
import { Field } from '../../ui/field';

/** Permanent deletion, only after the therapist types the client code. */
export function DeleteClient({ client }: { client: Client }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const navigate = useNavigate();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== client.code) {
      return setError(`Type ${client.code} exactly to confirm. Nothing has been deleted.`);
    }
    await deleteClientForever(client.id);
    await navigate('/clients');
  }

  return (
    <form
      className="card card--danger form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="delete-title"
    >
      <h2 id="delete-title">Delete permanently</h2>
      <p>
        This removes the client and every course, session and record for them from this browser. It
        cannot be undone. Consider archiving instead.
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
      <button type="submit" className="danger">
        Delete client permanently
      </button>
    </form>
  );
}
