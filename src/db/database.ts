/**
 * The one Dexie database. Every table is declared here with the type its schema derives
 * (src/domain/schemas); the store list lives in `schema.ts`, data rewrites in `upgrades/`.
 * When another tab opens a newer version (Dexie's `versionchange`), this tab first stores what is
 * being typed (the flushes registered with `beforeVersionClose`), then closes its connection and
 * says so (`onDatabaseReplaced`), so two versions of the app never write to one database; the
 * therapist reloads when ready (src/app-model/db-status.tsx). A database newer than this app is
 * never opened: Dexie refuses it with a VersionError, which db-status turns into a sentence.
 */
import { Dexie } from 'dexie';
import type { EntityTable, Table } from 'dexie';

import type { SavedAgenda } from '../domain/agenda/saved';
import type { AdherenceCheck, RelapsePlan, StoredDocument } from '../domain/documents';
import type {
  Formulation,
  InventoryPerson,
  LifeEvent,
  TreatmentContract,
} from '../domain/inventory';
import type { CourseEvent, Measure, RiskFlag, SafetyPlan } from '../domain/measures';
import type { StoredFocusChange } from '../domain/schemas/agenda';
import type { SessionRatings, StoredSuitability } from '../domain/schemas/measures';
import type { CourseSettings, SettingRow } from '../domain/schemas/settings';
import type { Client, Course, Session } from '../domain/types';
import type { SessionWriteUp } from '../domain/writeup';

import { SCHEMA } from './schema';
import { UPGRADES } from './upgrades';

export const DB_NAME = 'ipt-planner';

export type IptDatabase = Dexie & {
  clients: EntityTable<Client, 'id'>;
  courses: EntityTable<Course, 'id'>;
  sessions: EntityTable<Session, 'id'>;
  agendas: EntityTable<SavedAgenda, 'sessionId'>;
  focusChanges: EntityTable<StoredFocusChange, 'id'>;
  measures: EntityTable<Measure, 'id'>;
  riskFlags: EntityTable<RiskFlag, 'id'>;
  ratings: EntityTable<SessionRatings, 'id'>;
  courseEvents: EntityTable<CourseEvent, 'id'>;
  suitability: EntityTable<StoredSuitability, 'courseId'>;
  safetyPlans: EntityTable<SafetyPlan, 'clientId'>;
  settings: Table<SettingRow, string>;
  people: EntityTable<InventoryPerson, 'id'>;
  lifeEvents: EntityTable<LifeEvent, 'id'>;
  formulations: EntityTable<Formulation, 'id'>;
  contracts: EntityTable<TreatmentContract, 'id'>;
  writeups: EntityTable<SessionWriteUp, 'sessionId'>;
  relapsePlans: EntityTable<RelapsePlan, 'courseId'>;
  adherenceChecks: EntityTable<AdherenceCheck, 'courseId'>;
  documents: EntityTable<StoredDocument, 'id'>;
  courseSettings: EntityTable<CourseSettings, 'courseId'>;
};

type Flush = () => Promise<unknown>;
const flushes = new WeakMap<Dexie, Set<Flush>>();
const replacedListeners = new WeakMap<Dexie, Set<() => void>>();
const replacedDbs = new WeakSet<Dexie>();
/** How long a flush may hold the other tab's upgrade before this tab closes anyway. */
export const FLUSH_BEFORE_CLOSE_MS = 2000;

const setOf = <T>(map: WeakMap<Dexie, Set<T>>, db: Dexie): Set<T> => {
  const found = map.get(db) ?? new Set<T>();
  map.set(db, found);
  return found;
};

/** Registers work (an autosave flush) to finish before the connection closes for a newer version. */
export function beforeVersionClose(flush: Flush, target: Dexie = db): () => void {
  setOf(flushes, target).add(flush);
  return () => setOf(flushes, target).delete(flush);
}

/** Calls `listener` once this tab has closed its connection for another tab's newer version. */
export function onDatabaseReplaced(listener: () => void, target: Dexie = db): () => void {
  if (replacedDbs.has(target)) listener();
  setOf(replacedListeners, target).add(listener);
  return () => setOf(replacedListeners, target).delete(listener);
}

/** Whether this tab has let go of the database for a newer version. */
export function isDatabaseReplaced(target: Dexie = db): boolean {
  return replacedDbs.has(target);
}

async function closeForNewerVersion(target: Dexie): Promise<void> {
  const pending = [...setOf(flushes, target)].map((f) => f().catch(() => undefined));
  const timeout = new Promise((resolve) => setTimeout(resolve, FLUSH_BEFORE_CLOSE_MS));
  await Promise.race([Promise.all(pending), timeout]);
  target.close();
  replacedDbs.add(target);
  for (const listener of setOf(replacedListeners, target)) listener();
}

/** The version a database was last opened at (Dexie's ×10 numbering), without opening it. */
async function storedVersion(name: string): Promise<number | undefined> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function')
    return undefined;
  return (await indexedDB.databases()).find((d) => d.name === name)?.version;
}

/**
 * Refuses a database written by a newer version of the app before Dexie touches it: Dexie 4 would
 * open it anyway (adding what this version declares), and this version would then write records
 * of an older shape into it. A native version of 81 is still ours (Dexie's own workaround).
 */
async function refuseNewer(name: string): Promise<void> {
  const stored = await storedVersion(name);
  const latest = SCHEMA.at(-1)!.version;
  if (stored !== undefined && Math.floor(stored / 10) > latest) {
    throw new Dexie.VersionError(
      `The database holds version ${Math.floor(stored / 10)}; this app reads up to ${latest}.`,
    );
  }
}

/**
 * The versions Dexie is told about: those with a data rewrite, and the newest. Dexie (3 and later)
 * reads the stores a database actually has and moves it straight to each declared version, so the
 * versions between only cost parsing their store lists on every start (about 10 ms, issue 15);
 * every version stays in SCHEMA, and tests open a database of each one (upgrades/fixtures.test.ts).
 */
export const DECLARED_VERSIONS = SCHEMA.filter(
  (s, i) => UPGRADES[s.version] !== undefined || i === SCHEMA.length - 1,
);

/** Opens (lazily) a database at the newest schema, upgrading through each version's rewrite. */
export function createDatabase(name: string = DB_NAME): IptDatabase {
  const created = new Dexie(name) as IptDatabase;
  for (const { version, stores } of DECLARED_VERSIONS) {
    const declared = created.version(version).stores(stores);
    const upgrade = UPGRADES[version];
    if (upgrade) declared.upgrade(upgrade);
  }
  const open = created.open.bind(created);
  // Dexie's lazy open goes through `db.open()` as well, so every first query is checked.
  created.open = () => Dexie.Promise.resolve(refuseNewer(name)).then(open);
  created.on('versionchange', () => {
    closeForNewerVersion(created).catch((error: unknown) => console.error(error));
    // Dexie would close at once: this tab closes itself once typed drafts are stored.
    return false;
  });
  return created;
}

export const db: IptDatabase = createDatabase();
