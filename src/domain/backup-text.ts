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
  yield { text: `${JSON.stringify(head).slice(0, -1)},"tables":{`, rows: 0 };
  let firstTable = true;
  for (const [name, rows] of Object.entries(tables)) {
    yield { text: `${firstTable ? '' : ','}${JSON.stringify(name)}:[`, rows: 0 };
    firstTable = false;
    for (let i = 0; i < rows.length; i += rowsPerPart) {
      const slice = rows.slice(i, i + rowsPerPart).map((row) => JSON.stringify(row));
      yield { text: `${i === 0 ? '' : ','}${slice.join(',')}`, rows: slice.length };
    }
    yield { text: ']', rows: 0 };
  }
  yield { text: '}}', rows: 0 };
}
