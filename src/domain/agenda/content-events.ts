/**
 * The routines around the focus work: the middle-phase opening, task review by outcome, the
 * mid-course review and the events that change an agenda (ipt-agenda-content.md sections 3, 4, 6).
 */
import { block } from './content-types';

/** Opening routine of every middle session: scores first, then the mood–event link. */
export const OPENING_ROUTINE = block(
  'opening',
  'Scores and the week since last time',
  5,
  [
    'Scores: item 9 first, then the PHQ-9 total and its change.',
    '"What has been happening since last week, and how has your mood been?"',
    '"When this week did you feel lowest? Who was involved, and what happened?"',
    'Tie each mood shift to an interpersonal event, in either direction; choose one recent, charged incident to work on.',
  ],
  ['nondirective-exploration', 'mood-event-linking'],
);

export const TASK_OUTCOMES = ['done', 'partly', 'not-done', 'overtaken'] as const;
export type TaskOutcome = (typeof TASK_OUTCOMES)[number];

/** How to review a task by what became of it; never blaming. */
export const TASK_REVIEW: Record<TaskOutcome, { move: string; prompts: string[]; effect: string }> =
  {
    done: {
      move: 'Get the blow-by-blow account, link it to mood, and credit the client.',
      prompts: [
        '"What did you say, what came back, and how did you feel after?"',
        '"What does this tell you about what you can do?"',
      ],
      effect: 'Build on it: take the next step in the progression.',
    },
    partly: {
      move: 'Separate what happened from what stopped it; the stopping point says something about the relationship.',
      prompts: [
        '"What got you started, and where did it stall?"',
        '"What were you afraid might happen next?"',
      ],
      effect: 'Role-play the stalled part and agree a smaller step.',
    },
    'not-done': {
      move: 'Be curious, not blaming: was the barrier practical, fear of the other person, or the depression itself (sick role)?',
      prompts: ['"What got in the way?"', '"If you had done it, what might have happened?"'],
      effect: 'Rehearse it in session; shrink or drop the task; note it if it keeps happening.',
    },
    overtaken: {
      move: 'Work on the new event if it bears on the focus.',
      prompts: ['"How does this connect with what we are working on?"'],
      effect: "Use the new event as this session's incident.",
    },
  };

/** Mid-course review (section 4): what to look at and what may be decided. */
export const MID_COURSE_REVIEW = block(
  'mid-course-review',
  'Mid-course review',
  8,
  [
    'Is the client improving? Look at the PHQ-9 against baseline, the item 9 history and GAD-7.',
    'Goal ratings, focus progress markers, attendance and task completion.',
    'Consider a medication review, a sharper focus, a change of focus or a second area (agreed explicitly).',
    'Psychotherapy often responds more slowly than medication; some guidance allows 8–10 weeks.',
    'Record the decision: continue, sharpen, add a focus, refer, change the contract, confirm the end date.',
  ],
  ['clarification', 'decision-analysis'],
);

/** Verdict lines for the percentage change from baseline at the review. */
export const REVIEW_VERDICTS = {
  response: 'Response reached. Keep the focus, plan consolidation, start thinking about IPT-M.',
  partial:
    'Partial response. Sharpen the goals or the task, check the focus fits, consider a medication review.',
  review:
    'Little change by mid-course: review the formulation, consider medication or referral, or renegotiate the focus or contract.',
  worse: 'Meaningful worsening: assess risk and the cause today; consider stepping up care.',
} as const;

export const MISSED_SESSION = block(
  'missed-session',
  'After the missed session',
  5,
  [
    'Re-screen item 9 for the whole gap, not just the last week.',
    'Briefly explore the reason for missing and what it means between you (and with others).',
    'Merge the step planned for the missed week into this one; update the countdown. The end date stays unless renegotiated.',
  ],
  ['direct-elicitation', 'therapeutic-relationship'],
);

export const REVIEW_ENGAGEMENT =
  'Two or more sessions missed in a row: review engagement and the contract together.';

export const RISK_ASSESSMENT = block(
  'risk-assessment',
  'Risk assessment',
  10,
  [
    'Assess risk today: thoughts, plans, intent, means, protective factors. Item 9 is a screen, not an assessment.',
    'Make or update the safety plan and the crisis contacts.',
    'Consider psychiatric or medication referral or a higher level of care; IPT alone is not enough for acute suicidality.',
  ],
  ['direct-elicitation'],
);

export const CRISIS_WORK = block(
  'crisis-work',
  'Crisis work, in its interpersonal context',
  25,
  [
    'Work on the crisis instead of the planned focus step.',
    'Who is involved, what happened between you, and how did it affect mood?',
    'Who can be with you or be called in the next days?',
    'Plan to re-check risk next session.',
  ],
  ['encouragement-of-affect', 'mood-event-linking'],
  ['social-support', 'interpersonal-stress'],
);

export const NEW_PROBLEM = block(
  'new-problem',
  'New problem outside the focus',
  5,
  [
    'Acknowledge it, link it to mood, and ask how it connects to the focus.',
    'Deal with it now if urgent; otherwise park it. If it keeps affecting mood, take it to the review.',
  ],
  ['mood-event-linking'],
);

export const SECOND_AREA =
  'A second area is now in the focus: one focus, two at most. Confirm the explicit agreement and how the remaining sessions are split.';
