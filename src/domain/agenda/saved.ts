/**
 * What the therapist keeps of a week's agenda: their edited segments (suggestions they changed,
 * reordered, added or removed), the generated segments those edits started from (so regenerating can
 * show what would change instead of discarding edits), notes, and the tasks reviewed and set.
 */
import type { IsoDateTime } from '../types';

import type { AgendaEvent, AgendaSegment, ReviewDecision, TaskOutcome } from './types';

export interface SavedAgenda {
  sessionId: string;
  courseId: string;
  /** The segments as the therapist edited them; the agenda shown for this week. */
  segments: AgendaSegment[];
  /** The generator's segments when the therapist last accepted them (the base of the edits). */
  generatedBase: AgendaSegment[];
  notes: string;
  /** The outcome of the last task, reviewed in this session, filed under the task it belongs to. */
  taskReview?: { outcome: TaskOutcome; note: string; task?: string; fromSession?: number };
  /** The task agreed in this session for the coming week. */
  taskSet?: string;
  /** Strategy ids worked on this week (for the least-recently-used menu). */
  strategiesUsed: string[];
  /** Events the therapist marked for this week (a new problem, a crisis, an early ending). */
  events?: AgendaEvent[];
  /** The decision recorded at the mid-course review (in the review week's record). */
  reviewDecision?: { decision: ReviewDecision; note: string };
  updatedAt: IsoDateTime;
}
