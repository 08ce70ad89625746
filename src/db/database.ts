/**
 * The one Dexie database. Every table is declared here with the type its schema derives
 * (src/domain/schemas); the store list lives in `schema.ts`, data rewrites in `upgrades/`.
 * When another tab opens a newer version, this tab closes its connection and reloads (Dexie's
 * `versionchange`), so two versions of the app never write to one database.
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

/** Opens (lazily) a database with every schema version declared and its upgrade, if any. */
export function createDatabase(name: string = DB_NAME): IptDatabase {
  const db = new Dexie(name) as IptDatabase;
  for (const { version, stores } of SCHEMA) {
    const declared = db.version(version).stores(stores);
    const upgrade = UPGRADES[version];
    if (upgrade) declared.upgrade(upgrade);
  }
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
