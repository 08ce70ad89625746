/**
 * Documents: the relapse plan, the adherence self-check and the therapist's edits to generated
 * documents, plus loaders that gather what each document is built from. Rows are read checked
 * (src/db/checked.ts); write-ups are also read raw so every note-like string, readable or not, is
 * collected and the client builders can prove none of it reaches paper.
 */
import type { FocusChange } from '../domain/agenda/focus';
import type {
  AdherenceCheck,
  GoalRatingPoint,
  RelapsePlan,
  StoredDocument,
} from '../domain/documents';
import type { ClientSafetyContext } from '../domain/documents';
import type { Formulation, InventoryPerson, TreatmentContract } from '../domain/inventory';
import { scoredMeasures } from '../domain/measures';
import type { Measure, RiskFlag, ScoredMeasure } from '../domain/measures';
import type { Course, Session } from '../domain/types';
import { byText } from '../domain/order';
import '../domain/schemas/agenda';
import '../domain/schemas/documents';
import '../domain/schemas/measures';

import { listSavedAgendas } from './agendas';
import { listSessions } from './courses';
import { readGet, readWhere } from './checked';
import { db } from './database';
import { getContract, getFormulation, listPeople } from './inventory';
import { listFlags, listMeasures } from './measures';
import { getCrisisContacts } from './settings';
import type { CrisisContact } from './settings';

export const relapsePlansTable = () => db.relapsePlans;
export const adherenceChecksTable = () => db.adherenceChecks;
export const documentsTable = () => db.documents;

export async function getRelapsePlan(courseId: string): Promise<RelapsePlan | undefined> {
  return (await readGet('relapsePlans', courseId)).row;
}

export async function saveRelapsePlan(plan: RelapsePlan): Promise<void> {
  await relapsePlansTable().put(plan);
}

export async function getAdherenceCheck(courseId: string): Promise<AdherenceCheck | undefined> {
  return (await readGet('adherenceChecks', courseId)).row;
}

export async function saveAdherenceCheck(check: AdherenceCheck): Promise<void> {
  await adherenceChecksTable().put(check);
}

export async function getStoredDocument(id: string): Promise<StoredDocument | undefined> {
  return (await readGet('documents', id)).row;
}

export async function saveStoredDocument(doc: StoredDocument): Promise<void> {
  await documentsTable().put(doc);
}

export async function listStoredDocuments(courseId: string): Promise<StoredDocument[]> {
  return (await readWhere('documents', 'courseId', courseId)).rows;
}

/** Every string inside a stored row (any shape), for the "no notes on client paper" check. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

interface RatingsRow {
  sessionId?: unknown;
  goals?: unknown;
}

function goalRatingsOf(
  rows: readonly RatingsRow[],
  sessions: readonly Session[],
): GoalRatingPoint[] {
  return rows.flatMap((row) => {
    const n = sessions.find((s) => s.id === row.sessionId)?.number;
    if (typeof n !== 'number' || !Array.isArray(row.goals)) return [];
    const values = row.goals.map((v: unknown) => (typeof v === 'number' ? v : null));
    return [{ sessionNumber: n, values }];
  });
}

/** What every client document is built from, and what must never reach it. */
export interface ClientSources {
  sessions: Session[];
  people: InventoryPerson[];
  crisisContacts: CrisisContact[];
  goalRatings: GoalRatingPoint[];
  tasks: Record<string, string>;
  safety: ClientSafetyContext;
}

/**
 * What a screen already read through the course context (issue 10): when given, these tables are
 * not read again. `measures` and `flags` may be all of the client's; only the course's are used.
 */
export interface KnownCourseRecords {
  sessions: Session[];
  measures: Measure[];
  flags: RiskFlag[];
  contacts: CrisisContact[];
}

async function courseRecords(course: Course, known?: KnownCourseRecords) {
  if (known) return known;
  const [sessions, measures, flags, contacts] = await Promise.all([
    listSessions(course.id),
    listMeasures(course.id),
    listFlags(course.clientId),
    getCrisisContacts(),
  ]);
  return { sessions, measures, flags, contacts };
}

/** Loads a course's client-document sources; notes gathered from agendas, write-ups, flags and contract. */
export async function loadClientSources(
  course: Course,
  known?: KnownCourseRecords,
): Promise<ClientSources> {
  const [records, people, agendas, contract, formulation] = await Promise.all([
    courseRecords(course, known),
    listPeople(course.id),
    listSavedAgendas(course.id),
    getContract(course.id),
    getFormulation(course.id),
  ]);
  const { sessions, flags, contacts: crisisContacts } = records;
  const measures = records.measures.filter((m) => m.courseId === course.id);
  const [writeups, ratings] = await Promise.all([
    // Raw write-ups on purpose: every string in them, readable or not, is kept off client paper.
    db.writeups.where('courseId').equals(course.id).toArray() as Promise<unknown[]>,
    readWhere('ratings', 'courseId', course.id).then((r) => r.rows),
  ]);
  const notes = [
    ...agendas.map((a) => a.notes),
    ...agendas.flatMap((a) => (a.taskReview ? [a.taskReview.note] : [])),
    ...writeups.flatMap(stringsIn),
    ...flags.flatMap((f) => [f.detail, ...stringsIn(f.acknowledgement)]),
    ...(contract?.notes ? [contract.notes] : []),
  ].filter((n) => n.trim() !== '');
  return {
    sessions,
    people,
    crisisContacts,
    goalRatings: goalRatingsOf(ratings, sessions),
    tasks: Object.fromEntries(
      agendas.flatMap((a) => (a.taskSet ? [[a.sessionId, a.taskSet]] : [])),
    ),
    safety: {
      notes,
      itemAnswers: measures.map((m) => m.answers),
      ...(formulation ? { formulation: formulation.text } : {}),
      allowed: course.goals,
      people,
    },
  };
}

/** What the supervision pack is built from. */
export interface SupervisionSources {
  sessions: Session[];
  people: InventoryPerson[];
  contract?: TreatmentContract;
  formulation?: Formulation;
  focusChanges: FocusChange[];
  agendas: { sessionId: string; taskSet?: string }[];
  measures: ScoredMeasure[];
  flags: RiskFlag[];
  adherence?: AdherenceCheck;
  relapsePlan?: RelapsePlan;
}

/** Loads everything the supervision pack and its adherence hints need. */
export async function loadSupervisionSources(
  course: Course,
  known?: KnownCourseRecords,
): Promise<SupervisionSources> {
  const [records, people, contract, formulation, agendas] = await Promise.all([
    courseRecords(course, known),
    listPeople(course.id),
    getContract(course.id),
    getFormulation(course.id),
    listSavedAgendas(course.id),
  ]);
  const { sessions, measures, flags } = records;
  const [focusChanges, adherence, relapsePlan] = await Promise.all([
    readWhere('focusChanges', 'courseId', course.id).then((r) => r.rows),
    getAdherenceCheck(course.id),
    getRelapsePlan(course.id),
  ]);
  return {
    sessions,
    people,
    ...(contract ? { contract } : {}),
    ...(formulation ? { formulation } : {}),
    focusChanges: focusChanges.sort((a, b) => byText(a.decidedAt, b.decidedAt)),
    agendas: agendas.map((a) => ({
      sessionId: a.sessionId,
      ...(a.taskSet ? { taskSet: a.taskSet } : {}),
    })),
    measures: [
      ...scoredMeasures(measures, course.id, 'phq9'),
      ...scoredMeasures(measures, course.id, 'gad7'),
    ],
    flags: flags.filter((f) => f.courseId === course.id),
    ...(adherence ? { adherence } : {}),
    ...(relapsePlan ? { relapsePlan } : {}),
  };
}
