/**
 * Rows are checked with schemas that each schema module registers when imported
 * (domain/schemas/registry.ts), so a screen loads only the schemas of the tables it reads. This
 * holds every module that checks rows of a table to importing that table's schema module itself,
 * so no screen can reach a read whose schema was never loaded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import { describe, expect, it, vi } from 'vitest';

import { TABLE_NAMES } from '../domain/schemas';
import type { TableName } from '../domain/schemas';
import { AGENDA_TABLES } from '../domain/schemas/agenda';
import { CORE_TABLES } from '../domain/schemas/core';
import { DOCUMENT_TABLES } from '../domain/schemas/documents';
import { INVENTORY_TABLES } from '../domain/schemas/inventory';
import { MEASURE_TABLES } from '../domain/schemas/measures';
import { SETTINGS_TABLES } from '../domain/schemas/settings';
import { WRITEUP_TABLES } from '../domain/schemas/writeup';

const SRC = resolve(__dirname, '..');
const SCHEMAS = join(SRC, 'domain', 'schemas');

/** Each table's schema module (path without extension), from what each module registers. */
const MODULE_OF = new Map<string, string>(
  Object.entries({
    core: CORE_TABLES,
    agenda: AGENDA_TABLES,
    measures: MEASURE_TABLES,
    settings: SETTINGS_TABLES,
    inventory: INVENTORY_TABLES,
    writeup: WRITEUP_TABLES,
    documents: DOCUMENT_TABLES,
  }).flatMap(([file, tables]) => Object.keys(tables).map((t) => [t, join(SCHEMAS, file)])),
);

/** A call that checks rows of a table named by a literal: the checked reads and their helpers. */
const CHECKED_CALL =
  /\b(?:checkRows|checkOne|checkRow|readWhere|readGet|readAll|readAnyOf|readFirst|readGrouped|bulkRead)\(\s*'(\w+)'/g;
const IMPORT = /(?:^|\n)\s*import\s+(?!type\s)(?:[^'";]*?\s+from\s+)?'([^']+)'/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === SCHEMAS ? [] : sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The modules `file` imports, as absolute paths without extension. */
function importsOf(file: string, text: string): Set<string> {
  const out = new Set<string>();
  for (const [, spec] of text.matchAll(IMPORT)) {
    if (spec?.startsWith('.')) out.add(resolve(dirname(file), spec).replace(/\.tsx?$/, ''));
  }
  return out;
}

describe('schema imports', () => {
  it('every table has exactly one schema module, and the list of tables is the registered one', () => {
    expect([...MODULE_OF.keys()].sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('every module that checks rows of a table imports that table schema module (or all of them)', () => {
    const missing: string[] = [];
    let calls = 0;
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8');
      const imported = importsOf(file, text);
      for (const [, table] of text.matchAll(CHECKED_CALL)) {
        calls += 1;
        const module = MODULE_OF.get(table!);
        if (!module) {
          missing.push(`${relative(SRC, file)}: '${table}' is not a table`);
          continue;
        }
        if (
          !imported.has(module) &&
          !imported.has(SCHEMAS) &&
          !imported.has(join(SCHEMAS, 'index'))
        ) {
          missing.push(
            `${relative(SRC, file)} checks '${table}' without importing ${relative(SRC, module)}`,
          );
        }
      }
    }
    // The scan must see the reads it is about (the db layer has dozens), or it proves nothing.
    expect(calls).toBeGreaterThan(40);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('checking a table whose schema module was never imported fails loudly, naming the table', async () => {
    vi.resetModules();
    const fresh = await import('../domain/schemas/registry');
    const table: TableName = 'agendas';
    expect(() => fresh.checkRow(table, {})).toThrow(/No schema is loaded for the table "agendas"/);
    await import('../domain/schemas/agenda');
    expect(fresh.checkRow(table, {}).ok).toBe(false);
  });
});
