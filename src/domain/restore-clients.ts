/**
 * Clients match by id, and also by code: a backup from another device names the same client by the
 * same code under a different id. Such a client is taken as the one stored here, and every record
 * of theirs in the file is moved onto the stored id before the preview and the merge.
 */
import { problem } from './problems';
import type { Problem } from './problems';
import type { RowOf, TableName } from './schemas';

type Tables = { [T in TableName]?: RowOf<T>[] };

/** A client of the file taken as a client stored here because their codes are the same. */
export interface CodeMatch {
  code: string;
  fileId: string;
  hereId: string;
}

export interface ClientMatches {
  /** File id → stored id, for clients matched by code only. */
  remap: ReadonlyMap<string, string>;
  matched: CodeMatch[];
  /** Matches that cannot be made safely (the whole file is refused, nothing written). */
  problems: Problem[];
}

/** The tables whose records name their client by `clientId` (safety plans are keyed by it). */
export const CLIENT_TABLES = [
  'courses',
  'measures',
  'riskFlags',
  'safetyPlans',
  'people',
  'writeups',
] as const satisfies readonly TableName[];

const codeKey = (code: string) => code.trim().toLowerCase();

/**
 * Matches the file's clients to the stored ones: by id first; a client whose id is not stored but
 * whose code is (ignoring case and spaces) is matched to that client. Refused, with a sentence,
 * when the match is ambiguous: the stored client is also in the file under its own id.
 */
export function matchClients(
  file: readonly RowOf<'clients'>[],
  stored: readonly RowOf<'clients'>[],
): ClientMatches {
  const storedIds = new Set(stored.map((c) => c.id));
  const fileIds = new Set(file.map((c) => c.id));
  const byCode = new Map(stored.map((c) => [codeKey(c.code), c]));
  const remap = new Map<string, string>();
  const matched: CodeMatch[] = [];
  const problems: Problem[] = [];
  for (const client of file) {
    if (storedIds.has(client.id)) continue;
    const here = byCode.get(codeKey(client.code));
    if (here === undefined) continue;
    if (fileIds.has(here.id)) {
      problems.push(
        problem(
          'backup-code-taken',
          `The client code ${client.code} in this file belongs here to another client who is also in the file under a different code. Nothing was restored: change one of the codes and restore again.`,
        ),
      );
      continue;
    }
    remap.set(client.id, here.id);
    matched.push({ code: here.code, fileId: client.id, hereId: here.id });
  }
  return { remap, matched, problems };
}

/** The file's tables with every matched client's id replaced by the stored id (rows copied). */
export function remapClients(tables: Tables, remap: ReadonlyMap<string, string>): Tables {
  if (remap.size === 0) return tables;
  const out: Tables = { ...tables };
  if (tables.clients) {
    out.clients = tables.clients.map((c) => {
      const to = remap.get(c.id);
      return to === undefined ? c : { ...c, id: to };
    });
  }
  for (const table of CLIENT_TABLES) {
    const rows = tables[table] as { clientId: string }[] | undefined;
    if (!rows) continue;
    (out as Record<string, unknown[]>)[table] = rows.map((row) => {
      const to = remap.get(row.clientId);
      return to === undefined ? row : { ...row, clientId: to };
    });
  }
  return out;
}
