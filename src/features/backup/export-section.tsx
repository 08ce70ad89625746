import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { saveClientBackupFile } from '../../app-model/commands/backup';
import { SaveBackupButton } from '../../app-model/save-backup-button';
import { useCommand } from '../../app-model/use-command';
import { listClients } from '../../db/clients';

/** Saving a backup: everything, or one client's records (chosen from the list). */
export function ExportSection() {
  const clients = useLiveQuery(() => listClients(), []);
  const [clientId, setClientId] = useState('');
  const one = useCommand(saveClientBackupFile, {
    done: (name) => `Client backup saved (${name}).`,
  });
  const chosen = clientId || clients?.[0]?.id || '';
  return (
    <section aria-labelledby="backup-save-heading">
      <h2 id="backup-save-heading">Save a backup</h2>
      <SaveBackupButton />
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
