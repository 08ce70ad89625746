/**
 * The mid-course review (ipt-agenda-content.md section 4): which default prompt the clinician sees
 * given the baseline, current and previous PHQ-9 scores. Prompts are suggestions; the clinician
 * decides. Little change is marked for "review", never as "failing" (section 5: non-response is
 * this treatment not working for this episode, not the client failing).
 */
import { classifyChange, LOW_BASELINE_REASON } from './change';
import type { ChangeClassification } from './change';
import { SEVERE_TOTAL } from './risk';

export type ReviewFinding =
  'safety' | 'worsening' | 'response' | 'partial' | 'little-change' | 'not-classified';

export interface ReviewPrompt {
  finding: ReviewFinding;
  text: string;
  /** Safety prompts block progress until the flag is acknowledged. */
  blocking: boolean;
}

export interface ReviewInput {
  baseline: number;
  current: number;
  previous?: number;
  /** Item 9 was above 0 at any point in the course. */
  item9EverPositive?: boolean;
  /** Highest PHQ-9 total so far in the course (defaults to the current score). */
  highestTotal?: number;
}

export interface ReviewOutcome {
  change: ChangeClassification;
  /** Most urgent first: safety, worsening, then the response prompt. */
  prompts: ReviewPrompt[];
  /** Set when the course should be reviewed: a fall under 25 % or a worsening. */
  mark?: 'review';
  /** Always shown beside the prompts. */
  note: string;
}

export const REVIEW_PROMPTS: Readonly<Record<ReviewFinding, string>> = {
  safety:
    'Safety first: a score of 20 or more or item 9 above 0. Assess risk today and acknowledge the flag before the review.',
  worsening: 'Meaningful worsening: assess risk and the cause today; consider stepping up care.',
  response: 'Response reached. Keep the focus; plan consolidation; start thinking about IPT-M.',
  partial:
    'Partial response. Sharpen goals or the task; check the focus fits; consider a medication review.',
  'little-change':
    'Little change by mid-course. Review the formulation, consider medication or referral, or renegotiate the focus or contract.',
  'not-classified': `${LOW_BASELINE_REASON}. Judge progress from the goal ratings, focus markers and the graph.`,
};

export const REMISSION_NOTE = 'The score is under 5: remission range.';

export const SLOWER_RESPONSE_NOTE =
  'Psychotherapy response is often slower than medication response; one guideline (ICSI) allows 8–10 weeks before judging psychotherapy.';

/** The mid-course review prompts for a set of scores, most urgent first, with the review mark. */
export function reviewMidCourse(input: ReviewInput): ReviewOutcome {
  const change = classifyChange(input.baseline, input.current, input.previous);
  const prompts: ReviewPrompt[] = [];
  const highest = Math.max(input.highestTotal ?? input.current, input.current);
  if (input.item9EverPositive === true || highest >= SEVERE_TOTAL) {
    prompts.push(prompt('safety', true));
  }
  if (change.worsening) prompts.push(prompt('worsening', false));
  const finding = responseFinding(change);
  const text =
    change.remission && finding === 'response'
      ? `${REVIEW_PROMPTS.response} ${REMISSION_NOTE}`
      : REVIEW_PROMPTS[finding];
  prompts.push({ finding, text, blocking: false });
  const needsReview = change.worsening || finding === 'little-change';
  return {
    change,
    prompts,
    ...(needsReview ? { mark: 'review' as const } : {}),
    note: SLOWER_RESPONSE_NOTE,
  };
}

function responseFinding(change: ChangeClassification): ReviewFinding {
  switch (change.response) {
    case 'response':
      return 'response';
    case 'partial':
      return 'partial';
    case 'none':
      return 'little-change';
    case 'not-classified':
      return 'not-classified';
  }
}

function prompt(finding: ReviewFinding, blocking: boolean): ReviewPrompt {
  return { finding, text: REVIEW_PROMPTS[finding], blocking };
}
