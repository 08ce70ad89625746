/**
 * Writing a checked backup, in one read-write transaction that completes or changes nothing (also
 * when the tab is closed half-way: IndexedDB aborts an unfinished transaction).
 * - Merge ("add what is new"): the preview (restore-preview.ts) is made again inside the
 *   transaction, and only records it finds `new` or `newer-in-file` are written; nothing stored is
 *   deleted, a finalised write-up is never replaced, an open flag here is never closed.
 * - Replace ("replace everything"): every table is emptied and the file's records written.
 * Either way risk is derived, not trusted: each stored PHQ-9 of the file raises the flags the form
 * would raise (item 9 above 0, a total of 20 or more) unless that flag is already recorded.
 * Records are written in slices; each slice is its own request, so the page keeps responding.
 */
import type { ValidBackup } from '../domain/backup';
import { flagsFromPhq9 } from '../domain/measures/risk';
import { failure, resultOf } from '../domain/problems';
import type { Problem, Result } from '../domain/problems';
import type { TablePreview } from '../domain/restore-preview';
import type { RowOf, TableName } from '../domain/schemas';
import { TABLE_NAMES } from '../domain/schemas';

import { tableOf } from './checked';
import type { IptDatabase } from './database';
import { previewRestore, recordCount, SLICE } from './restore-preview';
import type { OnProgress } from './restore-preview';

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

export type RestoreMode = 'merge' | 'replace';

class Refused extends Error {
  constructor(readonly problems: Problem[]) {
    super('refused');
  }
}

/**
 * Writes `backup` into `db` by `mode` in one transaction; a refusal (a client code that cannot be
 * matched safely) comes back as a failed result, a storage error is thrown (nothing changed).
 * `onProgress` hears the records compared (merge) and then the records written.
 */
export async function writeBackup(
  db: IptDatabase,
  backup: ValidBackup,
  raise: Raise,
  mode: RestoreMode,
  onProgress?: OnProgress,
): Promise<Result<MergeReport>> {
  try {
    // An async function, so that Dexie keeps the transaction across its awaits.
    const report = await db.transaction('rw', TABLE_NAMES.map(tableOf), async () =>
      mode === 'merge'
        ? await merge(db, backup, raise, onProgress)
        : await replace(db, backup, raise, onProgress),
    );
    return resultOf(report, []);
  } catch (e) {
    if (e instanceof Refused) return failure(e.problems);
    throw e;
  }
}

/** Merges `backup` into `db` (see the module comment); kept for callers of the merge alone. */
export function mergeBackup(
  db: IptDatabase,
  backup: ValidBackup,
  raise: Raise,
  onProgress?: OnProgress,
): Promise<Result<MergeReport>> {
  return writeBackup(db, backup, raise, 'merge', onProgress);
}

async function merge(
  db: IptDatabase,
  backup: ValidBackup,
  raise: Raise,
  onProgress?: OnProgress,
): Promise<MergeReport> {
  const preview = await previewRestore(db, backup);
  if (preview.problems.length > 0) throw new Refused(preview.problems);
  const report: MergeReport = { written: 0, kept: [], flagsRaised: 0 };
  const total = preview.previews.reduce((n, p) => n + p.writes.length, 0);
  for (const p of preview.previews) {
    report.written += await writeSlices(p.table, p.writes, 'put', (n) =>
      onProgress?.(report.written + n, total),
    );
    report.kept.push(...p.kept.map((k) => ({ table: p.table, ...k })));
  }
  report.flagsRaised = await raiseDerivedFlags(db, preview.tables.measures ?? [], raise);
  return report;
}

async function replace(
  db: IptDatabase,
  backup: ValidBackup,
  raise: Raise,
  onProgress?: OnProgress,
): Promise<MergeReport> {
  for (const name of TABLE_NAMES) await tableOf(name).clear();
  const total = recordCount(backup.tables);
  let written = 0;
  for (const name of TABLE_NAMES) {
    const rows = (backup.tables[name] ?? []) as TablePreview['writes'];
    written += await writeSlices(name, rows, 'add', (n) => onProgress?.(written + n, total));
  }
  const flagsRaised = await raiseDerivedFlags(db, backup.tables.measures ?? [], raise);
  return { written, kept: [], flagsRaised };
}

/** Writes `rows` to `table` a slice at a time; returns how many were written. */
async function writeSlices(
  table: TableName,
  rows: readonly unknown[],
  how: 'put' | 'add',
  progress: (written: number) => void,
): Promise<number> {
  for (let i = 0; i < rows.length; i += SLICE) {
    const slice = rows.slice(i, i + SLICE);
    if (how === 'put') await tableOf(table).bulkPut(slice);
    else await tableOf(table).bulkAdd(slice);
    progress(Math.min(i + SLICE, rows.length));
  }
  return rows.length;
}

/**
 * Opens the flags each PHQ-9 of the file raises, as the form would, judged on the questionnaire as
 * it is stored after the write (a questionnaire kept here is judged as it is here); none twice.
 */
async function raiseDerivedFlags(
  db: IptDatabase,
  measures: readonly RowOf<'measures'>[],
  raise: Raise,
): Promise<number> {
  const ids = measures.filter((m) => m.kind === 'phq9').map((m) => m.id);
  if (ids.length === 0) return 0;
  const existing = new Map<string, RowOf<'riskFlags'>[]>();
  for (const f of await db.riskFlags.where('measureId').anyOf(ids).toArray()) {
    existing.set(f.measureId!, [...(existing.get(f.measureId!) ?? []), f]);
  }
  let raised = 0;
  for (let i = 0; i < ids.length; i += SLICE) {
    const stored = await db.measures.bulkGet(ids.slice(i, i + SLICE));
    const flags = stored.flatMap((m) =>
      m ? flagsFromPhq9(m, { ...raise, existing: existing.get(m.id) ?? [] }) : [],
    );
    if (flags.length > 0) await db.riskFlags.bulkAdd(flags);
    raised += flags.length;
  }
  return raised;
}
