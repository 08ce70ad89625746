/**
 * Test harness of the restore tests: the stored records before each test, a full dump of every
 * table, and reading-then-restoring a file as the page does. Used by restore*.test.ts only.
 */
import type { TableName } from '../domain/schemas';
import { TABLE_NAMES } from '../domain/schemas';
import { resetDatabase } from '../../tests/setup/render-app';

import { tableOf } from './checked';
import { readBackupFile, restoreBackup } from './restore';
import type { RestoreMode } from './restore';
import { here } from './restore-fixtures';

export const raise = {
  newId: (() => {
    let n = 0;
    return () => `flag-${(n += 1)}`;
  })(),
  now: '2026-05-06T10:00:00.000Z',
};

export async function dump(): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const t of TABLE_NAMES) all[t] = await tableOf(t).toArray();
  return all;
}

export const fileOf = (content: string | Uint8Array) => new Blob([content as BlobPart]);
export const json = (value: unknown) => fileOf(JSON.stringify(value));

/** Reads and, when the check passes, restores; returns every sentence of a refusal. */
export async function tryRestore(
  file: Blob,
  mode: RestoreMode = 'merge',
): Promise<{ ok: boolean; messages: string[] }> {
  const read = await readBackupFile(file);
  if (!read.ok) return { ok: false, messages: read.problems.map((p) => p.message) };
  const written = await restoreBackup(read.value, raise, mode);
  return written.ok
    ? { ok: true, messages: [] }
    : { ok: false, messages: written.problems.map((p) => p.message) };
}

/** Empties the database and stores `here`. */
export async function storeHere(): Promise<void> {
  await resetDatabase();
  for (const [t, rows] of Object.entries(here)) await tableOf(t as TableName).bulkPut(rows);
}
