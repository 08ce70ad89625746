/** Saved agendas: one per session, written whole. */
import type { SavedAgenda } from '../domain/agenda/saved';

import { db } from './database';

export const agendasTable = () => db.table<SavedAgenda, string>('agendas');

export function getSavedAgenda(sessionId: string): Promise<SavedAgenda | undefined> {
  return agendasTable().get(sessionId);
}

/** Every saved agenda of a course (for last week's task and the strategy history). */
export function listSavedAgendas(courseId: string): Promise<SavedAgenda[]> {
  return agendasTable().where('courseId').equals(courseId).toArray();
}

export async function saveAgenda(agenda: SavedAgenda): Promise<void> {
  await agendasTable().put(agenda);
}

/**
 * Changes one week's saved agenda in a single transaction: `change` receives the stored record
 * (or undefined before the first save) and returns the record to write.
 */
export async function updateAgenda(
  sessionId: string,
  change: (current: SavedAgenda | undefined) => SavedAgenda,
): Promise<SavedAgenda> {
  return db.transaction('rw', agendasTable(), async () => {
    const next = change(await agendasTable().get(sessionId));
    await agendasTable().put(next);
    return next;
  });
}
