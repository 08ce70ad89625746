/**
 * A backup of every table (or of one client's records): plain JSON the therapist keeps; restore
 * validates it before writing. Tables are read in one read-only transaction so the copy is
 * consistent, a slice of records per request, so a large caseload never blocks the page long.
 */
import type { IndexableType, Table } from 'dexie';

import type { TableName } from '../domain/schemas';
import { TABLE_NAMES } from '../domain/schemas';
import type { IsoDateTime } from '../domain/types';
import { FILE_END, headText, rowsText, TABLE_END, tableStartText } from '../domain/backup-text';

import { tableOf } from './checked';
import { db } from './database';
import { CLIENT_TABLES, COURSE_TABLES } from './schema';

export interface Backup {
  app: 'ipt-planner';
  schemaVersion: number;
  exportedAt: IsoDateTime;
  tables: Record<string, unknown[]>;
}

/** Records read per request. */
const PAGE = 500;

/** Progress of an export: `done` of `total` records read. */
export type OnRead = (done: number, total: number) => void;

/** Reads `table` a page at a time in key order, handing each page to `onPage` as it arrives. */
async function readPaged(
  table: Table<unknown, IndexableType>,
  onPage: (rows: unknown[], first: boolean) => void,
): Promise<void> {
  const keyPath = table.schema.primKey.keyPath as string;
  let page = await table.orderBy(':id').limit(PAGE).toArray();
  let first = true;
  while (page.length > 0) {
    onPage(page, first);
    first = false;
    if (page.length < PAGE) break;
    const last = (page.at(-1) as Record<string, IndexableType>)[keyPath]!;
    page = await table.where(':id').above(last).limit(PAGE).toArray();
  }
}

/** Reads every table page by page in one read-only transaction, so the copy is consistent. */
async function readEveryTable(
  onTable: (name: string) => void,
  onPage: (rows: unknown[], first: boolean) => void,
  onRead?: OnRead,
): Promise<void> {
  await db.transaction('r', db.tables, async () => {
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    for (const table of db.tables) {
      onTable(table.name);
      await readPaged(table, (rows, first) => {
        onPage(rows, first);
        onRead?.((done += rows.length), total);
      });
    }
  });
}

/** Every row of every table, read in one transaction so the copy is consistent. */
export async function exportAll(now: IsoDateTime, onRead?: OnRead): Promise<Backup> {
  const tables: Record<string, unknown[]> = {};
  let current: unknown[] = [];
  await readEveryTable(
    (name) => (current = tables[name] = []),
    (rows) => current.push(...rows),
    onRead,
  );
  return { app: 'ipt-planner', schemaVersion: db.verno, exportedAt: now, tables };
}

/**
 * The whole backup as a compact JSON file, written while it is read: each page of records becomes
 * its own part of the file as it arrives, so neither a whole copy of the caseload nor one long
 * serialisation is ever held on the page. The file's text equals JSON.stringify(exportAll(now)).
 */
export async function exportAllFile(now: IsoDateTime, onRead?: OnRead): Promise<Blob> {
  const parts: Blob[] = [];
  const add = (text: string) => parts.push(new Blob([text]));
  add(headText({ app: 'ipt-planner', schemaVersion: db.verno, exportedAt: now }));
  let firstTable = true;
  let open = false;
  await readEveryTable(
    (name) => {
      if (open) add(TABLE_END);
      add(tableStartText(name, firstTable));
      firstTable = false;
      open = true;
    },
    (rows, first) => add(rowsText(rows, first)),
    onRead,
  );
  if (open) add(TABLE_END);
  add(FILE_END);
  return new Blob(parts, { type: 'application/json' });
}

/** Tables whose records name the client, besides courses (read first, for their ids). */
const BY_CLIENT = CLIENT_TABLES.filter((t) => t !== 'courses');

/**
 * One client's backup: the client, their courses and every record belonging to them (no
 * caseload-wide settings), in the same shape as a full backup, so it restores (and merges) the
 * same way. Undefined when the client is not stored.
 */
export async function exportClient(
  clientId: string,
  now: IsoDateTime,
): Promise<Backup | undefined> {
  return db.transaction('r', db.tables, async () => {
    const client = await db.clients.get(clientId);
    if (!client) return undefined;
    const courses = await db.courses.where('clientId').equals(clientId).toArray();
    const courseIds = courses.map((c) => c.id);
    const tables: Partial<Record<TableName, unknown[]>> = { clients: [client], courses };
    for (const name of COURSE_TABLES) {
      tables[name] = await indexed(name, 'courseId').anyOf(courseIds).toArray();
    }
    for (const name of BY_CLIENT) {
      tables[name] = await indexed(name, 'clientId').equals(clientId).toArray();
    }
    const ordered = Object.fromEntries(
      TABLE_NAMES.filter((t) => tables[t] !== undefined).map((t) => [t, tables[t]!]),
    );
    return { app: 'ipt-planner', schemaVersion: db.verno, exportedAt: now, tables: ordered };
  });
}

/** The table's where-clause on `field`, through the primary key when that is the field. */
function indexed(name: TableName, field: 'courseId' | 'clientId') {
  const table = tableOf(name);
  return table.schema.primKey.keyPath === field ? table.where(':id') : table.where(field);
}
