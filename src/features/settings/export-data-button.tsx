import { CommandStatus } from '../../app-model/command-status';
import { saveBackupFile } from '../../app-model/commands/backup';
import { useCommand } from '../../app-model/use-command';

/** Downloads everything stored in this browser as one JSON file (a backup the therapist keeps). */
export function ExportDataButton() {
  const save = useCommand(saveBackupFile, { done: (name) => `Backup file saved (${name}).` });
  return (
    <>
      <button type="button" disabled={save.pending} onClick={() => save.run()}>
        Save a backup of all data
      </button>
      <CommandStatus status={save.status} />
    </>
  );
}
