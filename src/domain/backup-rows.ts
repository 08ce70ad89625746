/**
 * Row-level checks of a backup: each row against its table's schema, repeated keys, the unique
 * values the database enforces (client codes, one formulation and contract per course), and the
 * references between records (a session whose course is absent is refused).
 */
import { problem } from './problems';
import type { Problem } from './problems';
import { checkRow } from './schemas';
import type { RowOf, TableName } from './schemas';
import { PRIMARY_KEYS, RECORD_LABEL } from './schemas/keys';

export type Row = Record<string, unknown>;
type Tables = { [T in TableName]?: RowOf<T>[] };

/** Checks every row of one table; the parsed rows come back with every problem found. */
export function checkTableRows(
  table: TableName,
  rows: readonly unknown[],
): { rows: unknown[]; problems: Problem[] } {
  const key = PRIMARY_KEYS[table];
  const seen = new Set<string>();
  const parsed: unknown[] = [];
  const found: Problem[] = [];
  rows.forEach((row, i) => {
    const id = typeof row === 'object' && row !== null ? (row as Row)[key] : undefined;
    const where = `${RECORD_LABEL[table]} ${i + 1}${typeof id === 'string' ? ` (${id})` : ''}`;
    const result = checkRow(table, row);
    if (!result.ok) {
      const why = result.problems.map((p) =>
        p.field === '' ? p.reason : `${p.field} ${p.reason}`,
      );
      found.push(problem('backup-row-invalid', `${where}: ${why.join('; ')}.`));
      return;
    }
    const value = (result.row as Row)[key] as string;
    if (seen.has(value)) {
      found.push(
        problem(
          'backup-row-duplicate',
          `${where} repeats the ${key} ${value} of an earlier record.`,
        ),
      );
      return;
    }
    seen.add(value);
    parsed.push(result.row);
  });
  return { rows: parsed, problems: found };
}

/** Values the database keeps unique: a repeat would fail the write, so it is refused here. */
export function checkUniques(tables: Tables): Problem[] {
  const found: Problem[] = [];
  const codes = new Map<string, string>();
  for (const c of tables.clients ?? []) {
    const code = c.code.trim().toLowerCase();
    const other = codes.get(code);
    if (other !== undefined) {
      found.push(
        problem(
          'backup-code-repeated',
          `Clients ${other} and ${c.id} both have the code ${c.code}.`,
        ),
      );
    }
    codes.set(code, c.id);
  }
  for (const table of ['formulations', 'contracts'] as const) {
    const courses = new Set<string>();
    for (const row of tables[table] ?? []) {
      if (courses.has(row.courseId)) {
        found.push(
          problem(
            'backup-one-per-course',
            `Course ${row.courseId} has more than one ${RECORD_LABEL[table].toLowerCase()}; a course keeps one.`,
          ),
        );
      }
      courses.add(row.courseId);
    }
  }
  return found;
}

type Reference = {
  table: TableName;
  field: string;
  to: 'clients' | 'courses' | 'sessions' | 'measures';
};

const REFERENCES: readonly Reference[] = [
  { table: 'courses', field: 'clientId', to: 'clients' },
  ...(['measures', 'riskFlags', 'safetyPlans', 'people'] as const).map((table) => ({
    table,
    field: 'clientId',
    to: 'clients' as const,
  })),
  ...(
    [
      'sessions',
      'agendas',
      'focusChanges',
      'measures',
      'riskFlags',
      'ratings',
      'courseEvents',
      'suitability',
      'people',
      'lifeEvents',
      'formulations',
      'contracts',
      'writeups',
      'relapsePlans',
      'adherenceChecks',
      'documents',
      'courseSettings',
    ] as const
  ).map((table) => ({ table, field: 'courseId', to: 'courses' as const })),
  ...(['agendas', 'ratings', 'writeups', 'measures', 'riskFlags', 'documents'] as const).map(
    (table) => ({ table, field: 'sessionId', to: 'sessions' as const }),
  ),
  { table: 'riskFlags', field: 'measureId', to: 'measures' },
];

/** Every record must point at records the file holds: no session without its course. */
export function checkReferences(tables: Tables): Problem[] {
  const ids = {
    clients: new Set((tables.clients ?? []).map((r) => r.id)),
    courses: new Set((tables.courses ?? []).map((r) => r.id)),
    sessions: new Set((tables.sessions ?? []).map((r) => r.id)),
    measures: new Set((tables.measures ?? []).map((r) => r.id)),
  };
  const found: Problem[] = [];
  for (const { table, field, to } of REFERENCES) {
    for (const row of (tables[table] ?? []) as Row[]) {
      const target = row[field];
      if (typeof target !== 'string' || ids[to].has(target)) continue;
      const own = String(row[PRIMARY_KEYS[table]]);
      found.push(
        problem(
          'backup-orphan',
          `${RECORD_LABEL[table]} ${own} belongs to ${RECORD_LABEL[to === 'measures' ? 'measures' : to].toLowerCase()} ${target}, which is not in the file.`,
        ),
      );
    }
  }
  return found;
}
