/** Restores a validated backup in one transaction: every table or none. */
import { validateBackup } from '../domain/backup';
import type { ValidBackup } from '../domain/backup';
import type { Result } from '../domain/problems';

import { db } from './database';
import { SCHEMA } from './schema';

/** Each table's primary key, read from the newest schema version. */
export function backupShape() {
  const latest = SCHEMA.at(-1)!;
  const keys = Object.fromEntries(
    Object.entries(latest.stores).map(([table, spec]) => [
      table,
      spec.split(',')[0]!.trim().replace(/^&/, ''),
    ]),
  );
  return { keys, currentVersion: latest.version };
}

/** Parses and checks a backup file's text; nothing is written. */
export function readBackup(text: string): Result<ValidBackup> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [
        {
          code: 'backup-not-json',
          severity: 'error',
          message: 'This file is not a readable backup (it is not JSON).',
        },
      ],
    };
  }
  return validateBackup(raw, backupShape());
}

/**
 * Merges a valid backup into the database: records are added, or replaced when the same id is
 * already here (ids are globally unique, so two devices' backups merge without collisions).
 */
export async function restoreBackup(backup: ValidBackup): Promise<void> {
  const names = Object.keys(backup.tables);
  await db.transaction(
    'rw',
    names.map((n) => db.table(n)),
    async () => {
      for (const name of names) await db.table(name).bulkPut(backup.tables[name] ?? []);
    },
  );
}
