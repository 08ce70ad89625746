import { useLiveQuery } from 'dexie-react-hooks';

import type { SavedAgenda } from '../../domain/agenda/saved';
import type { InventoryPerson } from '../../domain/inventory';
import type { Measure, RiskFlag } from '../../domain/measures';
import type { Client, Course, Session } from '../../domain/types';
import { listSavedAgendas } from '../../db/agendas';
import { getClient } from '../../db/clients';
import { getCourse, listSessions } from '../../db/courses';
import { listFocusChanges } from '../../db/focus-changes';
import type { StoredFocusChange } from '../../db/focus-changes';
import { listPeople } from '../../db/inventory';
import { listFlags, listMeasures } from '../../db/measures';
import { getContract, getFormulation } from '../../db/inventory';
import { getCrisisContacts } from '../../db/settings';
import type { CrisisContact } from '../../db/settings';

export interface CourseAgendaData {
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
  formulationAgreedOn?: string;
  contractAgreedOn?: string;
  contacts: CrisisContact[];
}

export type AgendaData =
  { state: 'loading' } | { state: 'missing' } | ({ state: 'ready' } & CourseAgendaData);

async function load(courseId: string): Promise<AgendaData> {
  const course = await getCourse(courseId);
  const client = course ? await getClient(course.clientId) : undefined;
  if (!course || !client) return { state: 'missing' };
  const [sessions, saved, focusChanges, people, flags, measures, contacts, formulation, contract] =
    await Promise.all([
      listSessions(courseId),
      listSavedAgendas(courseId),
      listFocusChanges(courseId),
      listPeople(courseId),
      listFlags(client.id),
      listMeasures(courseId),
      getCrisisContacts(),
      getFormulation(courseId),
      getContract(courseId),
    ]);
  const openFlags = flags.filter((f) => f.status === 'open');
  const formulationAgreedOn = formulation?.agreed?.agreed ? formulation.agreed.date : undefined;
  const contractAgreedOn = contract?.agreed ? contract.agreedDate : undefined;
  return {
    state: 'ready',
    course,
    client,
    sessions,
    saved,
    focusChanges,
    people,
    openFlags,
    flags,
    measures,
    contacts,
    ...(formulationAgreedOn ? { formulationAgreedOn } : {}),
    ...(contractAgreedOn ? { contractAgreedOn } : {}),
  };
}

/** Everything the week screen and the print views need about a course, live from the database. */
export function useAgendaData(courseId: string): AgendaData {
  return useLiveQuery(() => load(courseId), [courseId]) ?? { state: 'loading' };
}
