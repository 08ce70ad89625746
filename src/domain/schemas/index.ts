/**
 * One schema per stored entity, by table. Rows read from the database and rows in a backup file
 * are checked with these; a row that does not parse is reported (table, key, field, why), never
 * rendered. Types of entities the domain already declares are kept equal to these schemas by a
 * type-level test (schemas.test.ts), so the two cannot drift.
 */
import * as z from 'zod/mini';

import { savedAgendaSchema, storedFocusChangeSchema } from './agenda';
import { clientSchema, courseSchema, sessionSchema } from './core';
import { adherenceCheckSchema, relapsePlanSchema, storedDocumentSchema } from './documents';
import { contractSchema, formulationSchema, lifeEventSchema, personSchema } from './inventory';
import {
  courseEventSchema,
  measureSchema,
  riskFlagSchema,
  safetyPlanSchema,
  sessionRatingsSchema,
  storedSuitabilitySchema,
} from './measures';
import { courseSettingsSchema, settingRowSchema } from './settings';
import { writeUpSchema } from './writeup';

/**
 * Each table's schema builder. The foundation tables (clients, courses, sessions) and settings,
 * which every screen reads, are built on import; the others only when a row of theirs is first
 * checked: building all 21 schemas on every start cost a first screen about 15 ms (issue 15).
 */
const TABLE_SCHEMAS = {
  clients: () => clientSchema,
  courses: () => courseSchema,
  sessions: () => sessionSchema,
  agendas: savedAgendaSchema,
  focusChanges: storedFocusChangeSchema,
  measures: measureSchema,
  riskFlags: riskFlagSchema,
  ratings: sessionRatingsSchema,
  courseEvents: courseEventSchema,
  suitability: storedSuitabilitySchema,
  safetyPlans: safetyPlanSchema,
  settings: () => settingRowSchema,
  people: personSchema,
  lifeEvents: lifeEventSchema,
  formulations: formulationSchema,
  contracts: contractSchema,
  writeups: writeUpSchema,
  relapsePlans: relapsePlanSchema,
  adherenceChecks: adherenceCheckSchema,
  documents: storedDocumentSchema,
  courseSettings: () => courseSettingsSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export type RowOf<T extends TableName> = z.infer<ReturnType<(typeof TABLE_SCHEMAS)[T]>>;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];

const built = new Map<TableName, z.ZodMiniType>();

/** The schema of `table`, built once, on first use. */
function schemaOf<T extends TableName>(table: T): z.ZodMiniType<RowOf<T>> {
  let schema = built.get(table);
  if (!schema) {
    schema = TABLE_SCHEMAS[table]() as z.ZodMiniType;
    built.set(table, schema);
  }
  return schema as z.ZodMiniType<RowOf<T>>;
}

/** True when `name` is a table this app stores (own keys only: never `constructor`). */
export function isTableName(name: string): name is TableName {
  return Object.hasOwn(TABLE_SCHEMAS, name);
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
