/**
 * Reading a backup file: checked whole (domain/backup.ts) before anything is written; nothing here
 * writes or throws past the caller. In the browser the file is parsed and checked in a worker
 * (restore-worker.ts), so a large caseload never blocks the page: the checked records come back
 * in slices, each its own message. Where there are no workers (unit tests) it runs here.
 */
import { checkBackupSize, decodeBackup, parseBackupText } from '../domain/backup-file';
import { validateBackup } from '../domain/backup';
import type { ValidBackup } from '../domain/backup';
import { failure, problem, resultOf } from '../domain/problems';
import type { Problem, Result } from '../domain/problems';

import { SCHEMA } from './schema';
import { upgradeBackupTables } from './upgrades';

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
export function readBackup(
  text: string,
  onChecked?: (done: number, total: number) => void,
): Result<ValidBackup> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) return failure(parsed.problems);
  return validateBackup(parsed.value, backupShape(), onChecked);
}

/** Checks a chosen file here: refused by its size before it is read, then decoded and checked. */
export async function readBackupFile(
  file: Blob,
  onChecked?: (done: number, total: number) => void,
): Promise<Result<ValidBackup>> {
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
  return readBackup(text.value, onChecked);
}

/** Messages from the worker to the page. */
export type WorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'rows'; table: string; rows: unknown[] }
  | { kind: 'done'; schemaVersion: number; exportedAt: string };

/**
 * Checks a chosen file off the page's thread when the browser has workers (else as
 * `readBackupFile`). `onChecked` hears the records checked, then the records received.
 */
export function readBackupFileOffThread(
  file: Blob,
  onChecked?: (done: number, total: number) => void,
): Promise<Result<ValidBackup>> {
  const size = checkBackupSize(file.size);
  if (!size.ok) return Promise.resolve(failure(size.problems));
  if (typeof Worker === 'undefined') return readBackupFile(file, onChecked);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module' });
    const tables: Record<string, unknown[]> = {};
    const finish = (result: Result<ValidBackup>) => {
      worker.terminate();
      resolve(result);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(readBackupFile(file, onChecked));
    };
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if (m.kind === 'progress') onChecked?.(m.done, m.total);
      else if (m.kind === 'refused') finish(failure(m.problems));
      else if (m.kind === 'rows') (tables[m.table] ??= []).push(...m.rows);
      else
        finish(
          resultOf(
            {
              schemaVersion: m.schemaVersion,
              exportedAt: m.exportedAt,
              tables: tables as ValidBackup['tables'],
            },
            [],
          ),
        );
    };
    worker.postMessage(file);
  });
}
