import { useState } from 'react';
import type { FormEvent } from 'react';

import { checkClientCode } from '../../domain/client-code';
import type { Client } from '../../domain/types';
import { codeTaken, updateClient } from '../../db/clients';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

/** Changes a client's code or optional name; the code stays unique. */
export function EditClientForm({ client }: { client: Client }) {
  const [code, setCode] = useState(client.code);
  const [fullName, setFullName] = useState(client.fullName ?? '');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const trimmed = code.trim();
    const problem = checkClientCode(trimmed)[0];
    if (problem) return setError(problem.message);
    if (await codeTaken(trimmed, client.id))
      return setError(`Another client already has the code ${trimmed}.`);
    const name = fullName.trim();
    await updateClient(client.id, { code: trimmed, fullName: name === '' ? undefined : name });
    setSaved(true);
  }

  return (
    <form
      className="card form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="edit-client-title"
    >
      <h2 id="edit-client-title">Details</h2>
      <Field label="Client code" error={error}>
        {(ids) => (
          <input
            {...ids}
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setError(undefined);
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
            onChange={(e) => setFullName(e.target.value)}
            autoComplete="off"
          />
        )}
      </Field>
      <button type="submit">Save details</button>
      {saved ? (
        <Notice tone="success" live>
          Details saved.
        </Notice>
      ) : null}
    </form>
  );
}
