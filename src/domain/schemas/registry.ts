/**
 * Each table's schema, registered by the module that defines it (core.ts, measures.ts, …) when it
 * is imported, and built on first use. The database layer checks rows through here, so a screen
 * loads only the schemas of the tables it reads: the first screen need not download and run the
 * agenda, document and write-up schemas (issue 15). Every module that checks rows of a table
 * imports that table's schema module itself (schema-imports.test.ts holds them to it); reading a
 * table whose schema was never imported is a programming error and says so.
 */
import * as z from 'zod/mini';

import type { RowOf, TableName } from './index';

const builders = new Map<TableName, () => z.ZodMiniType>();
const built = new Map<TableName, z.ZodMiniType>();

/**
 * Registers the schema builders of a module's tables, by table name; returns them, so index.ts
 * can list every table and type its rows from them.
 */
export function registerSchemas<B extends Record<string, () => z.ZodMiniType>>(tables: B): B {
  for (const [table, build] of Object.entries(tables)) {
    builders.set(table as TableName, build as () => z.ZodMiniType);
  }
  return tables;
}

/** The schema of `table`, built once, on first use. */
function schemaOf<T extends TableName>(table: T): z.ZodMiniType<RowOf<T>> {
  let schema = built.get(table);
  if (!schema) {
    const build = builders.get(table);
    if (!build) {
      throw new Error(
        `No schema is loaded for the table "${table}": the module that reads it must import its schema module.`,
      );
    }
    schema = build();
    built.set(table, schema);
  }
  return schema as z.ZodMiniType<RowOf<T>>;
}

/** One reason a row does not parse: the field (dotted path, '' for the row) and why. */
export interface FieldProblem {
  field: string;
  reason: string;
}

export type RowCheck<T> = { ok: true; row: T } | { ok: false; problems: FieldProblem[] };

/** Checks one row of `table`; a sound row is returned as parsed (unknown fields dropped). */
export function checkRow<T extends TableName>(table: T, value: unknown): RowCheck<RowOf<T>> {
  const schema = schemaOf(table);
  // Sound rows are nearly all of them: parse them plainly. Asking zod to report each issue's
  // input makes every parse about twice as slow, success or not, so it is asked only to word
  // the problems of a row that has already failed (issue 15).
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return { ok: true, row: parsed.data };
  const reported = z.safeParse(schema, value, { reportInput: true });
  const issues = reported.success ? parsed.error.issues : reported.error.issues;
  return { ok: false, problems: issues.map(fieldProblem) };
}

/** The sentence for one schema issue: custom rules carry their own; built-in ones get words here. */
function fieldProblem(issue: z.core.$ZodIssue): FieldProblem {
  const field = issue.path.map(String).join('.');
  return { field, reason: reasonOf(issue) };
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a record',
  record: 'a record',
  null: 'empty (null)',
};

function shown(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a record';
  return String(value);
}

function reasonOf(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'custom':
      // Long text is not echoed back: the field and the rule say enough.
      return input === undefined ||
        typeof input === 'object' ||
        (typeof input === 'string' && input.length > 60)
        ? issue.message
        : `${shown(input)} ${issue.message}`;
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return `should be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${shown(input)}`;
    case 'invalid_value':
      return `${shown(input)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return input === undefined ? 'is missing' : `${shown(input)} is not an accepted value`;
    case 'too_big':
      return `has more than ${String(issue.maximum)} entries`;
    case 'too_small':
      return `has fewer than ${String(issue.minimum)} entries`;
    case 'unrecognized_keys':
      return `has unknown entries ${issue.keys.join(', ')}`;
    case 'invalid_key':
      return 'has an entry with an unknown name';
    default:
      return 'is not valid';
  }
}
