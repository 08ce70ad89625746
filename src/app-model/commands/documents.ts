/**
 * Documents commands: save a week's task card, the relapse-prevention plan, the summary letter
 * and the adherence self-check. Each is one row written whole, stamped with the time of saving.
 */
import type { AdherenceCheck, RelapsePlanDraft, TaskCardFields } from '../../domain/documents';
import { documentId } from '../../domain/documents';
import { saveAdherenceCheck, saveRelapsePlan, saveStoredDocument } from '../../db/documents';
import { nowIso } from '../../state/edge';

export interface TaskCardInput {
  courseId: string;
  sessionId: string;
  fields: TaskCardFields;
}

/** Keeps the therapist's edits to a week's task card (printed instead of the draft). */
export async function saveTaskCard(input: TaskCardInput): Promise<void> {
  await saveStoredDocument({
    id: documentId('task-card', input.sessionId),
    courseId: input.courseId,
    kind: 'task-card',
    sessionId: input.sessionId,
    fields: { ...input.fields },
    updatedAt: nowIso(),
  });
}

/** Saves the course's relapse-prevention plan, one line per item. */
export async function saveRelapsePlanCommand(
  courseId: string,
  plan: RelapsePlanDraft,
): Promise<void> {
  await saveRelapsePlan({ ...plan, courseId, updatedAt: nowIso() });
}

/** Keeps the edited end-of-treatment letter (printed instead of the draft). */
export async function saveSummaryLetter(courseId: string, letter: string): Promise<void> {
  await saveStoredDocument({
    id: documentId('summary', courseId),
    courseId,
    kind: 'summary',
    fields: { letter },
    updatedAt: nowIso(),
  });
}

/** Saves the therapist's IPT adherence self-check for the course. */
export async function saveAdherenceSelfCheck(check: AdherenceCheck): Promise<void> {
  await saveAdherenceCheck({ ...check, updatedAt: nowIso() });
}
