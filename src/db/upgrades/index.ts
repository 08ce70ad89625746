/**
 * Every data rewrite between schema versions, one file per version that changes data. The same
 * functions upgrade the database (in Dexie's version-change transaction) and an older backup file
 * on import, so a record never takes two different paths forward.
 */
import type { Transaction } from 'dexie';

import { upgradeBackupToV7, upgradeToV7 } from './v7-course-settings';

/** Version → the upgrade that runs when a database reaches it. */
export const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  7: upgradeToV7,
};

type Tables = Record<string, unknown[]>;

/** Version → the rewrite of a backup's tables from the version before. */
const BACKUP_UPGRADES: Readonly<Record<number, (tables: Tables) => Tables>> = {
  7: upgradeBackupToV7,
};

/** A backup's tables brought from `fromVersion` to `toVersion` by each upgrade in between. */
export function upgradeBackupTables(
  tables: Tables,
  fromVersion: number,
  toVersion: number,
): Tables {
  let current = tables;
  for (let v = fromVersion + 1; v <= toVersion; v += 1) {
    const step = BACKUP_UPGRADES[v];
    if (step) current = step(current);
  }
  return current;
}
