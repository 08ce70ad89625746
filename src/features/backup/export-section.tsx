import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { saveBackupFile, saveClientBackupFile } from '../../app-model/commands/backup';
import { useCommand } from '../../app-model/use-command';
import { listClients } from '../../db/clients';

import { ProgressLine } from './progress-line';

type Progress = { label: string; done: number; total: number } | undefined;

/** Saving a backup: everything, or one client's records (chosen from the list). */
export function ExportSection() {
  const clients = useLiveQuery(() => listClients(), []);
  const [clientId, setClientId] = useState('');
  const [progress, setProgress] = useState<Progress>(undefined);
  const all = useCommand(
    (onStep: typeof setProgress) =>
      saveBackupFile((step, done, total) =>
        onStep({
          label: step === 'reading' ? 'Reading the records' : 'Writing the file',
          done,
          total,
        }),
      ),
    { done: (name) => `Backup file saved (${name}).`, onDone: () => setProgress(undefined) },
  );
  const one = useCommand(saveClientBackupFile, {
    done: (name) => `Client backup saved (${name}).`,
  });
  const chosen = clientId || clients?.[0]?.id || '';
  return (
    <section aria-labelledby="backup-save-heading">
      <h2 id="backup-save-heading">Save a backup</h2>
      <button type="button" disabled={all.pending} onClick={() => all.run(setProgress)}>
        Save a backup of all data
      </button>
      {all.pending && progress ? <ProgressLine {...progress} /> : null}
      <CommandStatus status={all.status} />
      {clients && clients.length > 0 ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            return one.run(chosen);
          }}
        >
          <div className="field">
            <label htmlFor="backup-client">Client</label>
            <select id="backup-client" value={chosen} onChange={(e) => setClientId(e.target.value)}>
              {clients.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" disabled={one.pending}>
            Save this client’s records
          </button>
          <CommandStatus status={one.status} />
        </form>
      ) : null}
    </section>
  );
}
