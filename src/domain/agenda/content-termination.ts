/**
 * Termination (ipt-agenda-content.md section 5), counted back from the last session L.
 * The ending is a role transition in its own right; credit for change stays with the client.
 */
import { EMO, SKL, SUP, block } from './content-types';
import type { SegmentTemplate } from './content-types';

/** Announcing the ending at L-3, added to an otherwise ordinary middle-style session. */
export const RAISE_ENDING = block(
  'raise-ending',
  'Name the ending',
  5,
  [
    'Say plainly how many sessions are left and the date of the last one.',
    'Explain what the last sessions will cover: progress, feelings about ending, a plan for the future.',
    'Invite first reactions; decide together which goals are still within reach.',
  ],
  ['clarification', 'encouragement-of-affect'],
  [EMO],
);

const scores = block('opening', 'Scores', 5, ['Scores, item 9 first; change since baseline.']);
const progress = block(
  'progress',
  'Progress against baseline',
  15,
  [
    'Look at the PHQ-9 graph from baseline, the goal ratings and the focus progress markers.',
    'Redraw the closeness circle and compare it with the first one.',
    'Ask why they are better and credit their own actions.',
    'List the work still to do.',
  ],
  ['clarification'],
  [SUP],
);
const warningSigns = block(
  'warning-signs',
  'Start collecting warning signs',
  10,
  [
    'Which early signs came first this time: sleep, withdrawal, irritability?',
    'Which triggers lie ahead: anniversaries, the next transition, flare points?',
  ],
  ['direct-elicitation'],
);
const feelings = block(
  'ending-feelings',
  'Feelings about ending',
  10,
  [
    'Invite sadness, worry, anger, relief, even disappointment, and treat them as normal.',
    'Link the ending to how they have handled other endings and changes.',
  ],
  ['encouragement-of-affect', 'therapeutic-relationship'],
  [EMO],
);
const relapsePlan = block(
  'relapse-plan',
  'Relapse-prevention plan',
  12,
  [
    'Warning signs, and the score that should prompt action.',
    'Triggers; the skills that helped (a direct request, reaching out, the mood–event link).',
    'Two or three supports by role; what to do first; when to return (two weeks of warning signs, PHQ-9 of 10 or more, any thought of self-harm).',
  ],
  ['decision-analysis'],
  [SUP, SKL],
);
const options = block(
  'next-step',
  'Options after the course',
  8,
  [
    'Discharge with an optional booster, a continuation contract, or IPT-M if remitted but at high risk.',
    'If there has been little response: this treatment did not work for this episode, not a failure of theirs; offer another effective option and refer.',
    'Make a recommendation and hear their view.',
  ],
  ['decision-analysis'],
);
const taskSet = block('set-task', 'Task for the coming week', 5, [
  'Agree one task that rehearses life after therapy.',
]);
const countdown = block('countdown', 'Sessions left', 0, []);

/** L-2: progress against baseline, credit, the work left, first warning signs. */
export const SESSION_L2: SegmentTemplate[] = [
  scores,
  { ...progress, weight: 25 },
  { ...warningSigns, weight: 12 },
  { ...taskSet, weight: 5 },
  { ...countdown, weight: 3 },
];

/** L-1: feelings about ending, a draft relapse plan, and the options after the course. */
export const SESSION_L1: SegmentTemplate[] = [
  scores,
  { ...feelings, weight: 12 },
  { ...relapsePlan, weight: 15 },
  { ...options, weight: 10 },
  { ...taskSet, weight: 5 },
  { ...countdown, weight: 3 },
];

/** L-1 of a two-session termination: L-2 merged in (section 5). */
export const SESSION_L1_MERGED: SegmentTemplate[] = [
  scores,
  { ...progress, weight: 13 },
  { ...feelings, weight: 10 },
  { ...relapsePlan, weight: 12 },
  { ...options, weight: 5 },
  { ...taskSet, weight: 3 },
  { ...countdown, weight: 2 },
];

/** L: final scores, the finished plan and letter handed over, the next step, goodbye. */
export const SESSION_L: SegmentTemplate[] = [
  block('opening', 'Final scores', 5, ['Final PHQ-9 and GAD-7; compare with baseline.']),
  { ...feelings, weight: 10, title: 'Feelings about ending, and goodbye' },
  block(
    'relapse-plan',
    'Finalise the relapse-prevention plan',
    15,
    ['Go through the plan line by line and hand it over.'],
    ['clarification'],
    [SUP],
  ),
  block(
    'letter',
    'End-of-treatment letter',
    10,
    ['Give the end-of-treatment letter: focus, goals, what changed and what they did.'],
    [],
    [SUP],
  ),
  block('next-step', 'Agree the next step', 10, [
    'Confirm discharge, continuation, IPT-M or referral, and how to come back.',
  ]),
];

/** Early ending: the whole of termination compressed into one session (section 6). */
export const SESSION_EARLY_END: SegmentTemplate[] = [
  scores,
  { ...feelings, weight: 8 },
  { ...progress, weight: 12 },
  { ...relapsePlan, weight: 15 },
  { ...options, weight: 10 },
];

/** Suggested tasks in the termination phase. */
export const TERMINATION_TASKS = [
  'Write down your own early warning signs',
  'Name two people you would turn to if mood dips, and tell one of them about the plan',
  'Try one skill from therapy without talking it over here first',
];
