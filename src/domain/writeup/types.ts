/**
 * The session write-up: what happened in one session, recorded once after it. A draft changes
 * freely; a final record never changes again, and later corrections are dated amendments kept
 * beside the original (issue 6).
 */
import type { TaskOutcome } from '../agenda/types';
import type { IsoDateTime, IsoDay } from '../types';

export const ATTENDANCES = ['held', 'cancelled-therapist', 'cancelled-client', 'no-show'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

export type WriteUpRisk = 'none' | 'open-flag' | 'acknowledged';

export interface CoveredPart {
  segmentId: string;
  title: string;
  covered: boolean;
}

/** A change of focus or dispute stage noted in the session (the dated change lives in the course). */
export interface FocusNote {
  note: string;
}

/** The fields the therapist fills in; an amendment changes some of them. */
export interface WriteUpFields {
  attendance: Attendance;
  /** Totals, read from the measures taken in session or entered here. */
  scores: { phq9?: number; gad7?: number };
  /** Last week's task as it was set, shown beside its outcome. */
  previousTask?: string;
  taskReview?: { outcome: TaskOutcome; note: string };
  taskSet?: string;
  agendaCovered: CoveredPart[];
  focusChange?: FocusNote;
  note: string;
  /** Actual minutes of the session, 1–180. */
  minutes?: number;
  /** Start and end of the session, "HH:MM" (default: the session's time and its length). */
  startTime?: string;
  endTime?: string;
  /** The therapist's assessment of the session, in their words (printed as typed). */
  clinicianAssessment?: string;
  /** The therapist's plan, in their words (printed as typed). */
  plan?: string;
}

export type WriteUpChanges = Partial<WriteUpFields>;

export interface Amendment {
  at: IsoDateTime;
  reason: string;
  changes: WriteUpChanges;
  /** "Minutes: 50 → 45; note changed", for the list beside the original. */
  summary: string;
}

export interface SessionWriteUp extends WriteUpFields {
  sessionId: string;
  courseId: string;
  clientId: string;
  sessionDate: IsoDay;
  sessionNumber: number | null;
  /** Derived from the client's risk flags when the record is saved. */
  risk: WriteUpRisk;
  status: 'draft' | 'final';
  finalisedAt?: IsoDateTime;
  amendments: Amendment[];
  updatedAt: IsoDateTime;
  /**
   * Counts the writes of this record (absent before schema v8's conflict check: read as 0). A tab
   * saves only over the revision it last read, so two tabs never silently overwrite each other.
   */
  revision?: number;
}

/** How a session's record stands, for lists: nothing yet, a draft, final, or final and amended. */
export type WriteUpState = 'none' | 'draft' | 'final' | 'amended';

export type NoteFormat = 'DAP' | 'SOAP';
export const NOTE_FORMATS: readonly NoteFormat[] = ['DAP', 'SOAP'];

export const ATTENDANCE_LABEL: Record<Attendance, string> = {
  held: 'Held',
  'cancelled-therapist': 'Cancelled by the therapist',
  'cancelled-client': 'Cancelled by the client',
  'no-show': 'Client did not attend',
};

export const OUTCOME_LABEL: Record<TaskOutcome, string> = {
  done: 'Done',
  partly: 'Partly done',
  'not-done': 'Not done',
  overtaken: 'Overtaken by events',
};

export const RISK_LABEL: Record<WriteUpRisk, string> = {
  none: 'No risk flag',
  'open-flag': 'Risk flag open, not yet acknowledged',
  acknowledged: 'Risk flag raised and acknowledged',
};
