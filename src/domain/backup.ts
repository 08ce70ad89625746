/**
 * Restoring a backup file: data from outside the app starts as `unknown` (STYLE rule 7). Every
 * table and every row is checked with the stored-entity schemas (src/domain/schemas) and the
 * references between records before anything is written, so a broken file is refused whole, each
 * reason naming the record, the field and why, and the database is left exactly as it was.
 */
import { checkStructure } from './backup-file';
import { checkReferences, checkTableRows, checkUniques } from './backup-rows';
import type { Row } from './backup-rows';
import { failure, problem, resultOf } from './problems';
import type { Problem, Result } from './problems';
import { isTableName } from './schemas';
import type { RowOf, TableName } from './schemas';

export type { Row } from './backup-rows';

export interface BackupShape {
  /** The newest schema version this app knows. */
  currentVersion: number;
  /** Brings an older file's tables to `currentVersion` (the database's own upgrade functions). */
  upgrade?: (tables: Record<string, unknown[]>, fromVersion: number) => Record<string, unknown[]>;
}

/** A backup whose every row parsed: rows are the parsed values (unknown fields dropped). */
export interface ValidBackup {
  schemaVersion: number;
  exportedAt: string;
  tables: { [T in TableName]?: RowOf<T>[] };
}

/** At most this many reasons are listed; the rest are counted. */
export const MAX_PROBLEMS = 20;

const isRecord = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a parsed backup file; returns its tables when every row is sound, else the problems.
 * `onChecked` hears the rows checked so far after each table.
 */
export function validateBackup(
  raw: unknown,
  shape: BackupShape,
  onChecked?: (done: number, total: number) => void,
): Result<ValidBackup> {
  const structure = checkStructure(raw);
  if (!structure.ok) return failure(structure.problems);
  const envelope = checkEnvelope(raw, shape);
  if (!envelope.ok) return failure(envelope.problems);
  const { version, tables: rawTables } = envelope.value;
  const found: Problem[] = [];
  for (const [name, rows] of Object.entries(rawTables)) {
    if (!isTableName(name)) {
      found.push(
        problem(
          'backup-unknown-table',
          `The backup has a table "${name}" that this app does not keep.`,
        ),
      );
    } else if (!Array.isArray(rows)) {
      found.push(problem('backup-table-not-list', `The table "${name}" is not a list of records.`));
    }
  }
  if (found.length > 0) return failure(capped(found));
  const upgraded =
    version < shape.currentVersion && shape.upgrade
      ? shape.upgrade(rawTables as Record<string, unknown[]>, version)
      : (rawTables as Record<string, unknown[]>);
  const tables: ValidBackup['tables'] = {};
  const total = Object.values(upgraded).reduce((n, rows) => n + rows.length, 0);
  let done = 0;
  for (const [name, rows] of Object.entries(upgraded) as [TableName, unknown[]][]) {
    const checked = checkTableRows(name, rows);
    done += rows.length;
    onChecked?.(done, total);
    found.push(...checked.problems);
    (tables as Record<string, unknown[]>)[name] = checked.rows;
  }
  if (found.length === 0) found.push(...checkUniques(tables), ...checkReferences(tables));
  if (found.length > 0) return failure(capped(found));
  const exportedAt = typeof raw === 'object' && raw !== null ? (raw as Row).exportedAt : undefined;
  return resultOf(
    {
      schemaVersion: shape.currentVersion,
      exportedAt: typeof exportedAt === 'string' ? exportedAt : '',
      tables,
    },
    [],
  );
}

function checkEnvelope(raw: unknown, shape: BackupShape): Result<{ version: number; tables: Row }> {
  if (!isRecord(raw) || raw.app !== 'ipt-planner') {
    return failure([problem('backup-not-ours', 'This file is not an IPT Planner backup.')]);
  }
  const version = raw.schemaVersion;
  if (version === undefined) {
    return failure([
      problem(
        'backup-version-missing',
        'The backup does not say which version of the app made it.',
      ),
    ]);
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure([
      problem(
        'backup-version-invalid',
        `The backup's version (${JSON.stringify(version)}) is not a whole number from 1.`,
      ),
    ]);
  }
  if (version > shape.currentVersion) {
    return failure([
      problem(
        'backup-too-new',
        `This backup was made by a newer version of the app (data version ${version}; this app reads up to ${shape.currentVersion}). Update the app first.`,
      ),
    ]);
  }
  if (!isRecord(raw.tables)) {
    return failure([problem('backup-no-tables', 'The backup holds no tables.')]);
  }
  return resultOf({ version, tables: raw.tables }, []);
}

function capped(found: readonly Problem[]): Problem[] {
  if (found.length <= MAX_PROBLEMS) return [...found];
  const more = found.length - MAX_PROBLEMS;
  return [
    ...found.slice(0, MAX_PROBLEMS),
    problem('backup-more', `…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`),
  ];
}

/** How many records of each table a valid backup holds, for the confirmation step. */
export function countRecords(backup: ValidBackup): Record<string, number> {
  return Object.fromEntries(Object.entries(backup.tables).map(([t, rows]) => [t, rows.length]));
}
