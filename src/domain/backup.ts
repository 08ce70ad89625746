/**
 * Restoring a backup file: data from outside the app starts as `unknown` (STYLE rule 7). Every row
 * is checked before anything is written, so a broken file is refused whole, with reasons, and the
 * database is left exactly as it was.
 */
import { checkClientCode } from './client-code';
import { isIsoDay, isTimeOfDay } from './dates';
import { failure, problem, resultOf } from './problems';
import type { Problem, Result } from './problems';
import { PROBLEM_AREAS, SESSION_STATUSES } from './types';

export interface BackupShape {
  /** Table name → the name of its primary key. */
  keys: Record<string, string>;
  /** The newest schema version this app knows. */
  currentVersion: number;
}

export type Row = Record<string, unknown>;

export interface ValidBackup {
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, Row[]>;
}

const MAX_PROBLEMS = 20;

const isRecord = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a parsed backup file; returns its tables when every row is sound, else every problem found. */
export function validateBackup(raw: unknown, shape: BackupShape): Result<ValidBackup> {
  if (!isRecord(raw) || raw.app !== 'ipt-planner') {
    return failure([problem('backup-not-ours', 'This file is not an IPT Planner backup.')]);
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure([
      problem('backup-version-missing', 'The backup does not say which version made it.'),
    ]);
  }
  if (version > shape.currentVersion) {
    return failure([
      problem(
        'backup-too-new',
        'This backup was made by a newer version of the app. Update the app first.',
      ),
    ]);
  }
  if (!isRecord(raw.tables))
    return failure([problem('backup-no-tables', 'The backup holds no tables.')]);
  const found: Problem[] = [];
  const tables: Record<string, Row[]> = {};
  for (const [name, rows] of Object.entries(raw.tables)) {
    const key = shape.keys[name];
    if (key === undefined) {
      found.push(problem('backup-unknown-table', `The backup has an unknown table "${name}".`));
    } else if (!Array.isArray(rows)) {
      found.push(problem('backup-table-not-list', `The table "${name}" is not a list of records.`));
    } else {
      found.push(...checkRows(name, key, rows));
      tables[name] = rows as Row[];
    }
  }
  found.push(...checkReferences(tables));
  if (found.length > 0) return failure(found.slice(0, MAX_PROBLEMS));
  return resultOf({ schemaVersion: version, exportedAt: String(raw.exportedAt ?? ''), tables }, []);
}

function checkRows(table: string, key: string, rows: unknown[]): Problem[] {
  const found: Problem[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const where = `${table} record ${i + 1}`;
    if (!isRecord(row))
      return found.push(problem('backup-row-not-record', `${where} is not a record.`));
    const id = row[key];
    if (typeof id !== 'string' || id === '') {
      return found.push(problem('backup-row-no-key', `${where} has no ${key}.`));
    }
    if (seen.has(id))
      return found.push(problem('backup-row-duplicate', `${where} repeats ${key} ${id}.`));
    seen.add(id);
    const reason = ROW_CHECKS[table]?.(row);
    if (reason) found.push(problem('backup-row-invalid', `${where} (${id}): ${reason}`));
    return undefined;
  });
  return found;
}

/** Checks for the core tables; later tables are checked for their key only. */
const ROW_CHECKS: Record<string, (row: Row) => string | undefined> = {
  clients: (r) =>
    typeof r.code !== 'string' || checkClientCode(r.code).length > 0
      ? 'the client code is missing or malformed'
      : typeof r.archived !== 'boolean'
        ? 'archived must be true or false'
        : undefined,
  courses: (r) =>
    typeof r.clientId !== 'string'
      ? 'no client'
      : !isIsoDay(r.startDate)
        ? 'the start date is not a real day'
        : typeof r.length !== 'number' ||
            !Number.isInteger(r.length) ||
            r.length < 1 ||
            r.length > 20
          ? 'the number of sessions is not 1–20'
          : !PROBLEM_AREAS.includes(r.primaryArea as never)
            ? 'the problem area is unknown'
            : !isRecord(r.boundaries)
              ? 'the phase boundaries are missing'
              : undefined,
  sessions: (r) =>
    typeof r.courseId !== 'string'
      ? 'no course'
      : !isIsoDay(r.date)
        ? 'the date is not a real day'
        : !isTimeOfDay(r.time)
          ? 'the time is not a time of day'
          : !(r.number === null || (typeof r.number === 'number' && Number.isInteger(r.number)))
            ? 'the session number is not a whole number'
            : !SESSION_STATUSES.includes(r.status as never)
              ? 'the status is unknown'
              : undefined,
};

/** Courses must belong to a client in the file, and sessions to a course in the file. */
function checkReferences(tables: Record<string, Row[]>): Problem[] {
  const found: Problem[] = [];
  const clients = new Set((tables.clients ?? []).map((c) => c.id));
  const courses = new Set((tables.courses ?? []).map((c) => c.id));
  for (const c of tables.courses ?? []) {
    if (!clients.has(c.clientId)) {
      found.push(
        problem('backup-orphan', `Course ${String(c.id)} belongs to a client not in the file.`),
      );
    }
  }
  for (const s of tables.sessions ?? []) {
    if (!courses.has(s.courseId)) {
      found.push(
        problem('backup-orphan', `Session ${String(s.id)} belongs to a course not in the file.`),
      );
    }
  }
  return found;
}

/** How many records of each table a valid backup holds, for the confirmation step. */
export function countRecords(backup: ValidBackup): Record<string, number> {
  return Object.fromEntries(Object.entries(backup.tables).map(([t, rows]) => [t, rows.length]));
}
