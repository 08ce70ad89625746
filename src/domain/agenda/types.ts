/**
 * The weekly agenda as the generator returns it and the therapist edits it. Plain, serialisable data.
 */
import type { Course, DisputeStage, IsoDay, Mechanism, Phase, ProblemArea } from '../types';
import type { FocusChange, FocusInForce } from './focus';
import type { WeekHistory } from './plan';
import type { MiddleStep } from './content-types';
import type { TaskOutcome } from './content-events';

export type { MiddleStep } from './content-types';
export type { TaskOutcome } from './content-events';
export type { WeekHistory } from './plan';

/** The focus in force at a session; it can differ from the course's original (see focus.ts). */
export interface AgendaFocus {
  area: ProblemArea;
  secondaryArea?: ProblemArea;
  stage?: DisputeStage;
  personLabel?: string;
  /** The second area's own person (for grief, the person who died). */
  secondaryPersonLabel?: string;
  /** False until the therapist agreed the focus (formulation, contract or a focus change). */
  agreed: boolean;
}

export interface AgendaSegment {
  /** Stable and deterministic: 'opening', 'task-review', 'strategy-<strategy id>'. */
  id: string;
  title: string;
  minutes: number;
  content: string[];
  techniques: string[];
  mechanisms: Mechanism[];
}

export const REMINDER_CODES = [
  'mid-course-review',
  'score-review',
  'raise-ending',
  'risk-flag',
  'missed-session',
  'review-engagement',
  'new-problem',
  'second-area',
  'early-ending',
  'deficits-caution',
  'final-session',
  'risk-recheck',
  'review-decision',
  'focus-to-agree',
] as const;
export type ReminderCode = (typeof REMINDER_CODES)[number];

export interface Reminder {
  code: ReminderCode;
  text: string;
}

export interface StrategyOption {
  id: string;
  title: string;
  area: ProblemArea;
  mechanisms: Mechanism[];
  /** The session number it was last used at; absent when never used. */
  lastUsedWeek?: number;
}

/** Where the PHQ-9 stands against baseline, in the reference's categories (outcome.ts). */
export type CourseOutcome = 'remission' | 'response' | 'partial' | 'none' | 'unknown';

/** The latest complete PHQ-9 on or before the session, as the agenda uses it. */
export interface ScoreAsOf {
  total: number;
  date?: IsoDay;
  /** The item 9 answer of that questionnaire (0–3). */
  item9?: number;
  baseline?: number;
  /** The complete score before this one, for "up since last time". */
  previous?: number;
}

export interface ScoreReview {
  baseline?: number;
  total: number;
  item9?: number;
  /** "down 12%", "up 5%", "no change"; absent without a baseline. */
  change?: string;
  outcome: CourseOutcome;
  /** 5 or more above baseline. */
  worseThanStart: boolean;
  /** 5 or more above the previous score. */
  upSinceLast: boolean;
}

export const REVIEW_DECISIONS = [
  'continue',
  'sharpen',
  'second-area',
  'medication-review',
  'referral',
  'change-contract',
] as const;
/** What the therapist decided at the mid-course review (ipt-agenda-content.md section 4). */
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export interface ReviewDecisionRecord {
  decision: ReviewDecision;
  note: string;
  /** The session the review was held at. */
  sessionNumber: number;
}

export interface Agenda {
  /** "Session 9 of 16, 7 left". */
  title: string;
  sessionNumber: number;
  length: number;
  left: number;
  phase: Phase;
  step?: MiddleStep;
  focus: AgendaFocus;
  segments: AgendaSegment[];
  taskToReview?: { text: string; outcome?: TaskOutcome };
  taskToSet: {
    /** Concrete suggestions for this week, stable whatever last week's outcome. */
    suggestions: string[];
    /** Offered once last week's outcome is known (a smaller or rehearsed step); shown apart. */
    afterOutcome?: string[];
  };
  reminders: Reminder[];
  /** Least recently used first; absent outside focus work. */
  strategyMenu?: StrategyOption[];
  scoreReview?: ScoreReview;
  /** Minutes of the session serving each mechanism (a segment counts for each it serves). */
  mechanismMinutes: Partial<Record<Mechanism, number>>;
  /** The ending's outcome, in termination sessions. */
  outcome?: CourseOutcome;
  /** The mid-course decision in force, once recorded. */
  reviewDecision?: ReviewDecisionRecord;
}

export type AgendaEvent = 'crisis' | 'new-problem' | 'early-ending';

export interface PreviousWeek {
  /** Whether the session just before this one was held. */
  held: boolean;
  /** The task agreed at the last held session (which may be before a missed week). */
  taskSet?: string;
  /** The session that task was agreed at. */
  taskFromSession?: number;
  taskOutcome?: TaskOutcome;
  outcomeNote?: string;
}

export interface AgendaInput {
  course: Course;
  /** The IPT session number, 1..course.length. */
  sessionNumber: number;
  /** The focus in force at this session (from focusAt); defaults to the course's own. */
  focus?: FocusInForce;
  previous?: PreviousWeek;
  /** Consecutive appointments missed just before this session. */
  missedBefore?: number;
  /** Strategy id → the session number it was last used at. */
  strategyUse?: Record<string, number>;
  riskFlagOpen?: boolean;
  events?: AgendaEvent[];
  /** The latest complete PHQ-9 on or before this session (never a later one). */
  latestScore?: ScoreAsOf;
  focusPersonLabel?: string;
  secondaryPersonLabel?: string;
  /** Whether the focus was agreed by this session's date; undefined counts as agreed. */
  focusAgreed?: boolean;
  /** Every numbered session so far, for the course plan (plan.ts). */
  history?: readonly WeekHistory[];
  /** The focus history, for the plan of earlier weeks. */
  focusChanges?: readonly FocusChange[];
  /** A flag acknowledged since the last session: re-check risk today. */
  riskRecheck?: boolean;
  /**
   * Item 9 at 1 on this and the last PHQ-9, last assessed low on `assessedOn` (risk-stable.ts):
   * the risk re-check comes first and the focus work is kept, shortened.
   */
  lowStableRisk?: { assessedOn: IsoDay };
  reviewDecision?: ReviewDecisionRecord;
  /** Tools actually used in the course: termination refers only to these. */
  tools?: { circleDrawn?: boolean; goalRatings?: boolean };
}
