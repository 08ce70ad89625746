/**
 * What the week screen and every agenda print read about a course: the course view model (course,
 * client, sessions, measures, flags, contacts, the chosen baseline: one place, see
 * course-context.ts) plus the agenda's own tables (saved agendas, focus changes, people, the
 * dates the formulation and contract were agreed). `readAgendaData` also serves the "This week"
 * packet, so every print builds its agenda from the same facts.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { SavedAgenda } from '../../domain/agenda/saved';
import { buildCourseView } from '../../domain/course-view';
import type { CourseView } from '../../domain/course-view';
import type { Formulation, InventoryPerson, TreatmentContract } from '../../domain/inventory';
import type { Measure, RiskFlag } from '../../domain/measures';
import type { Client, Course, Session } from '../../domain/types';
import type { CourseRecords } from '../../domain/course-view';
import type { TableName } from '../../domain/schemas';
import { tableOf } from '../../db/checked';
import { db } from '../../db/database';
import type { StoredFocusChange } from '../../db/focus-changes';
import type { CrisisContact } from '../../db/settings';
import { todayIso } from '../../state/edge';
import { COURSE_READS, readCourseRecordsOf, readGrouped } from '../course-context';
import { byText } from '../../domain/order';
import '../../domain/schemas/agenda';
import '../../domain/schemas/inventory';

export interface CourseAgendaData {
  view: CourseView;
  course: Course;
  client: Client;
  sessions: Session[];
  saved: SavedAgenda[];
  focusChanges: StoredFocusChange[];
  people: InventoryPerson[];
  /** Open flags today (for the banner). */
  openFlags: RiskFlag[];
  /** Every flag of the client, for each page as of its date. */
  flags: RiskFlag[];
  measures: Measure[];
  /** The PHQ-9 the therapist chose as baseline (undefined: the first score). */
  baselineId?: string;
  formulationAgreedOn?: string;
  contractAgreedOn?: string;
  contacts: CrisisContact[];
}

export type AgendaData =
  { state: 'loading' } | { state: 'missing' } | ({ state: 'ready' } & CourseAgendaData);

const AGENDA_READS: readonly TableName[] = [
  ...COURSE_READS,
  'agendas',
  'focusChanges',
  'people',
  'formulations',
  'contracts',
];

/**
 * The agenda facts of each of `courseIds` (a course whose row or client is gone is left out), in
 * one read-only transaction and one request per table, however many courses: the "This week"
 * packet reads the whole week's courses at once. Damaged agenda rows are left out (as the
 * repositories do); damaged course rows are named in the view.
 */
export function readAgendaDataOf(
  courseIds: readonly string[],
): Promise<Map<string, CourseAgendaData>> {
  const ids = [...new Set(courseIds)];
  return db.transaction('r', AGENDA_READS.map(tableOf), async () => {
    const [records, saved, focusChanges, people, formulations, contracts] = await Promise.all([
      readCourseRecordsOf(ids),
      readGrouped('agendas', 'courseId', ids),
      readGrouped('focusChanges', 'courseId', ids),
      readGrouped('people', 'courseId', ids),
      readGrouped('formulations', 'courseId', ids),
      readGrouped('contracts', 'courseId', ids),
    ]);
    const out = new Map<string, CourseAgendaData>();
    for (const [id, r] of records) {
      out.set(
        id,
        agendaDataOf(r, {
          saved: saved.get(id)?.rows ?? [],
          // The order listFocusChanges and listPeople give.
          focusChanges: (focusChanges.get(id)?.rows ?? []).sort(
            (a, b) => byText(a.decidedAt, b.decidedAt) || a.fromSession - b.fromSession,
          ),
          people: (people.get(id)?.rows ?? []).sort((a, b) => a.order - b.order),
          formulation: formulations.get(id)?.rows[0],
          contract: contracts.get(id)?.rows[0],
        }),
      );
    }
    return out;
  });
}

/** The agenda facts of one course, or undefined when the course or its client is gone. */
export async function readAgendaData(courseId: string): Promise<CourseAgendaData | undefined> {
  return (await readAgendaDataOf([courseId])).get(courseId);
}

function agendaDataOf(
  records: CourseRecords,
  own: {
    saved: SavedAgenda[];
    focusChanges: StoredFocusChange[];
    people: InventoryPerson[];
    formulation: Formulation | undefined;
    contract: TreatmentContract | undefined;
  },
): CourseAgendaData {
  const courseId = records.course.id;
  const view = buildCourseView(records, todayIso());
  const { formulation, contract } = own;
  const formulationAgreedOn = formulation?.agreed?.agreed ? formulation.agreed.date : undefined;
  const contractAgreedOn = contract?.agreed ? contract.agreedDate : undefined;
  const baselineId = view.baselines.phq9.chosen ? view.baselines.phq9.baseline?.id : undefined;
  return {
    view,
    course: view.course,
    client: view.client,
    sessions: view.sessions,
    saved: own.saved,
    focusChanges: own.focusChanges,
    people: own.people,
    openFlags: view.openFlags,
    flags: view.flags,
    measures: view.measures.filter((m) => m.courseId === courseId),
    contacts: view.contacts,
    ...(baselineId ? { baselineId } : {}),
    ...(formulationAgreedOn ? { formulationAgreedOn } : {}),
    ...(contractAgreedOn ? { contractAgreedOn } : {}),
  };
}

/** Everything the week screen and the print views need about a course, live from the database. */
export function useAgendaData(courseId: string): AgendaData {
  return (
    useLiveQuery(async (): Promise<AgendaData> => {
      const data = await readAgendaData(courseId);
      return data ? { state: 'ready', ...data } : { state: 'missing' };
    }, [courseId]) ?? { state: 'loading' }
  );
}
