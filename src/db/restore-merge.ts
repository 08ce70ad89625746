/**
 * The merge rules of a restore, run inside one read-write transaction:
 * - records match by id; a record in the file is added, or replaces the stored one of the same id;
 * - a finalised write-up (and its amendments) is never replaced, and a draft never overwrites a
 *   newer draft; an acknowledged risk flag is never turned back into an open one;
 * - risk is derived, not trusted: each PHQ-9 in the file raises the flags the form would raise
 *   (item 9 above 0, a total of 20 or more) unless that flag is already recorded;
 * - a client code already used here by a different client refuses the whole file, before any
 *   write, with a sentence naming the code (as does a second formulation or contract for a course).
 */
import type { ValidBackup } from '../domain/backup';
import { flagsFromPhq9 } from '../domain/measures/risk';
import { failure, problem, resultOf } from '../domain/problems';
import type { Problem, Result } from '../domain/problems';
import type { RowOf, TableName } from '../domain/schemas';

import { tableOf } from './checked';
import type { IptDatabase } from './database';

export interface Raise {
  newId: () => string;
  now: string;
}

export interface MergeReport {
  /** Records added or replaced. */
  written: number;
  /** Stored records the file did not replace, and why. */
  kept: { table: TableName; key: string; why: string }[];
  /** Flags opened from the file's PHQ-9 answers. */
  flagsRaised: number;
}

class Refused extends Error {
  constructor(readonly problems: Problem[]) {
    super('refused');
  }
}

/** Merges `backup` into `db` in one transaction; refusals come back as a failed result. */
export async function mergeBackup(
  db: IptDatabase,
  backup: ValidBackup,
  raise: Raise,
): Promise<Result<MergeReport>> {
  const names = Object.keys(backup.tables) as TableName[];
  const touched = new Set<TableName>([
    ...names,
    'clients',
    'formulations',
    'contracts',
    'riskFlags',
  ]);
  try {
    const report = await db.transaction('rw', [...touched].map(tableOf), async () => {
      const conflicts = await findConflicts(db, backup);
      if (conflicts.length > 0) throw new Refused(conflicts);
      const report: MergeReport = { written: 0, kept: [], flagsRaised: 0 };
      for (const name of names) await writeTable(db, name, backup, report);
      report.flagsRaised = await raiseDerivedFlags(db, backup.tables.measures ?? [], raise);
      return report;
    });
    return resultOf(report, []);
  } catch (e) {
    if (e instanceof Refused) return failure(e.problems);
    throw e;
  }
}

async function findConflicts(db: IptDatabase, backup: ValidBackup): Promise<Problem[]> {
  const found: Problem[] = [];
  const stored = await db.clients.toArray();
  const byCode = new Map(stored.map((c) => [String(c.code).trim().toLowerCase(), c.id]));
  for (const c of backup.tables.clients ?? []) {
    const other = byCode.get(c.code.trim().toLowerCase());
    if (other !== undefined && other !== c.id) {
      found.push(
        problem(
          'backup-code-taken',
          `The client code ${c.code} in this file is already used here by a different client. Nothing was restored: change one of the codes and restore again.`,
        ),
      );
    }
  }
  for (const table of ['formulations', 'contracts'] as const) {
    for (const row of backup.tables[table] ?? []) {
      const here = await db[table].where('courseId').equals(row.courseId).first();
      if (here && here.id !== row.id) {
        found.push(
          problem(
            'backup-one-per-course',
            `Course ${row.courseId} already has a different ${table === 'formulations' ? 'formulation' : 'contract'} here. Nothing was restored.`,
          ),
        );
      }
    }
  }
  return found;
}

async function writeTable(
  db: IptDatabase,
  name: TableName,
  backup: ValidBackup,
  report: MergeReport,
): Promise<void> {
  const rows = (backup.tables[name] ?? []) as unknown[];
  if (name === 'writeups') return writeWriteUps(db, rows as RowOf<'writeups'>[], report);
  if (name === 'riskFlags') return writeFlags(db, rows as RowOf<'riskFlags'>[], report);
  await tableOf(name).bulkPut(rows);
  report.written += rows.length;
}

/** A final record is locked: nothing replaces it. A draft replaces only an older draft. */
async function writeWriteUps(
  db: IptDatabase,
  rows: readonly RowOf<'writeups'>[],
  report: MergeReport,
): Promise<void> {
  const stored = await db.writeups.bulkGet(rows.map((w) => w.sessionId));
  const write = rows.filter((w, i) => {
    const here = stored[i];
    if (!here) return true;
    if (here.status === 'final') {
      report.kept.push({ table: 'writeups', key: w.sessionId, why: 'finalised here' });
      return false;
    }
    if (w.status === 'draft' && here.updatedAt > w.updatedAt) {
      report.kept.push({ table: 'writeups', key: w.sessionId, why: 'newer draft here' });
      return false;
    }
    return true;
  });
  await db.writeups.bulkPut(write);
  report.written += write.length;
}

/** An acknowledgement recorded here is kept: the file's open copy of the flag does not undo it. */
async function writeFlags(
  db: IptDatabase,
  rows: readonly RowOf<'riskFlags'>[],
  report: MergeReport,
): Promise<void> {
  const stored = await db.riskFlags.bulkGet(rows.map((f) => f.id));
  const write = rows.filter((f, i) => {
    const keep = stored[i]?.status === 'acknowledged' && f.status === 'open';
    if (keep) report.kept.push({ table: 'riskFlags', key: f.id, why: 'acknowledged here' });
    return !keep;
  });
  await db.riskFlags.bulkPut(write);
  report.written += write.length;
}

/** Opens the flags each PHQ-9 of the file raises, as the form would; none raised twice. */
async function raiseDerivedFlags(
  db: IptDatabase,
  measures: readonly RowOf<'measures'>[],
  raise: Raise,
): Promise<number> {
  let raised = 0;
  for (const measure of measures) {
    if (measure.kind !== 'phq9') continue;
    const existing = await db.riskFlags.where('measureId').equals(measure.id).toArray();
    const flags = flagsFromPhq9(measure, { ...raise, existing });
    if (flags.length > 0) await db.riskFlags.bulkAdd(flags);
    raised += flags.length;
  }
  return raised;
}
