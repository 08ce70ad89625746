/**
 * The IPT adherence self-check the therapist fills in for supervision, one question set per phase
 * (ipt-reference.md sections 2–3; ipt-agenda-content.md section 5). The app shows what the record
 * suggests beside each question; the therapist answers.
 */
import { problem, warning } from '../problems';
import type { Problem } from '../problems';
import type { IsoDateTime, Phase } from '../types';

export const ADHERENCE_ANSWERS = ['yes', 'partly', 'no'] as const;
export type AdherenceAnswer = (typeof ADHERENCE_ANSWERS)[number];

export interface AdherenceQuestion {
  id: string;
  phase: Phase;
  text: string;
}

export const ADHERENCE_QUESTIONS: readonly AdherenceQuestion[] = [
  { id: 'inventory', phase: 'initial', text: 'Was the interpersonal inventory completed?' },
  { id: 'formulation', phase: 'initial', text: 'Was the formulation shared and agreed?' },
  { id: 'contract', phase: 'initial', text: 'Was the treatment contract agreed?' },
  {
    id: 'moodEvents',
    phase: 'middle',
    text: 'Did each middle session link mood changes to interpersonal events?',
  },
  {
    id: 'endingRaised',
    phase: 'termination',
    text: 'Was the ending raised on time (2–4 sessions before the last)?',
  },
  { id: 'relapsePlan', phase: 'termination', text: 'Was a relapse-prevention plan made?' },
];

export const ADHERENCE_COMMENT_MAX = 1000;

/** The therapist's answers, one per question id, and a comment per phase. */
export interface AdherenceCheck {
  courseId: string;
  answers: Partial<Record<string, AdherenceAnswer>>;
  comments: Partial<Record<Phase, string>>;
  updatedAt: IsoDateTime;
}

/** Facts from the record shown beside the questions (a suggestion, never the answer). */
export interface AdherenceEvidence {
  people: number;
  formulationAgreed: boolean;
  contractAgreed: boolean;
  /** Middle sessions with a saved agenda / middle sessions held so far. */
  middleWithAgenda: number;
  middleHeld: number;
  /** The session the ending was due to be raised by. */
  endingDueBy: number;
  relapsePlanMade: boolean;
}

/** One line of evidence per question id. */
export function adherenceHints(e: AdherenceEvidence): Record<string, string> {
  return {
    inventory: `The record holds ${e.people} ${e.people === 1 ? 'person' : 'people'} in the inventory.`,
    formulation: e.formulationAgreed
      ? 'The formulation is marked agreed.'
      : 'No agreed formulation on record.',
    contract: e.contractAgreed ? 'The contract is marked agreed.' : 'No agreed contract on record.',
    moodEvents: `${e.middleWithAgenda} of ${e.middleHeld} middle sessions held have a saved agenda.`,
    endingRaised: `The ending was due to be raised by session ${e.endingDueBy}.`,
    relapsePlan: e.relapsePlanMade ? 'A relapse plan is on record.' : 'No relapse plan on record.',
  };
}

/** Problems with the self-check: comments fit; unanswered questions are noted, not blocking. */
export function checkAdherence(check: Pick<AdherenceCheck, 'answers' | 'comments'>): Problem[] {
  const found: Problem[] = [];
  for (const [phase, text] of Object.entries(check.comments)) {
    if ((text ?? '').length > ADHERENCE_COMMENT_MAX) {
      found.push(
        problem(
          'too-long',
          `Keep the comment under ${ADHERENCE_COMMENT_MAX} characters.`,
          `comment-${phase}`,
        ),
      );
    }
  }
  const open = ADHERENCE_QUESTIONS.filter((q) => check.answers[q.id] === undefined);
  if (open.length > 0) {
    found.push(
      warning(
        'unanswered',
        `${open.length} of ${ADHERENCE_QUESTIONS.length} questions are not answered yet.`,
      ),
    );
  }
  return found;
}
