/**
 * What the therapist keeps of a week's agenda: their edited segments (suggestions they changed,
 * reordered, added or removed), the generated segments those edits started from (so regenerating can
 * show what would change instead of discarding edits), notes, and the tasks reviewed and set.
 */
import type { IsoDateTime } from '../types';

import type { AgendaSegment, TaskOutcome } from './types';

export interface SavedAgenda {
  sessionId: string;
  courseId: string;
  /** The segments as the therapist edited them; the agenda shown for this week. */
  segments: AgendaSegment[];
  /** The generator's segments when the therapist last accepted them (the base of the edits). */
  generatedBase: AgendaSegment[];
  notes: string;
  /** The outcome of last week's task, reviewed in this session. */
  taskReview?: { outcome: TaskOutcome; note: string };
  /** The task agreed in this session for the coming week. */
  taskSet?: string;
  /** Strategy ids worked on this week (for the least-recently-used menu). */
  strategiesUsed: string[];
  updatedAt: IsoDateTime;
}
