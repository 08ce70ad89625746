import { useState } from 'react';
import type { ChangeEvent } from 'react';

import { countRecords } from '../../domain/backup';
import type { ValidBackup } from '../../domain/backup';
import type { Problem } from '../../domain/problems';
import { readBackupFile, restoreBackup } from '../../db/restore';
import { newId, nowIso } from '../../state/edge';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';

type Stage =
  | { kind: 'idle' }
  | { kind: 'refused'; file: string; problems: Problem[] }
  | { kind: 'ready'; file: string; backup: ValidBackup }
  | { kind: 'restoring'; file: string; backup: ValidBackup }
  | { kind: 'done'; file: string; total: number };

/** Restores a backup file: checked whole before anything is written, then merged on confirmation. */
export function BackupPage() {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  // readBackupFile and restoreBackup never throw: every outcome comes back as a Result shown here.
  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const result = await readBackupFile(file);
    setStage(
      result.ok
        ? { kind: 'ready', file: file.name, backup: result.value }
        : { kind: 'refused', file: file.name, problems: result.problems },
    );
  }

  async function onRestore(backup: ValidBackup, file: string) {
    setStage({ kind: 'restoring', file, backup });
    const result = await restoreBackup(backup, { newId, now: nowIso() });
    setStage(
      result.ok
        ? { kind: 'done', file, total: result.value.written }
        : { kind: 'refused', file, problems: result.problems },
    );
  }

  return (
    <Page title="Restore a backup">
      <p>
        Choose a backup file saved from this app (Settings → Save a backup of all data). The whole
        file is checked first; if anything in it is wrong, nothing is changed.
      </p>
      <div className="field">
        <label htmlFor="backup-file">Backup file</label>
        <input
          id="backup-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => onFile(e)}
        />
      </div>
      {stage.kind === 'refused' ? (
        <Notice tone="danger" live title={`${stage.file} was refused. Nothing has been changed.`}>
          <ul>
            {stage.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {stage.kind === 'ready' || stage.kind === 'restoring' ? (
        <Notice tone="info" live title={`${stage.file} is a valid backup`}>
          <ul>
            {Object.entries(countRecords(stage.backup)).map(([table, n]) => (
              <li key={table}>
                {n} {table}
              </li>
            ))}
          </ul>
          <p>Records with the same id as records here replace them; everything else is added.</p>
          <button
            type="button"
            disabled={stage.kind === 'restoring'}
            onClick={() => onRestore(stage.backup, stage.file)}
          >
            {stage.kind === 'restoring' ? 'Restoring…' : 'Restore these records'}
          </button>
        </Notice>
      ) : null}
      {stage.kind === 'done' ? (
        <Notice tone="success" live>
          Restored {stage.total} records from {stage.file}.
        </Notice>
      ) : null}
    </Page>
  );
}
