/** A backup of every table: plain JSON the therapist keeps; restore validates before writing. */
import type { IsoDateTime } from '../domain/types';

import { db } from './database';

export interface Backup {
  app: 'ipt-planner';
  schemaVersion: number;
  exportedAt: IsoDateTime;
  tables: Record<string, unknown[]>;
}

/** Every row of every table, read in one transaction so the copy is consistent. */
export async function exportAll(now: IsoDateTime): Promise<Backup> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  return { app: 'ipt-planner', schemaVersion: db.verno, exportedAt: now, tables };
}
