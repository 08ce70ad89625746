/**
 * The mid-course review (ipt-agenda-content.md section 4): the questions, the default prompts by
 * finding (shown after the question, never as a verdict before it), and what each recorded
 * decision brings to the weeks that follow. Our own wording; the clinician decides.
 */
import { block } from './content-types';
import type { CourseOutcome, ReviewDecision } from './types';

export const MID_COURSE_REVIEW = block(
  'mid-course-review',
  'Mid-course review',
  10,
  [
    'Is the client improving? Look at the PHQ-9 against baseline, the item 9 history and GAD-7.',
    'Goal ratings (if recorded), the focus progress markers, attendance and task completion.',
    'Medication status; any new event or a second problem area.',
    'Record the decision on the week screen: continue, sharpen, add a second area (agreed explicitly), medication review, consultation or referral, or change the contract.',
  ],
  ['clarification', 'decision-analysis'],
);

/** Default prompts by finding; printed after the review question. */
export const REVIEW_PROMPT: Record<CourseOutcome, string> = {
  remission:
    'If so, response with the score in the remission range: keep the focus and plan consolidation; IPT-M can be raised.',
  response:
    "If so, response reached: keep the focus and plan consolidation. IPT-M is raised only after remission, or by the clinician's choice.",
  partial:
    'Partial response: sharpen the goals or the task, check the focus fits, consider a medication review.',
  none: 'Little change by mid-course is a signal to act, not to wait: review the formulation, consider medication or referral, or renegotiate the focus or contract.',
  unknown:
    'No classifiable baseline: judge progress from the goals, the focus markers and the graph.',
};

export const WORSE_THAN_START_PROMPT =
  'Worse than at the start of the course: review the formulation and the plan; consider stepping up care.';
export const UP_SINCE_LAST_PROMPT =
  'Up 5 or more since last time: assess risk and the cause today; consider stepping up care.';

export const DECISION_LABEL: Record<ReviewDecision, string> = {
  continue: 'Continue as agreed',
  sharpen: 'Sharpen the goals and tasks',
  'second-area': 'Add a second problem area (agreed explicitly)',
  'medication-review': 'Medication review',
  referral: 'Consultation or referral',
  'change-contract': 'Change the contract',
};

/** What each decision brings to the following weeks: a line in the focus work, and a reminder. */
export const DECISION_FOLLOW_UP: Record<ReviewDecision, { line?: string; reminder: string }> = {
  continue: { reminder: 'Mid-course decision: continue as agreed.' },
  sharpen: {
    line: 'Sharpened at the review: one goal, one relationship, one small step this week; check the goal rating.',
    reminder: 'Mid-course decision: sharpen. Keep each task small and tied to one goal.',
  },
  'second-area': {
    reminder:
      "Mid-course decision: add a second area. Record it as a focus change with the client's agreement; the plan follows it.",
  },
  'medication-review': {
    line: 'Medication review agreed at mid-course: ask whether it happened and what came of it.',
    reminder: 'Mid-course decision: medication review. Follow it up today.',
  },
  referral: {
    line: 'Consultation or referral agreed at mid-course: check where it stands and plan the handover.',
    reminder:
      'Mid-course decision: consultation or referral. Follow it up today; the ending plans the next treatment.',
  },
  'change-contract': {
    reminder:
      'Mid-course decision: change the contract. Update the sessions and end date with the client.',
  },
};

/** Shown after a review with little change or worse, while no decision has been recorded. */
export const DECISION_MISSING =
  'Little change at the mid-course review and no decision recorded: decide on a medication review, a formulation review or referral, not more of the same.';

export const REVIEW_FOLLOW_UP = block(
  'review-follow-up',
  'Follow up the mid-course decision',
  3,
  [],
  ['direct-elicitation'],
);
