/** Everything the write-up screen reads, live from the database. */
import { useLiveQuery } from 'dexie-react-hooks';

import type { InventoryPerson } from '../../domain/inventory';
import type { Measure, RiskFlag } from '../../domain/measures';
import { numberedSessions } from '../../domain/schedule';
import type { Client, Course, Session } from '../../domain/types';
import type { NoteFormat, SessionWriteUp } from '../../domain/writeup';
import type { SavedAgenda } from '../../domain/agenda/saved';
import { listSavedAgendas } from '../../db/agendas';
import { getClient } from '../../db/clients';
import { getCourse, listSessions } from '../../db/courses';
import { listPeople } from '../../db/inventory';
import { listFlags, listMeasures } from '../../db/measures';
import { getSetting } from '../../db/settings';
import { getWriteUp } from '../../db/writeups';

export interface WriteUpData {
  course: Course;
  client: Client;
  sessions: Session[];
  session: Session;
  writeup: SessionWriteUp | undefined;
  measures: Measure[];
  flags: RiskFlag[];
  agenda: SavedAgenda | undefined;
  previousTaskSet: string | undefined;
  people: InventoryPerson[];
  noteFormat: NoteFormat;
}

export type WriteUpLoad =
  { state: 'loading' } | { state: 'missing' } | ({ state: 'ready' } & WriteUpData);

async function load(courseId: string, sessionId: string): Promise<WriteUpLoad> {
  const course = await getCourse(courseId);
  if (!course) return { state: 'missing' };
  const [client, sessions, writeup, measures, flags, agendas, people, noteFormat] =
    await Promise.all([
      getClient(course.clientId),
      listSessions(courseId),
      getWriteUp(sessionId),
      listMeasures(courseId),
      listFlags(course.clientId),
      listSavedAgendas(courseId),
      listPeople(courseId),
      getSetting<NoteFormat>('noteFormat', 'DAP'),
    ]);
  const session = sessions.find((s) => s.id === sessionId);
  if (!client || !session) return { state: 'missing' };
  const numbered = numberedSessions(sessions);
  const index = numbered.findIndex((s) => s.id === sessionId);
  const before =
    index > 0 ? numbered[index - 1] : numbered.filter((s) => s.date < session.date).at(-1);
  const byId = new Map(agendas.map((a) => [a.sessionId, a]));
  return {
    state: 'ready',
    course,
    client,
    sessions,
    session,
    writeup,
    measures,
    flags,
    agenda: byId.get(sessionId),
    previousTaskSet: before ? byId.get(before.id)?.taskSet : undefined,
    people,
    noteFormat: noteFormat === 'SOAP' ? 'SOAP' : 'DAP',
  };
}

/** The session, its course and client, its write-up, measures, flags, agendas and people. */
export function useWriteUpData(courseId: string, sessionId: string): WriteUpLoad {
  return (
    useLiveQuery(() => load(courseId, sessionId), [courseId, sessionId]) ?? { state: 'loading' }
  );
}
