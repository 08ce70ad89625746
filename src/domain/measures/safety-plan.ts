/**
 * The client's safety plan (Stanley–Brown style sections). It is a client handout: no scores, no
 * flags, no clinician notes ever go on it.
 */
import type { IsoDateTime } from '../types';

export const SAFETY_PLAN_SECTIONS = [
  'warningSigns',
  'coping',
  'peoplePlaces',
  'professionals',
  'saferEnvironment',
] as const;
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

/** Plain words, for the client: the section headings of the plan. */
export const SAFETY_PLAN_LABEL: Readonly<Record<SafetyPlanSection, string>> = {
  warningSigns: 'Warning signs that a crisis may be starting',
  coping: 'Things I can do on my own to cope',
  peoplePlaces: 'People and places that help me',
  professionals: 'Professionals and crisis lines I can contact',
  saferEnvironment: 'Making my surroundings safer',
};

export interface SafetyPlan {
  clientId: string;
  /** One entry per line, as the client and clinician wrote them. */
  sections: Record<SafetyPlanSection, string[]>;
  updatedAt: IsoDateTime;
}

/** An empty plan for a client. */
export function emptySafetyPlan(clientId: string, now: IsoDateTime): SafetyPlan {
  return {
    clientId,
    sections: {
      warningSigns: [],
      coping: [],
      peoplePlaces: [],
      professionals: [],
      saferEnvironment: [],
    },
    updatedAt: now,
  };
}

/** Text typed one item per line becomes a list, blank lines dropped and spaces trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
