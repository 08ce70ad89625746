/** The focus history of a course: dated changes, each applying from a session onward. */
import type { FocusChange } from '../domain/agenda/focus';
import type { StoredFocusChange } from '../domain/schemas/agenda';
import { byText } from '../domain/order';

import { readWhere } from './checked';
import { db } from './database';

export type { StoredFocusChange } from '../domain/schemas/agenda';
import '../domain/schemas/agenda';

/** A course's focus changes, in the order they were decided. */
export async function listFocusChanges(courseId: string): Promise<StoredFocusChange[]> {
  const { rows } = await readWhere('focusChanges', 'courseId', courseId);
  return rows.sort((a, b) => byText(a.decidedAt, b.decidedAt) || a.fromSession - b.fromSession);
}

/** Records a confirmed change; earlier changes are kept as history, never overwritten. */
export async function addFocusChange(courseId: string, change: FocusChange): Promise<void> {
  await db.focusChanges.add({ ...change, courseId });
}
