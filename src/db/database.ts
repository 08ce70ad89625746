/**
 * The one Dexie database. Tables are typed here; the schema lives in `schema.ts`.
 * When another tab opens a newer version, this tab closes its connection and reloads (Dexie's
 * `versionchange`), so two versions of the app never write to one database.
 */
import { Dexie } from 'dexie';
import type { EntityTable } from 'dexie';

import type { Client, Course, Session } from '../domain/types';

import { SCHEMA } from './schema';

export const DB_NAME = 'ipt-planner';

export type IptDatabase = Dexie & {
  clients: EntityTable<Client, 'id'>;
  courses: EntityTable<Course, 'id'>;
  sessions: EntityTable<Session, 'id'>;
};

/** Opens (lazily) a database with every schema version declared. */
export function createDatabase(name: string = DB_NAME): IptDatabase {
  const db = new Dexie(name) as IptDatabase;
  for (const { version, stores } of SCHEMA) db.version(version).stores(stores);
  db.on('versionchange', () => {
    db.close();
    if (typeof window !== 'undefined' && typeof window.location?.reload === 'function') {
      window.location.reload();
    }
    return false;
  });
  return db;
}

export const db: IptDatabase = createDatabase();
