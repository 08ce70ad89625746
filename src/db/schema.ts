/**
 * The database schema, one entry per version, each with the full store list (STYLE rule 6).
 * Never edit a released version: add a new one, and put any data rewrite in `upgrades/`.
 * Primary keys are globally unique strings made at the edge (crypto.randomUUID), never
 * auto-increment numbers, so backups from two devices merge and a sync add-on fits later.
 */
import type { TableName } from '../domain/schemas';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
}

/** v1 (foundation): clients, their courses and the dated sessions of each course. */
const v1 = {
  clients: 'id, &code, archived',
  courses: 'id, clientId, startDate',
  sessions: 'id, courseId, date',
};

/** v2 (agendas): the therapist's saved agenda per session, and the course's dated focus history. */
const v2 = {
  ...v1,
  agendas: 'sessionId, courseId',
  focusChanges: 'id, courseId',
};

/** v3 (measures and risk): questionnaires, risk flags, ratings, safety plans, settings. */
const v3 = {
  ...v2,
  measures: 'id, clientId, courseId, sessionId, date',
  riskFlags: 'id, clientId, courseId, sessionId, measureId, status',
  ratings: 'id, courseId, sessionId',
  courseEvents: 'id, courseId, date',
  suitability: 'courseId',
  safetyPlans: 'clientId',
  settings: 'key',
};

/** v4 (inventory): people in the client's life, the timeline, formulation and contract. */
const v4 = {
  ...v3,
  people: 'id, clientId, courseId',
  lifeEvents: 'id, courseId, date',
  formulations: 'id, &courseId',
  contracts: 'id, &courseId',
};

/** v5 (session write-up): the record of each session, its finalisation and amendments. */
const v5 = {
  ...v4,
  writeups: 'sessionId, courseId',
};

/** v6 (documents): relapse-prevention plans, adherence self-checks and edited document texts. */
const v6 = {
  ...v5,
  relapsePlans: 'courseId',
  adherenceChecks: 'courseId',
  documents: 'id, courseId, kind',
};

/**
 * v7 (one home for settings): per-course settings (chosen baseline, mechanism ratings) move out of
 * `settings` into rows keyed to the course, deleted with the client (upgrades/v7-course-settings).
 */
const v7 = {
  ...v6,
  courseSettings: 'courseId',
};

/**
 * v8 (queries shaped like the screen): compound indexes, no data rewrite (every field they read is
 * already stored). Sessions by course and day and by status and day (pending write-ups: sessions
 * before a day that were not cancelled), measures by course and day, write-ups by status and the
 * session's day (drafts and final records without reading the archive).
 */
const v8 = {
  ...v7,
  sessions: 'id, courseId, date, [courseId+date], [status+date]',
  measures: 'id, clientId, courseId, sessionId, date, [courseId+date]',
  writeups: 'sessionId, courseId, [status+sessionDate]',
};

export const SCHEMA: readonly SchemaVersion[] = [
  { version: 1, stores: v1 },
  { version: 2, stores: v2 },
  { version: 3, stores: v3 },
  { version: 4, stores: v4 },
  { version: 5, stores: v5 },
  { version: 6, stores: v6 },
  { version: 7, stores: v7 },
  { version: 8, stores: v8 },
];

/** Tables whose rows belong to one course (`courseId` index): deleted with the course's client. */
export const COURSE_TABLES: readonly TableName[] = [
  'sessions',
  'agendas',
  'focusChanges',
  'ratings',
  'courseEvents',
  'suitability',
  'lifeEvents',
  'formulations',
  'contracts',
  'writeups',
  'relapsePlans',
  'adherenceChecks',
  'documents',
  'courseSettings',
];

/** Tables whose rows belong to one client (`clientId` index), besides courses. */
export const CLIENT_TABLES: readonly TableName[] = [
  'courses',
  'measures',
  'riskFlags',
  'safetyPlans',
  'people',
];
