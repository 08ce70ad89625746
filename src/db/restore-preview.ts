/**
 * The preview of a restore, read-only: each record of a checked file against the stored record it
 * matches (domain/restore-preview.ts for the verdicts, domain/restore-clients.ts for clients matched
 * by code). Stored records are read in slices by key, each slice its own IndexedDB request, so the
 * page stays responsive with a large caseload. The merge runs the same preview inside its
 * read-write transaction, so what it writes follows what is stored at that moment.
 */
import { Dexie } from 'dexie';

import type { ValidBackup } from '../domain/backup';
import { matchClients, remapClients } from '../domain/restore-clients';
import type { CodeMatch } from '../domain/restore-clients';
import { addToPreview, emptyPreview } from '../domain/restore-preview';
import type { TablePreview } from '../domain/restore-preview';
import type { Problem } from '../domain/problems';
import type { RowOf, TableName } from '../domain/schemas';
import { TABLE_NAMES } from '../domain/schemas';
import { PRIMARY_KEYS } from '../domain/schemas/keys';

import { tableOf } from './checked';
import type { IptDatabase } from './database';

/** Records read or written per slice: small enough that no slice blocks the page for long. */
export const SLICE = 500;

export interface RestorePreview {
  /** The file's tables with clients matched by code moved onto the stored client's id. */
  tables: ValidBackup['tables'];
  /** One entry per table in the file, in the app's table order. */
  previews: TablePreview[];
  /** Clients of the file taken as stored clients because their codes are the same. */
  matched: CodeMatch[];
  /** Matches that cannot be made: the merge is refused whole when there are any. */
  problems: Problem[];
}

/** Progress of a long step: `done` of `total` records. */
export type OnProgress = (done: number, total: number) => void;

type AnyRow = Record<string, unknown>;

/** Total records of a backup's tables. */
export function recordCount(tables: ValidBackup['tables']): number {
  return Object.values(tables).reduce((n, rows) => n + (rows?.length ?? 0), 0);
}

/**
 * Compares `backup` with what `db` holds, writing nothing. Call inside a transaction to see the
 * stored records as that transaction does (the merge does); alone it opens a read-only one.
 */
export async function previewRestore(
  db: IptDatabase,
  backup: ValidBackup,
  onProgress?: OnProgress,
): Promise<RestorePreview> {
  const names = TABLE_NAMES.filter((t) => backup.tables[t] !== undefined);
  const read = async (): Promise<RestorePreview> => {
    const match = matchClients(backup.tables.clients ?? [], await db.clients.toArray());
    const tables = remapClients(backup.tables, match.remap);
    const total = recordCount(tables);
    let done = 0;
    const previews: TablePreview[] = [];
    for (const name of names) {
      const rows = (tables[name] ?? []) as AnyRow[];
      const preview = emptyPreview(name);
      const byCourse = await oneByCourse(db, name);
      const whole = rows.length > SLICE ? await storedByKey(name) : undefined;
      for (let i = 0; i < rows.length; i += SLICE) {
        const slice = rows.slice(i, i + SLICE);
        const matches = await storedMatches(name, slice, byCourse, whole);
        addToPreview(preview, slice as RowOf<TableName>[], matches);
        done += slice.length;
        onProgress?.(done, total);
      }
      previews.push(preview);
    }
    return { tables, previews, matched: match.matched, problems: match.problems };
  };
  if (Dexie.currentTransaction) return read();
  return db.transaction('r', [...new Set([...names, 'clients' as const])].map(tableOf), read);
}

/** Formulations and contracts are one per course: the stored one of each course, by course. */
async function oneByCourse(
  db: IptDatabase,
  table: TableName,
): Promise<Map<string, AnyRow> | undefined> {
  if (table !== 'formulations' && table !== 'contracts') return undefined;
  const rows = (await db[table].toArray()) as unknown as AnyRow[];
  return new Map(rows.map((r) => [r.courseId as string, r]));
}

/**
 * Every stored record of `table` by key, read a page at a time (one request per page is far
 * quicker than one per record when the file holds many records).
 */
async function storedByKey(table: TableName): Promise<Map<string, AnyRow>> {
  const key = PRIMARY_KEYS[table];
  const all = new Map<string, AnyRow>();
  let page = (await tableOf(table).orderBy(':id').limit(SLICE).toArray()) as AnyRow[];
  while (page.length > 0) {
    for (const row of page) all.set(row[key] as string, row);
    if (page.length < SLICE) break;
    const last = page.at(-1)![key] as string;
    page = (await tableOf(table).where(':id').above(last).limit(SLICE).toArray()) as AnyRow[];
  }
  return all;
}

async function storedMatches(
  table: TableName,
  slice: readonly AnyRow[],
  byCourse: Map<string, AnyRow> | undefined,
  whole: Map<string, AnyRow> | undefined,
): Promise<(AnyRow | undefined)[]> {
  const key = PRIMARY_KEYS[table];
  const keys = slice.map((r) => r[key] as string);
  const stored = whole
    ? keys.map((k) => whole.get(k))
    : ((await tableOf(table).bulkGet(keys)) as (AnyRow | undefined)[]);
  if (!byCourse) return stored;
  return stored.map((row, i) => row ?? byCourse.get(slice[i]!.courseId as string));
}
