/**
 * One schema per stored entity, by table. Rows read from the database and rows in a backup file
 * are checked with these; a row that does not parse is reported (table, key, field, why), never
 * rendered. Types of entities the domain already declares are kept equal to these schemas by a
 * type-level test (schemas.test.ts), so the two cannot drift.
 */
import type * as z from 'zod/mini';

import { AGENDA_TABLES } from './agenda';
import { CORE_TABLES } from './core';
import { DOCUMENT_TABLES } from './documents';
import { INVENTORY_TABLES } from './inventory';
import { MEASURE_TABLES } from './measures';
import { SETTINGS_TABLES } from './settings';
import { WRITEUP_TABLES } from './writeup';

export { checkRow } from './registry';
export type { FieldProblem, RowCheck } from './registry';

/**
 * Every table's schema builder, from the modules that register them. The foundation tables
 * (clients, courses, sessions) and settings, which every screen reads, are built on import; the
 * others only when a row of theirs is first checked: building all 21 schemas on every start cost
 * a first screen about 15 ms (issue 15).
 */
const TABLE_SCHEMAS = {
  ...CORE_TABLES,
  ...AGENDA_TABLES,
  ...MEASURE_TABLES,
  ...SETTINGS_TABLES,
  ...INVENTORY_TABLES,
  ...WRITEUP_TABLES,
  ...DOCUMENT_TABLES,
};

export type TableName = keyof typeof TABLE_SCHEMAS;
export type RowOf<T extends TableName> = z.infer<ReturnType<(typeof TABLE_SCHEMAS)[T]>>;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];

/** True when `name` is a table this app stores (own keys only: never `constructor`). */
export function isTableName(name: string): name is TableName {
  return Object.hasOwn(TABLE_SCHEMAS, name);
}
