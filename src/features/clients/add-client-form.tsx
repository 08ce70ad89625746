import { useState } from 'react';
import type { FormEvent } from 'react';

import { checkClientCode, suggestClientCode } from '../../domain/client-code';
import { addClient, codeTaken } from '../../db/clients';
import { newId, nowIso, randomBytes } from '../../state/edge';
import { Field } from '../../ui/field';

interface Props {
  onAdded: (id: string) => void;
}

/** Adds a client under a suggested random code; the full name is optional. */
export function AddClientForm({ onAdded }: Props) {
  const [code, setCode] = useState(() => suggestClientCode(randomBytes(4)));
  const [fullName, setFullName] = useState('');
  const [error, setError] = useState<string>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = code.trim();
    const problem = checkClientCode(trimmed)[0];
    if (problem) return setError(problem.message);
    if (await codeTaken(trimmed))
      return setError(`Another client already has the code ${trimmed}.`);
    const id = newId();
    const name = fullName.trim();
    await addClient({
      id,
      code: trimmed,
      archived: false,
      createdAt: nowIso(),
      ...(name ? { fullName: name } : {}),
    });
    onAdded(id);
  }

  return (
    <form
      className="card form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby="add-client-title"
    >
      <h2 id="add-client-title">Add a client</h2>
      <Field
        label="Client code"
        hint="A random code is suggested. Initials are avoided: they can identify people in small communities."
        error={error}
      >
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
      <button type="submit">Add client</button>
    </form>
  );
}
