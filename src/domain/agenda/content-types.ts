/**
 * Shapes of the agenda content library (ipt-agenda-content.md). Plain data, our own wording; the
 * generator only selects, orders and fills it in, so a clinician can review the library on its own.
 *
 * Placeholders in prompts and tasks are filled per problem area (see people.ts):
 * `{who}` the focus person in the client's words ("your partner"), `{old}` / `{new}` the old and
 * new role of a transition.
 */
import type { DisputeStage, Mechanism, ProblemArea } from '../types';

export const MIDDLE_STEPS = ['early', 'mid', 'late'] as const;
/** Where a middle-phase week sits in the area's progression (section 1 of the content file). */
export type MiddleStep = (typeof MIDDLE_STEPS)[number];

export const TECHNIQUES = {
  'nondirective-exploration': 'Nondirective exploration',
  'direct-elicitation': 'Direct elicitation',
  'encouragement-of-affect': 'Encouragement of affect',
  clarification: 'Clarification',
  'communication-analysis': 'Communication analysis',
  'decision-analysis': 'Decision analysis',
  'role-play': 'Role play',
  'therapeutic-relationship': 'Use of the therapeutic relationship',
  'mood-event-linking': 'Mood–event linking',
  psychoeducation: 'Psychoeducation',
} as const;
export type TechniqueId = keyof typeof TECHNIQUES;

/** Techniques that have a step-by-step scaffold (scaffolds.ts). */
export type ScaffoldId =
  | 'communication-analysis'
  | 'decision-analysis'
  | 'role-play'
  | 'encouragement-of-affect'
  | 'clarification';

/** Short aliases so the tables below stay readable. */
export const SUP: Mechanism = 'social-support';
export const EMO: Mechanism = 'processing-emotions';
export const STR: Mechanism = 'interpersonal-stress';
export const SKL: Mechanism = 'interpersonal-skills';

/** A between-session task: what, with whom, when, and a smaller version if it does not happen. */
export interface TaskIdea {
  what: string;
  /** Who it is done with, in the client's words; absent for a task done alone. */
  with?: string;
  when: string;
  /** A smaller or rehearsed step, offered when the task was not done or only partly. */
  smaller: string;
  /** Reopens a conflict: suggested only once abuse and safety have been screened. */
  reopens?: boolean;
}

/** One strategy: what to do, how, what it serves, its own questions and its own task. */
export interface StrategyItem {
  id: string;
  title: string;
  techniques: TechniqueId[];
  mechanisms: Mechanism[];
  /** Questions for this strategy only; never shared with another strategy. */
  prompts: string[];
  /** The technique worked step by step in this strategy, if any. */
  scaffold?: ScaffoldId;
  /** Who the therapist plays or the exchange is with, when it is not the focus person. */
  scaffoldWho?: string;
  task: TaskIdea;
}

/** One step (early, mid, late) of a problem area's middle-phase progression, strategies in order. */
export interface StepContent {
  aim: string;
  strategies: StrategyItem[];
}

/** A problem area, or one stage of a role dispute: `role-dispute:impasse`. */
export type FocusKey = Exclude<ProblemArea, 'role-dispute'> | `role-dispute:${DisputeStage}`;

export interface AreaContent {
  key: FocusKey;
  label: string;
  steps: Record<MiddleStep, StepContent>;
  progressSigns: string[];
  caution?: string;
}

/** How a block's minutes are found: fixed per session length, or a share of what is left. */
export type BlockKind = 'overhead' | 'work';

/** A block of a session; `weight` is its minutes in a 50-minute session. */
export interface SegmentTemplate {
  id: string;
  title: string;
  weight: number;
  content: string[];
  techniques: TechniqueId[];
  mechanisms: Mechanism[];
  /** Overhead keeps fixed minutes per session length (minutes.ts); work shares the rest. */
  kind?: BlockKind;
}

/** Builds a strategy item in one call. */
export function strategy(
  id: string,
  title: string,
  techniques: TechniqueId[],
  mechanisms: Mechanism[],
  detail: Pick<StrategyItem, 'prompts' | 'task'> &
    Partial<Pick<StrategyItem, 'scaffold' | 'scaffoldWho'>>,
): StrategyItem {
  return { id, title, techniques, mechanisms, ...detail };
}

/** Builds a segment template in one line. */
export function block(
  id: string,
  title: string,
  weight: number,
  content: string[],
  techniques: TechniqueId[] = [],
  mechanisms: Mechanism[] = [],
): SegmentTemplate {
  return { id, title, weight, content, techniques, mechanisms };
}
