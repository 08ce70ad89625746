import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { saveClinician } from '../../app-model/commands/writeup';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import type { Clinician } from '../../domain/writeup';
import { getSetting } from '../../db/settings';
import { Field } from '../../ui/field';

async function loadClinician(): Promise<Clinician> {
  const [name, credentials] = await Promise.all([
    getSetting<string>('clinicianName', ''),
    getSetting<string>('clinicianCredentials', ''),
  ]);
  return { name, credentials };
}

/** The clinician's name and credentials, signed at the foot of every progress note. */
export function ClinicianForm() {
  const stored = useLiveQuery(loadClinician, []);
  if (stored === undefined) return null;
  return <ClinicianFormFields stored={stored} />;
}

function ClinicianFormFields({ stored }: { stored: Clinician }) {
  const [name, setName] = useState(stored.name);
  const [credentials, setCredentials] = useState(stored.credentials);
  const [error, setError] = useState<string | undefined>();
  const dirty = name !== stored.name || credentials !== stored.credentials;
  const blocker = useUnsavedGuard(dirty);
  const save = useCommand(saveClinician, { done: 'Clinician details saved' });

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (name.trim() === '' && credentials.trim() !== '') {
      setError('Add your name: the credentials are printed after it.');
      return;
    }
    setError(undefined);
    return save.run({ name, credentials });
  }

  return (
    <section className="card" aria-labelledby="clinician-title">
      <h2 id="clinician-title">Clinician</h2>
      <p className="hint">Printed at the foot of every progress note.</p>
      <form onSubmit={onSubmit}>
        <Field label="Your name" error={error}>
          {(ids) => <input {...ids} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Credentials" hint="For example: DClinPsy, IPT practitioner.">
          {(ids) => (
            <input {...ids} value={credentials} onChange={(e) => setCredentials(e.target.value)} />
          )}
        </Field>
        <button type="submit" disabled={save.pending}>
          Save clinician details
        </button>
        <CommandStatus status={save.status} />
      </form>
      <UnsavedPrompt blocker={blocker} what="the clinician details" />
    </section>
  );
}
