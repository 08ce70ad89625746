/** Saved agendas: one per session, written whole. */
import type { SavedAgenda } from '../domain/agenda/saved';
import '../domain/schemas/agenda';

import { readGet, readWhere } from './checked';
import { db } from './database';

export async function getSavedAgenda(sessionId: string): Promise<SavedAgenda | undefined> {
  return (await readGet('agendas', sessionId)).row;
}

/** Every saved agenda of a course (for last week's task and the strategy history). */
export async function listSavedAgendas(courseId: string): Promise<SavedAgenda[]> {
  return (await readWhere('agendas', 'courseId', courseId)).rows;
}

export async function saveAgenda(agenda: SavedAgenda): Promise<void> {
  await db.agendas.put(agenda);
}

/**
 * Changes one week's saved agenda in a single transaction: `change` receives the stored record
 * (or undefined before the first save) and returns the record to write.
 */
export async function updateAgenda(
  sessionId: string,
  change: (current: SavedAgenda | undefined) => SavedAgenda,
): Promise<SavedAgenda> {
  return db.transaction('rw', db.agendas, async () => {
    const next = change((await readGet('agendas', sessionId)).row);
    await db.agendas.put(next);
    return next;
  });
}
