/**
 * Backup commands: save the whole caseload (or one client) as a compact JSON file and remember
 * when (for the reminder); restore a checked file by merging or replacing. Long work runs in
 * slices with the page getting its turn in between (state/next-task), with progress reported.
 */
import { exportAllFile, exportClient } from '../../db/backup';
import type { Backup } from '../../db/backup';
import { restoreBackup } from '../../db/restore';
import type { MergeReport, OnProgress, RestoreMode } from '../../db/restore';
import { getSetting, setSetting } from '../../db/settings';
import type { ValidBackup } from '../../domain/backup';
import { backupParts } from '../../domain/backup-text';
import type { Result } from '../../domain/problems';
import { newId, nowIso } from '../../state/edge';
import { runSliced } from '../../state/next-task';
import { Refusal } from '../errors';

import { LAST_BACKUP_KEY, REMINDER_DAYS_KEY, REMINDER_DISMISSED_KEY } from './backup-keys';

export { LAST_BACKUP_KEY, REMINDER_DAYS_KEY, REMINDER_DISMISSED_KEY };

/** Where a long backup step is: reading or writing `done` of `total` records. */
export type BackupProgress = (step: 'reading' | 'writing', done: number, total: number) => void;

/** The backup as a file's parts, serialised a slice at a time with yields to the page. */
async function fileOf(backup: Backup, progress?: BackupProgress): Promise<Blob> {
  const parts: Blob[] = [];
  const total = Object.values(backup.tables).reduce((n, rows) => n + rows.length, 0);
  let done = 0;
  await runSliced(backupParts(backup), (part) => {
    parts.push(new Blob([part.text]));
    done += part.rows;
    progress?.('writing', done, total);
  });
  return new Blob(parts, { type: 'application/json' });
}

function download(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Downloads every record as one JSON file and records the time; returns the file name. */
export async function saveBackupFile(progress?: BackupProgress): Promise<string> {
  const now = nowIso();
  const file = await exportAllFile(now, (done, total) => progress?.('reading', done, total));
  const name = `ipt-planner-backup-${now.slice(0, 10)}.json`;
  download(file, name);
  await setSetting(LAST_BACKUP_KEY, now);
  return name;
}

/** Downloads one client's records (their courses and all that belongs to them); returns the name. */
export async function saveClientBackupFile(clientId: string): Promise<string> {
  const now = nowIso();
  const data = await exportClient(clientId, now);
  if (!data) throw new Refusal('not-found', 'This client is no longer stored here.');
  const code = String(
    (data.tables.clients?.[0] as { code?: string } | undefined)?.code ?? 'client',
  );
  const name = `ipt-planner-${code.replace(/[^A-Za-z0-9-]+/g, '_')}-${now.slice(0, 10)}.json`;
  download(await fileOf(data), name);
  return name;
}

/** Writes a checked backup by `mode` in one transaction (db/restore.ts); never throws. */
export function restoreFromBackup(
  backup: ValidBackup,
  mode: RestoreMode,
  onProgress?: OnProgress,
): Promise<Result<MergeReport>> {
  return restoreBackup(backup, { newId, now: nowIso() }, mode, onProgress);
}

export function dismissBackupReminder(): Promise<void> {
  return setSetting(REMINDER_DISMISSED_KEY, nowIso());
}

export function setBackupReminderDays(days: number): Promise<void> {
  return setSetting(REMINDER_DAYS_KEY, days);
}

export function getBackupReminderDays(fallback: number): Promise<number> {
  return getSetting<number>(REMINDER_DAYS_KEY, fallback);
}
