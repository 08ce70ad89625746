/**
 * The vocabulary of IPT as the app models it (see shared/domain/ipt-reference.md, sections 1, 2, 4, 6).
 * Plain data: every record is serialisable and stored as-is in IndexedDB.
 */

/** An ISO calendar day, `yyyy-MM-dd`. Only `dates.ts` parses or formats these. */
export type IsoDay = string;
/** A time of day, `HH:mm` (24-hour). */
export type TimeOfDay = string;
/** An ISO timestamp with time and offset, for audit fields (created, acknowledged, finalised). */
export type IsoDateTime = string;

export const PHASES = ['initial', 'middle', 'termination'] as const;
export type Phase = (typeof PHASES)[number];

export const PROBLEM_AREAS = [
  'grief',
  'role-dispute',
  'role-transition',
  'interpersonal-deficits',
] as const;
export type ProblemArea = (typeof PROBLEM_AREAS)[number];

export const DISPUTE_STAGES = ['renegotiation', 'impasse', 'dissolution'] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];

export const MECHANISMS = [
  'social-support',
  'processing-emotions',
  'interpersonal-stress',
  'interpersonal-skills',
] as const;
export type Mechanism = (typeof MECHANISMS)[number];

/**
 * What a client cancellation or no-show does to the course, agreed in the contract:
 * `counts-as-used` keeps the end date (the session is spent); `extends` moves the rest out a week.
 */
export const MISSED_SESSION_RULES = ['counts-as-used', 'extends'] as const;
export type MissedSessionRule = (typeof MISSED_SESSION_RULES)[number];

export const CANCELLERS = ['therapist', 'client', 'no-show'] as const;
/** Who cancelled: the therapist (or a holiday), the client ahead of time, or a no-show. */
export type Canceller = (typeof CANCELLERS)[number];

export interface Client {
  id: string;
  /** Short code used everywhere the client appears; never initials suggested by the app. */
  code: string;
  /** Optional; never required, never printed unless the therapist opts in. */
  fullName?: string;
  archived: boolean;
  createdAt: IsoDateTime;
}

/** Last session of the initial phase and last session of the middle phase; termination runs to the end. */
export interface PhaseBoundaries {
  initialEnd: number;
  middleEnd: number;
}

export interface Course {
  id: string;
  clientId: string;
  startDate: IsoDay;
  /** Number of IPT sessions agreed in the contract (8, or 12–20). */
  length: number;
  sessionMinutes: number;
  time: TimeOfDay;
  boundaries: PhaseBoundaries;
  primaryArea: ProblemArea;
  secondaryArea?: ProblemArea;
  /** Set when either area is a role dispute. */
  disputeStage?: DisputeStage;
  /** One to three goals, in the therapist's words. */
  goals: string[];
  /** Mechanisms the therapist wants emphasised; may be empty. */
  mechanisms: Mechanism[];
  missedSessionRule: MissedSessionRule;
  /** Days the therapist is away; planning skips them. */
  unavailableDates: IsoDay[];
  createdAt: IsoDateTime;
  /** Set when the course is ended (completed or early); a client's current course is the latest open one. */
  endedAt?: IsoDateTime;
}

export const SESSION_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * One appointment of a course. `number` is the IPT session it holds (1..length), or null for a
 * cancelled appointment that did not use up a session (the plan moved on by a week instead).
 */
export interface Session {
  id: string;
  courseId: string;
  number: number | null;
  date: IsoDay;
  time: TimeOfDay;
  status: SessionStatus;
  cancelledBy?: Canceller;
  cancelReason?: string;
  /** The date the appointment had before a one-off reschedule. */
  rescheduledFrom?: IsoDay;
}
