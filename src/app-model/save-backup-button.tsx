/**
 * "Save a backup of all data" with its progress: one button for every place that offers a full
 * backup (Settings, the Backup screen, the error screen), so each shows the same progress bar
 * while the records are read and the same confirmation when the file is saved.
 */
import { useState } from 'react';

import { ProgressLine } from '../ui/progress-line';

import { CommandStatus } from './command-status';
import { saveBackupFile } from './commands/backup';
import { useCommand } from './use-command';

type Progress = { label: string; done: number; total: number } | undefined;

const STEP_LABELS = { reading: 'Reading the records', writing: 'Writing the file' } as const;

export function SaveBackupButton() {
  const [progress, setProgress] = useState<Progress>(undefined);
  const save = useCommand(
    (onStep: typeof setProgress) =>
      saveBackupFile((step, done, total) => onStep({ label: STEP_LABELS[step], done, total })),
    { done: (name) => `Backup file saved (${name}).`, onDone: () => setProgress(undefined) },
  );
  return (
    <>
      <button
        type="button"
        disabled={save.pending}
        onClick={() => {
          setProgress(undefined);
          return save.run(setProgress);
        }}
      >
        Save a backup of all data
      </button>
      {save.pending && progress ? <ProgressLine {...progress} /> : null}
      <CommandStatus status={save.status} />
    </>
  );
}
