/**
 * Restoring a backup: the file is checked whole (restore-read.ts, domain/backup.ts) before
 * anything is written, previewed against what is stored (restore-preview.ts), then written in one
 * transaction that either completes or changes nothing (restore-merge.ts). Nothing here throws
 * past the caller: every outcome is a Result with sentences for the therapist.
 */
import type { ValidBackup } from '../domain/backup';
import { failure, problem, resultOf } from '../domain/problems';
import type { Result } from '../domain/problems';

import { db } from './database';
import { writeBackup } from './restore-merge';
import type { MergeReport, Raise, RestoreMode } from './restore-merge';
import { previewRestore } from './restore-preview';
import type { OnProgress, RestorePreview } from './restore-preview';

export type { MergeReport, RestoreMode } from './restore-merge';
export type { OnProgress, RestorePreview } from './restore-preview';
export { backupShape, readBackup, readBackupFile, readBackupFileOffThread } from './restore-read';

/** What the file holds against what is stored, table by table; nothing is written. */
export async function previewBackup(
  backup: ValidBackup,
  onProgress?: OnProgress,
): Promise<Result<RestorePreview>> {
  try {
    return resultOf(await previewRestore(db, backup, onProgress), []);
  } catch (e) {
    const name = e instanceof Error ? e.name : 'unknown error';
    return failure([
      problem('backup-preview-failed', `The stored records could not be read (${name}).`),
    ]);
  }
}

/**
 * Writes a valid backup into the database in one transaction: `merge` adds what is new and
 * replaces only older unlocked records (restore-merge.ts); `replace` empties every table first.
 * A refusal or a storage error leaves the database as it was, and the result says why.
 */
export async function restoreBackup(
  backup: ValidBackup,
  raise: Raise,
  mode: RestoreMode = 'merge',
  onProgress?: OnProgress,
): Promise<Result<MergeReport>> {
  try {
    return await writeBackup(db, backup, raise, mode, onProgress);
  } catch (e) {
    return failure([problem('backup-write-failed', writeFailure(e))]);
  }
}

function writeFailure(e: unknown): string {
  const name = e instanceof Error ? e.name : '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'The browser has no room left to store this backup. Nothing was changed. Free some space (or delete old data) and try again.';
  }
  if (name === 'ConstraintError' || inner === 'ConstraintError') {
    return 'A record in the file clashes with one stored here. Nothing was changed.';
  }
  return `The backup could not be written (${name || 'unknown error'}). Nothing was changed.`;
}
