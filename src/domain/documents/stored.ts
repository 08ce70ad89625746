/**
 * The therapist's edits to a generated document, kept so a reprint shows what they wrote.
 * One row per document: a task card per session, one end-of-treatment summary per course.
 */
import type { IsoDateTime } from '../types';

export const DOCUMENT_KINDS = ['task-card', 'summary'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface StoredDocument {
  /** `task-card:<sessionId>` or `summary:<courseId>` (see `documentId`). */
  id: string;
  courseId: string;
  kind: DocumentKind;
  sessionId?: string;
  /** The edited fields, by name; a missing field falls back to the draft. */
  fields: Record<string, string>;
  updatedAt: IsoDateTime;
}

/** The stable id of a document: one task card per session, one summary per course. */
export function documentId(kind: DocumentKind, ownerId: string): string {
  return `${kind}:${ownerId}`;
}
