/** Client repository: codes are unique; nothing is deleted without the caller confirming. */
import type { Measure, RiskFlag } from '../domain/measures';
import type { Client, Course, Session } from '../domain/types';
import type { RecordStates } from '../domain/writeup';

import { readAll, readGet, readWhere, tableOf } from './checked';
import { db } from './database';
import { CLIENT_TABLES, COURSE_TABLES } from './schema';
import { readRecordStates } from './writeups';

/** All clients, active first, then by code. */
export async function listClients(): Promise<Client[]> {
  const { rows } = await readAll('clients');
  return rows.sort(
    (a, b) => Number(a.archived) - Number(b.archived) || a.code.localeCompare(b.code),
  );
}

export interface CaseloadRecords {
  clients: Client[];
  courses: Course[];
  sessions: Session[];
  /** The PHQ-9s and GAD-7s of every client. */
  measures: Measure[];
  /** Open flags only. */
  openFlags: RiskFlag[];
  /** Each session's record state (draft or final), from the write-ups' index keys. */
  recordStates: RecordStates;
}

/**
 * Everything the caseload list shows, in one read per table (never one query per client), inside
 * one read transaction so the tables agree with each other.
 */
export async function readCaseload(): Promise<CaseloadRecords> {
  const tables = ['clients', 'courses', 'sessions', 'measures', 'riskFlags', 'writeups'] as const;
  return db.transaction('r', tables.map(tableOf), async () => {
    const [clients, courses, sessions, measures, openFlags, recordStates] = await Promise.all([
      listClients(),
      readAll('courses'),
      readAll('sessions'),
      readAll('measures'),
      readWhere('riskFlags', 'status', 'open'),
      readRecordStates(),
    ]);
    return {
      clients,
      courses: courses.rows,
      sessions: sessions.rows,
      measures: measures.rows,
      openFlags: openFlags.rows,
      recordStates,
    };
  });
}

export async function getClient(id: string): Promise<Client | undefined> {
  return (await readGet('clients', id)).row;
}

/** True when another client already uses `code` (case-insensitive). */
export async function codeTaken(code: string, exceptId?: string): Promise<boolean> {
  const wanted = code.trim().toLowerCase();
  const match = await db.clients
    .filter((c) => typeof c.code === 'string' && c.code.toLowerCase() === wanted)
    .first();
  return match !== undefined && match.id !== exceptId;
}

export async function addClient(client: Client): Promise<void> {
  await db.clients.add(client);
}

/**
 * Adds `client` unless another client already uses its code (case-insensitive), checked inside
 * the same transaction as the write. Resolves 'taken' (nothing written) or 'added'.
 */
export async function addClientIfCodeFree(client: Client): Promise<'added' | 'taken'> {
  return db.transaction('rw', db.clients, async () => {
    if (await codeTaken(client.code)) return 'taken';
    await db.clients.add(client);
    return 'added';
  });
}

/**
 * Changes a client's details unless the new code is another client's (checked inside the same
 * transaction). Resolves 'taken' or 'missing' (nothing written), or 'updated'.
 */
export async function updateClientIfCodeFree(
  id: string,
  changes: Pick<Client, 'code'> & Partial<Omit<Client, 'id' | 'code'>>,
): Promise<'updated' | 'taken' | 'missing'> {
  return db.transaction('rw', db.clients, async () => {
    if (!(await db.clients.get(id))) return 'missing';
    if (await codeTaken(changes.code, id)) return 'taken';
    await db.clients.update(id, changes);
    return 'updated';
  });
}

export async function updateClient(
  id: string,
  changes: Partial<Omit<Client, 'id'>>,
): Promise<void> {
  await db.clients.update(id, changes);
}

export async function setArchived(id: string, archived: boolean): Promise<void> {
  await db.clients.update(id, { archived });
}

/**
 * Deletes a client and everything recorded for them, in one transaction: either all of it goes or
 * none. The screen asks the therapist to type the client code first.
 */
export async function deleteClientForever(id: string): Promise<void> {
  const tables = [db.clients, ...CLIENT_TABLES.map(tableOf), ...COURSE_TABLES.map(tableOf)];
  await db.transaction('rw', tables, async () => {
    const courseIds = (await db.courses.where('clientId').equals(id).primaryKeys()) as string[];
    for (const table of COURSE_TABLES) {
      await tableOf(table).where('courseId').anyOf(courseIds).delete();
    }
    for (const table of CLIENT_TABLES) {
      await tableOf(table).where('clientId').equals(id).delete();
    }
    await db.clients.delete(id);
  });
}
