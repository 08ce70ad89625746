/** Client repository: codes are unique; nothing is deleted without the caller confirming. */
import type { Measure, RiskFlag } from '../domain/measures';
import type { Client, Course, Session } from '../domain/types';
import type { RecordStates } from '../domain/writeup';
import { byCode } from '../domain/order';
import '../domain/schemas/core';
import '../domain/schemas/measures';

import { readAll, readAnyOf, readGet, readWhere, tableOf } from './checked';
import { db } from './database';
import { CLIENT_TABLES, COURSE_TABLES } from './schema';
import { readRecordStates } from './writeups';

/** All clients, active first, then by code. */
export async function listClients(): Promise<Client[]> {
  const { rows } = await readAll('clients');
  return rows.sort((a, b) => Number(a.archived) - Number(b.archived) || byCode(a.code, b.code));
}

export interface CaseloadRecords {
  /** The clients whose rows are wanted (all of them unless a filter picked some). */
  clients: Client[];
  courses: Course[];
  /** The sessions of the picked clients' courses. */
  sessions: Session[];
  /** The PHQ-9s and GAD-7s of the picked clients' courses. */
  measures: Measure[];
  /** Open flags only. */
  openFlags: RiskFlag[];
  /** The record state (draft or final) of each written-up session of those courses, from keys. */
  recordStates: RecordStates;
}

/** What decides which clients a list shows: every client, their courses and the open flags. */
export type CaseloadBase = Pick<CaseloadRecords, 'clients' | 'courses' | 'openFlags'>;

/**
 * What the caseload list shows, inside one read transaction so the tables agree with each other:
 * every client, course and open flag, then, for the clients `pick` chooses from those (all by
 * default), their courses' sessions and measures, and their write-ups' states from index keys.
 * Never one query per client, and a list that shows 40 current clients of 500 reads their rows
 * only. `total` is how many clients there are in all, whichever were picked.
 */
export async function readCaseload(
  pick: (base: CaseloadBase) => Client[] = (base) => base.clients,
): Promise<CaseloadRecords & { total: number }> {
  const tables = ['clients', 'courses', 'sessions', 'measures', 'riskFlags', 'writeups'] as const;
  return db.transaction('r', tables.map(tableOf), async () => {
    const [all, courses, openFlags] = await Promise.all([
      listClients(),
      readAll('courses'),
      readWhere('riskFlags', 'status', 'open'),
    ]);
    const base = { clients: all, courses: courses.rows, openFlags: openFlags.rows };
    const clients = pick(base);
    const picked = new Set(clients.map((c) => c.id));
    const courseIds = base.courses.filter((c) => picked.has(c.clientId)).map((c) => c.id);
    const [sessions, measures, recordStates] = await Promise.all([
      readAnyOf('sessions', 'courseId', courseIds),
      readAnyOf('measures', 'courseId', courseIds),
      readRecordStates(courseIds),
    ]);
    return {
      ...base,
      clients,
      total: all.length,
      sessions: sessions.rows,
      measures: measures.rows,
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
