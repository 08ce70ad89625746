/**
 * Restoring a backup: the file is checked whole (domain/backup.ts) before anything is written,
 * then merged in one transaction that either completes or changes nothing. Nothing here throws
 * past the caller: every outcome is a Result with sentences for the therapist.
 */
import { checkBackupSize, decodeBackup, parseBackupText } from '../domain/backup-file';
import { validateBackup } from '../domain/backup';
import type { ValidBackup } from '../domain/backup';
import { failure, problem } from '../domain/problems';
import type { Result } from '../domain/problems';

import { db } from './database';
import { mergeBackup } from './restore-merge';
import type { MergeReport, Raise } from './restore-merge';
import { SCHEMA } from './schema';
import { upgradeBackupTables } from './upgrades';

export type { MergeReport } from './restore-merge';

const CURRENT_VERSION = SCHEMA.at(-1)!.version;

/** What the domain needs to check a file: the newest version, and how to upgrade older files. */
export function backupShape() {
  return {
    currentVersion: CURRENT_VERSION,
    upgrade: (tables: Record<string, unknown[]>, from: number) =>
      upgradeBackupTables(tables, from, CURRENT_VERSION),
  };
}

/** Parses and checks a backup file's text; nothing is written. */
export function readBackup(text: string): Result<ValidBackup> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) return failure(parsed.problems);
  return validateBackup(parsed.value, backupShape());
}

/** Checks a chosen file: refused by its size before it is read, then decoded and checked. */
export async function readBackupFile(file: Blob): Promise<Result<ValidBackup>> {
  const size = checkBackupSize(file.size);
  if (!size.ok) return failure(size.problems);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return failure([problem('backup-unreadable', 'The file could not be read from the disk.')]);
  }
  const text = decodeBackup(bytes);
  if (!text.ok) return failure(text.problems);
  return readBackup(text.value);
}

/**
 * Merges a valid backup into the database in one transaction (see restore-merge.ts for the rules).
 * A conflict with stored records (a client code used by another client) refuses the whole file;
 * a storage error rolls everything back. Either way the database is as it was, and the result says
 * why in a sentence.
 */
export async function restoreBackup(
  backup: ValidBackup,
  raise: Raise,
): Promise<Result<MergeReport>> {
  try {
    return await mergeBackup(db, backup, raise);
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
