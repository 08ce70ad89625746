/**
 * A backup of every table (or of one client's records): plain JSON the therapist keeps; restore
 * validates it before writing. Tables are read in one read-only transaction so the copy is
 * consistent, a slice of records per request, so a large caseload never blocks the page long.
 */
import type { IndexableType, Table } from 'dexie';

import type { TableName } from '../domain/schemas';
import { TABLE_NAMES } from '../domain/schemas';
import type { IsoDateTime } from '../domain/types';

import { tableOf } from './checked';
import { db } from './database';

export interface Backup {
  app: 'ipt-planner';
  schemaVersion: number;
  exportedAt: IsoDateTime;
  tables: Record<string, unknown[]>;
}

/** Records read per request. */
const PAGE = 2000;

/** Progress of an export: `done` of `total` records read. */
export type OnRead = (done: number, total: number) => void;

async function readPaged(table: Table<unknown, IndexableType>, onPage: (n: number) => void) {
  const keyPath = table.schema.primKey.keyPath as string;
  const rows: unknown[] = [];
  let page = await table.orderBy(':id').limit(PAGE).toArray();
  while (page.length > 0) {
    rows.push(...page);
    onPage(page.length);
    if (page.length < PAGE) break;
    const last = (page.at(-1) as Record<string, IndexableType>)[keyPath]!;
    page = await table.where(':id').above(last).limit(PAGE).toArray();
  }
  return rows;
}

/** Every row of every table, read in one transaction so the copy is consistent. */
export async function exportAll(now: IsoDateTime, onRead?: OnRead): Promise<Backup> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    for (const table of db.tables) {
      tables[table.name] = await readPaged(table, (n) => onRead?.((done += n), total));
    }
  });
  return { app: 'ipt-planner', schemaVersion: db.verno, exportedAt: now, tables };
}

/** Tables whose records name the course, by an index (or as their key). */
const BY_COURSE: readonly TableName[] = [
  'sessions',
  'agendas',
  'focusChanges',
  'ratings',
  'courseEvents',
  'suitability',
  'lifeEvents',
  'formulations',
  'contracts',
  'writeups',
  'relapsePlans',
  'adherenceChecks',
  'documents',
  'courseSettings',
];
/** Tables whose records name the client. */
const BY_CLIENT: readonly TableName[] = ['measures', 'riskFlags', 'safetyPlans', 'people'];

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
    for (const name of BY_COURSE) {
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
