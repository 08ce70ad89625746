/**
 * What the write-up screen reads besides the course context: the session's write-up, the saved
 * agendas (this week's and last week's task), the people (for the note's name review), the note
 * layout and the clinician's name and credentials.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { SavedAgenda } from '../../domain/agenda/saved';
import type { InventoryPerson } from '../../domain/inventory';
import { numberedSessions } from '../../domain/schedule';
import type { Session } from '../../domain/types';
import type { Clinician, NoteFormat, SessionWriteUp } from '../../domain/writeup';
import { listSavedAgendas } from '../../db/agendas';
import { listPeople } from '../../db/inventory';
import { getSetting } from '../../db/settings';
import { getWriteUp } from '../../db/writeups';

export interface WriteUpExtras {
  writeup: SessionWriteUp | undefined;
  agendas: ReadonlyMap<string, SavedAgenda>;
  people: InventoryPerson[];
  noteFormat: NoteFormat;
  /** The clinician's name and credentials from Settings, for the note. */
  clinician: Clinician;
}

async function load(courseId: string, sessionId: string): Promise<WriteUpExtras> {
  const [writeup, agendas, people, noteFormat, name, credentials] = await Promise.all([
    getWriteUp(sessionId),
    listSavedAgendas(courseId),
    listPeople(courseId),
    getSetting<NoteFormat>('noteFormat', 'DAP'),
    getSetting<string>('clinicianName', ''),
    getSetting<string>('clinicianCredentials', ''),
  ]);
  return {
    writeup,
    agendas: new Map(agendas.map((a) => [a.sessionId, a])),
    people,
    noteFormat: noteFormat === 'SOAP' ? 'SOAP' : 'DAP',
    clinician: { name, credentials },
  };
}

/** The write-up's own records, live; undefined while loading. */
export function useWriteUpExtras(courseId: string, sessionId: string): WriteUpExtras | undefined {
  return useLiveQuery(() => load(courseId, sessionId), [courseId, sessionId]);
}

/** The task set at the session before this one (its saved agenda), if any. */
export function previousTaskSet(
  sessions: readonly Session[],
  session: Session,
  agendas: ReadonlyMap<string, SavedAgenda>,
): string | undefined {
  const numbered = numberedSessions(sessions);
  const index = numbered.findIndex((s) => s.id === session.id);
  const before =
    index > 0 ? numbered[index - 1] : numbered.filter((s) => s.date < session.date).at(-1);
  return before ? agendas.get(before.id)?.taskSet : undefined;
}
