/**
 * The routines around the focus work: the middle-phase opening, task review by outcome and the
 * events that change an agenda (ipt-agenda-content.md sections 3 and 6).
 */
import { block } from './content-types';
import type { SegmentTemplate } from './content-types';

/** Opening routine of every middle session: scores with item 9 first, then the mood–event link. */
export const OPENING_ROUTINE = block(
  'opening',
  'Scores and the week since last time',
  5,
  [
    'Item 9 first, then the PHQ-9 total and its change.',
    '"What has been happening since last week, and how has your mood been?"',
    '"When this week did you feel lowest? Who was involved, and what happened?"',
  ],
  ['nondirective-exploration', 'mood-event-linking'],
);

export const TASK_OUTCOMES = ['done', 'partly', 'not-done', 'overtaken'] as const;
export type TaskOutcome = (typeof TASK_OUTCOMES)[number];

/** How to review a task by what became of it; never blaming (section 3). */
export const TASK_REVIEW: Record<TaskOutcome, { move: string; prompts: string[]; effect: string }> =
  {
    done: {
      move: 'Get the blow-by-blow account, link it to mood, and credit the client.',
      prompts: [
        '"What did you say, what came back, and how did you feel after?"',
        '"What does this tell you about what you can do?"',
      ],
      effect: 'Build on it: the next step in the progression.',
    },
    partly: {
      move: 'Separate what happened from what stopped it; the stopping point says something about the relationship.',
      prompts: [
        '"What got you started, and where did it stall?"',
        '"What were you afraid might happen next?"',
      ],
      effect: 'Role-play the stalled part today and agree a smaller step, not the same task again.',
    },
    'not-done': {
      move: 'Be curious, not blaming: was the barrier practical, interpersonal fear, or the depression itself (sick role)?',
      prompts: ['"What got in the way?"', '"If you had done it, what might have happened?"'],
      effect:
        'Rehearse it in session, then shrink it or drop it; do not set it again word for word. Note it if it keeps happening.',
    },
    overtaken: {
      move: 'Work on the new event if it bears on the focus.',
      prompts: ['"How does this connect with what we are working on?"'],
      effect: "Use the new event as this session's incident.",
    },
  };

export const MISSED_SESSION = block(
  'missed-session',
  'After the missed session',
  5,
  [
    'Re-screen item 9 for the whole gap, not just the last week.',
    'Briefly explore the reason for missing and what it means between you (and with others).',
    'The work planned for the missed week is merged into today. The end date stays unless renegotiated.',
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
    'Acknowledge the flag once risk is assessed.',
  ],
  ['direct-elicitation'],
);

export const RISK_RECHECK = block(
  'risk-recheck',
  'Re-check risk',
  3,
  [
    'A risk flag was acknowledged after the last session: ask again about thoughts of self-harm since then.',
    'Is the safety plan still right? Were the crisis contacts needed?',
  ],
  ['direct-elicitation'],
);

/**
 * A flag open on a low, stable item 9 (1 again, last assessed low): the re-check comes first and
 * the focus work goes ahead, shortened, unless the re-check finds anything has changed.
 * Same id as the full assessment, so a flag after a saved agenda still brings it to the top.
 */
export function stableRiskCheck(assessedOn: string): SegmentTemplate {
  return block(
    'risk-assessment',
    'Risk re-check first (item 9 at 1 again)',
    6,
    [
      `Item 9 is 1 again; the last assessment (${assessedOn}) judged the risk low. Ask what has changed since: thoughts, plan, intent, means, protective factors.`,
      'If anything is worse, stop here: a full assessment and crisis work replace the focus today.',
      'If nothing has changed: check the safety plan and the crisis contacts, acknowledge the flag, then go on with the focus work.',
    ],
    ['direct-elicitation'],
  );
}

/** Before a joint session or a task that reopens a dispute (content file 2.3). */
export const SAFETY_SCREEN = block(
  'safety-screen',
  'Safety at home before reopening the dispute',
  4,
  [
    'Ask about violence, threats, fear and control in the relationship.',
    'If any is present, safety planning comes first: no joint session and no task that reopens the conflict.',
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

/** The task of a week whose focus work crisis work replaced (ipt-agenda-content.md §6). */
export const CRISIS_TASK =
  'Tell one person you trust how you have been feeling, and keep the safety plan and the crisis contacts to hand, this week';

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
