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
import type { InventoryPerson } from '../../domain/inventory';
import type { Measure, RiskFlag } from '../../domain/measures';
import type { Client, Course, Session } from '../../domain/types';
import { listSavedAgendas } from '../../db/agendas';
import { listFocusChanges } from '../../db/focus-changes';
import type { StoredFocusChange } from '../../db/focus-changes';
import { getContract, getFormulation, listPeople } from '../../db/inventory';
import type { CrisisContact } from '../../db/settings';
import { todayIso } from '../../state/edge';
import { readCourseRecords } from '../course-context';

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

/** The agenda facts of one course, or undefined when the course or its client is gone. */
export async function readAgendaData(courseId: string): Promise<CourseAgendaData | undefined> {
  const [records, saved, focusChanges, people, formulation, contract] = await Promise.all([
    readCourseRecords(courseId),
    listSavedAgendas(courseId),
    listFocusChanges(courseId),
    listPeople(courseId),
    getFormulation(courseId),
    getContract(courseId),
  ]);
  if (!records) return undefined;
  const view = buildCourseView(records, todayIso());
  const formulationAgreedOn = formulation?.agreed?.agreed ? formulation.agreed.date : undefined;
  const contractAgreedOn = contract?.agreed ? contract.agreedDate : undefined;
  const baselineId = view.baselines.phq9.chosen ? view.baselines.phq9.baseline?.id : undefined;
  return {
    view,
    course: view.course,
    client: view.client,
    sessions: view.sessions,
    saved,
    focusChanges,
    people,
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
