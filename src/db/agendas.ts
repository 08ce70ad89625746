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
