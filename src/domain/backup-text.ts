/**
 * A backup written as compact JSON a slice at a time, so a large caseload is serialised in many
 * short steps (the caller yields to the page between them) instead of one long JSON.stringify.
 * Joined, the parts are exactly `JSON.stringify(backup)`.
 */

export interface BackupEnvelope {
  app: 'ipt-planner';
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, readonly unknown[]>;
}

/** Rows per part. */
export const ROWS_PER_PART = 1000;

/** One part of the file: its text and how many records it holds. */
export interface BackupPart {
  text: string;
  rows: number;
}

/** The file's opening: the envelope without its tables, then the opening of `tables`. */
export function headText(head: Omit<BackupEnvelope, 'tables'>): string {
  return `${JSON.stringify(head).slice(0, -1)},"tables":{`;
}

/** The opening of one table's list (`first`: the first table of the file). */
export function tableStartText(name: string, first: boolean): string {
  return `${first ? '' : ','}${JSON.stringify(name)}:[`;
}

/** A slice of a table's rows (`first`: the slice starts the table's list). */
export function rowsText(rows: readonly unknown[], first: boolean): string {
  return `${first ? '' : ','}${rows.map((row) => JSON.stringify(row)).join(',')}`;
}

export const TABLE_END = ']';
export const FILE_END = '}}';

/**
 * The backup's JSON text in parts: the envelope's head, then each table's rows `rowsPerPart` at a
 * time, then the closing braces. Contract: the parts' texts joined are exactly
 * `JSON.stringify(backup)` for a backup whose rows are plain JSON values, and their `rows` add up
 * to the number of records.
 */
export function* backupParts(
  backup: BackupEnvelope,
  rowsPerPart: number = ROWS_PER_PART,
): Generator<BackupPart> {
  const { tables, ...head } = backup;
  yield { text: headText(head), rows: 0 };
  let firstTable = true;
  for (const [name, rows] of Object.entries(tables)) {
    yield { text: tableStartText(name, firstTable), rows: 0 };
    firstTable = false;
    for (let i = 0; i < rows.length; i += rowsPerPart) {
      const slice = rows.slice(i, i + rowsPerPart);
      yield { text: rowsText(slice, i === 0), rows: slice.length };
    }
    yield { text: TABLE_END, rows: 0 };
  }
  yield { text: FILE_END, rows: 0 };
}
