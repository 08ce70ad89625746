/**
 * The preview of a restore: each record of a checked backup file against the record stored here
 * that it matches (same primary key; a client also by its code; a formulation or contract also by
 * its course), sorted into one of five verdicts. The merge writes only what is `new` or
 * `newer-in-file`; everything else keeps what is stored here, so nothing is deleted or made older.
 *
 * Rules (issue 14):
 * - equal content is `identical`, whatever the stamps say;
 * - a record stored here as final is locked: a finalised write-up (and its amendments) is never
 *   replaced by anything (`conflict`, "finalised here");
 * - a draft never overwrites a finalised or complete record (`newer-here`); a finalised write-up in
 *   the file replaces a draft stored here (`newer-in-file`);
 * - a risk flag open here is never closed by a merge, and an acknowledgement here is never undone
 *   (`conflict`); an open flag that is only in the file is `new`, so it is added;
 * - otherwise the later stamp (updatedAt, recordedAt…) wins; without stamps, or with equal
 *   stamps and different content, it is a `conflict` and what is here is kept.
 */
import type { RowOf, TableName } from './schemas';
import { PRIMARY_KEYS } from './schemas/keys';

export const VERDICTS = ['new', 'identical', 'newer-in-file', 'newer-here', 'conflict'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** The words of each verdict, as the preview table heads its columns. */
export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  new: 'New',
  identical: 'Identical',
  'newer-in-file': 'Newer in the file',
  'newer-here': 'Newer here',
  conflict: 'In conflict',
};

export interface RowVerdict {
  verdict: Verdict;
  /** Why what is here is kept, when it is (for the kept list). */
  why?: string;
}

type AnyRow = Record<string, unknown>;

/** True when the merge writes a record of this verdict (it is added, or replaces an older one). */
export function mergeWrites(verdict: Verdict): boolean {
  return verdict === 'new' || verdict === 'newer-in-file';
}

/** The moment a record was last changed, for the tables that record one (ISO text sorts). */
export function stampOf(table: TableName, row: AnyRow): string | undefined {
  if (table === 'measures') return row.recordedAt as string;
  if (table === 'formulations') return row.editedAt as string;
  if (table === 'riskFlags') {
    const ack = row.acknowledgement as { at?: string } | undefined;
    return ack?.at ?? (row.raisedAt as string);
  }
  if (table === 'suitability') {
    return (row.decision as { decidedAt?: string } | undefined)?.decidedAt;
  }
  return typeof row.updatedAt === 'string' ? row.updatedAt : undefined;
}

/** Deep equality of two plain JSON-like values (key order ignored, undefined keys ignored). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameRecord(v, other[i]));
  }
  const left = a as AnyRow;
  const right = b as AnyRow;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!sameRecord(left[key], right[key])) return false;
  }
  return true;
}

/**
 * Sorts one record of `table` from the file against the stored record it matches (`here`,
 * undefined when nothing matches); see the module comment for the rules.
 */
export function classifyRow(table: TableName, file: AnyRow, here: AnyRow | undefined): RowVerdict {
  if (here === undefined) return { verdict: 'new' };
  if (sameRecord(file, here)) return { verdict: 'identical' };
  const key = PRIMARY_KEYS[table];
  if (file[key] !== here[key]) {
    return { verdict: 'conflict', why: 'the course already has its own here' };
  }
  if (table === 'writeups') return classifyWriteUp(file, here);
  if (table === 'riskFlags') return classifyFlag(file, here);
  if (table === 'measures' && here.status === 'complete' && file.status === 'draft') {
    return { verdict: 'newer-here', why: 'complete here; the file has a draft' };
  }
  return byStamp(stampOf(table, file), stampOf(table, here));
}

function byStamp(file: string | undefined, here: string | undefined): RowVerdict {
  if (file === undefined || here === undefined || file === here) {
    return { verdict: 'conflict', why: 'changed in both, with no way to tell which is newer' };
  }
  return file > here ? { verdict: 'newer-in-file' } : { verdict: 'newer-here', why: 'newer here' };
}

function classifyWriteUp(file: AnyRow, here: AnyRow): RowVerdict {
  if (here.status === 'final') return { verdict: 'conflict', why: 'finalised here' };
  if (file.status === 'final') return { verdict: 'newer-in-file' };
  const verdict = byStamp(file.updatedAt as string, here.updatedAt as string);
  return verdict.verdict === 'newer-here'
    ? { verdict: 'newer-here', why: 'newer draft here' }
    : verdict;
}

function classifyFlag(file: AnyRow, here: AnyRow): RowVerdict {
  if (here.status === 'open') {
    return { verdict: 'conflict', why: 'open here: a merge never closes a flag' };
  }
  if (file.status === 'open') return { verdict: 'newer-here', why: 'acknowledged here' };
  return byStamp(stampOf('riskFlags', file), stampOf('riskFlags', here));
}

/** One table's preview: how many records of each verdict, and the records the merge writes. */
export interface TablePreview<T extends TableName = TableName> {
  table: T;
  counts: Record<Verdict, number>;
  writes: RowOf<T>[];
  kept: { key: string; why: string }[];
}

/** An empty preview of `table`, to which `addToPreview` adds records chunk by chunk. */
export function emptyPreview<T extends TableName>(table: T): TablePreview<T> {
  return {
    table,
    counts: { new: 0, identical: 0, 'newer-in-file': 0, 'newer-here': 0, conflict: 0 },
    writes: [],
    kept: [],
  };
}

/**
 * Adds file records to `preview`, each with the stored record it matches (`matches[i]` for
 * `rows[i]`). Mutates and returns `preview`, so a large table is classified in slices.
 */
export function addToPreview<T extends TableName>(
  preview: TablePreview<T>,
  rows: readonly RowOf<T>[],
  matches: readonly (AnyRow | undefined)[],
): TablePreview<T> {
  const key = PRIMARY_KEYS[preview.table];
  rows.forEach((row, i) => {
    const { verdict, why } = classifyRow(preview.table, row as AnyRow, matches[i]);
    preview.counts[verdict] += 1;
    if (mergeWrites(verdict)) preview.writes.push(row);
    else if (why !== undefined) preview.kept.push({ key: String((row as AnyRow)[key]), why });
  });
  return preview;
}
