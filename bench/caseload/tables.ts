/** The tables of the benchmark caseload, typed by the domain's own record types. */
import type { SavedAgenda } from '../../src/domain/agenda/saved';
import type { TreatmentContract } from '../../src/domain/inventory/contract';
import type { Formulation } from '../../src/domain/inventory/formulation';
import type { InventoryPerson } from '../../src/domain/inventory/person';
import type { LifeEvent } from '../../src/domain/inventory/timeline';
import type { Measure, RiskFlag } from '../../src/domain/measures';
import type { Client, Course, Mechanism, Session } from '../../src/domain/types';
import type { SessionWriteUp } from '../../src/domain/writeup/types';

/** A session's 0–10 ratings as stored (one row per session, keyed by the session id). */
export interface StoredRatings {
  id: string;
  courseId: string;
  sessionId: string;
  goals: (number | null)[];
  mechanisms: Partial<Record<Mechanism, number>>;
  updatedAt: string;
}

export interface CaseloadTables {
  clients: Client[];
  courses: Course[];
  sessions: Session[];
  agendas: SavedAgenda[];
  measures: Measure[];
  riskFlags: RiskFlag[];
  ratings: StoredRatings[];
  writeups: SessionWriteUp[];
  contracts: TreatmentContract[];
  formulations: Formulation[];
  people: InventoryPerson[];
  lifeEvents: LifeEvent[];
}

/** Empty tables, ready to fill. */
export function emptyTables(): CaseloadTables {
  return {
    clients: [],
    courses: [],
    sessions: [],
    agendas: [],
    measures: [],
    riskFlags: [],
    ratings: [],
    writeups: [],
    contracts: [],
    formulations: [],
    people: [],
    lifeEvents: [],
  };
}
