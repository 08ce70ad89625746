/**
 * The weekly agenda as the generator returns it and the therapist edits it. Plain, serialisable data.
 */
import type { Course, DisputeStage, Mechanism, Phase, ProblemArea } from '../types';
import type { MiddleStep } from './content-types';
import type { TaskOutcome } from './content-events';

export type { MiddleStep } from './content-types';
export type { TaskOutcome } from './content-events';

/** The focus in force at a session; it can differ from the course's original (see focus.ts). */
export interface AgendaFocus {
  area: ProblemArea;
  secondaryArea?: ProblemArea;
  stage?: DisputeStage;
  personLabel?: string;
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

export type ReviewVerdict = 'response' | 'partial' | 'review' | 'worse';

export interface ScoreReview {
  baseline: number;
  total: number;
  /** Fall from baseline in percent (negative when the score rose). */
  changePercent: number;
  verdict: ReviewVerdict;
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
  taskToSet: { suggestions: string[] };
  reminders: Reminder[];
  /** Least recently used first; absent outside focus work. */
  strategyMenu?: StrategyOption[];
  scoreReview?: ScoreReview;
}

export type AgendaEvent = 'crisis' | 'new-problem' | 'early-ending';

export interface PreviousWeek {
  held: boolean;
  taskSet?: string;
  taskOutcome?: TaskOutcome;
  outcomeNote?: string;
}

export interface AgendaInput {
  course: Course;
  /** The IPT session number, 1..course.length. */
  sessionNumber: number;
  /** The focus in force at this session (from focusAt); defaults to the course's own. */
  focus?: Omit<AgendaFocus, 'personLabel'>;
  previous?: PreviousWeek;
  /** Consecutive appointments missed just before this session. */
  missedBefore?: number;
  /** Strategy id → the session number it was last used at. */
  strategyUse?: Record<string, number>;
  riskFlagOpen?: boolean;
  events?: AgendaEvent[];
  latestScore?: { total: number; baseline?: number };
  focusPersonLabel?: string;
}
