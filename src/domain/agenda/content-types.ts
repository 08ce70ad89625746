/**
 * Shapes of the agenda content library (ipt-agenda-content.md). Plain data, our own wording; the
 * generator only selects and orders it, so a clinician can review the library on its own.
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

/** Short aliases so the tables below stay readable. */
export const SUP: Mechanism = 'social-support';
export const EMO: Mechanism = 'processing-emotions';
export const STR: Mechanism = 'interpersonal-stress';
export const SKL: Mechanism = 'interpersonal-skills';

/** One strategy or activity: a stable id, what to do, how, and what it serves. */
export interface StrategyItem {
  id: string;
  title: string;
  techniques: TechniqueId[];
  mechanisms: Mechanism[];
}

/** One step (early, mid, late) of a problem area's middle-phase progression. */
export interface StepContent {
  aim: string;
  strategies: StrategyItem[];
  prompts: string[];
  tasks: string[];
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

/** A block of a fixed-content session; `weight` is its minutes in a 50-minute session. */
export interface SegmentTemplate {
  id: string;
  title: string;
  weight: number;
  content: string[];
  techniques: TechniqueId[];
  mechanisms: Mechanism[];
}

/** Builds a strategy item in one line. */
export function strategy(
  id: string,
  title: string,
  techniques: TechniqueId[],
  mechanisms: Mechanism[],
): StrategyItem {
  return { id, title, techniques, mechanisms };
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
