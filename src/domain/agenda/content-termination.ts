/**
 * Termination (ipt-agenda-content.md section 5), counted back from the last session L, with
 * content that fits the outcome: credit after response, non-response named as the treatment not
 * working for this episode, IPT-M only after remission, a return threshold set from the score at
 * discharge, tools mentioned only if used, and an urgent section apart from "when to return".
 */
import type { ProblemArea } from '../types';
import { EMO, SKL, SUP, block } from './content-types';
import type { SegmentTemplate } from './content-types';
import type { CourseOutcome } from './types';

/** Announcing the ending at L-3, added to an otherwise ordinary middle-style session. */
export const RAISE_ENDING = block(
  'raise-ending',
  'Name the ending',
  5,
  [
    'Say plainly how many sessions are left and the date of the last one.',
    'What the last sessions will cover: progress, feelings about ending, a plan for afterwards.',
    'Invite first reactions; decide together which goals are still within reach.',
  ],
  ['clarification', 'encouragement-of-affect'],
  [EMO],
);

type Good = 'good' | 'partial' | 'none' | 'unknown';
const GROUP: Record<CourseOutcome, Good> = {
  remission: 'good',
  response: 'good',
  partial: 'partial',
  none: 'none',
  unknown: 'unknown',
};

const PROGRESS_BY: Record<Good, string[]> = {
  good: [
    'Ask what they did that helped, and credit their own actions.',
    'Hand back the sick role: the responsibilities set aside can be taken up again as they recover.',
  ],
  partial: [
    'Name it plainly: the treatment has helped in part, not yet enough for this episode; that is not a failure of theirs.',
    'Plan what comes next: a medication review, a continuation contract or another therapy.',
  ],
  none: [
    'Name it plainly: this treatment has not worked for this episode; that is not a failure of theirs.',
    'Plan the next treatment: medication, a different therapy or a combination, and a referral.',
  ],
  unknown: [
    'Judge progress from the goals and the focus markers; ask what helped and credit their actions.',
  ],
};

const TRIGGERS: Record<ProblemArea, string> = {
  grief: 'anniversaries and other hard dates',
  'role-dispute': 'flare points in the dispute',
  'role-transition': 'the next change of role',
  'interpersonal-deficits': 'times of isolation, such as holidays or a move',
};

const OPTIONS_BY: Record<CourseOutcome, string> = {
  remission:
    'Options: discharge with an optional booster, or IPT-M if the risk of recurrence is high (monthly sessions lengthened the time to recurrence: Frank et al. 1990). Make a recommendation and hear their view.',
  response:
    'Options: discharge with an optional booster, or a continuation contract while symptoms remain. IPT-M only after remission, or by your choice as clinician.',
  partial:
    'Options: a continuation contract, a medication review, or another therapy. Make a recommendation and hear their view.',
  none: 'Another effective option: medication, a different therapy or a combination. Refer, and plan the handover.',
  unknown:
    'Options: discharge with a booster, a continuation contract, IPT-M after remission, or another treatment. Make a recommendation.',
};

/** What the ending needs to know about the course. */
export interface EndingFacts {
  outcome: CourseOutcome;
  area: ProblemArea;
  /** The latest PHQ-9 total, for the return threshold. */
  total?: number;
  circleDrawn: boolean;
  goalRatings: boolean;
}

function returnLine(total?: number): string {
  const score =
    total === undefined
      ? 'a PHQ-9 clearly above the score at discharge'
      : `a PHQ-9 of ${total + 5} or more (5 above the ${total} at discharge)`;
  return `When to return: two weeks of warning signs, or ${score}; the service contact.`;
}

export const URGENT_LINE =
  'Urgent, apart from "when to return": any thought of self-harm or suicide means acting now (what to do, the crisis contacts), not waiting.';

function progressBlock(f: EndingFacts, weight: number): SegmentTemplate {
  const tools = [
    ...(f.goalRatings ? ['Go through the goal ratings since the start.'] : []),
    ...(f.circleDrawn ? ['Redraw the closeness circle and compare it with the first one.'] : []),
  ];
  return block(
    'progress',
    'Progress against baseline',
    weight,
    [
      'Look at the PHQ-9 graph from baseline and the focus progress markers.',
      ...tools,
      ...PROGRESS_BY[GROUP[f.outcome]],
      'List the work still to do.',
    ],
    ['clarification'],
    [SUP],
  );
}

function relapseBlock(f: EndingFacts, weight: number, final: boolean): SegmentTemplate {
  const next = GROUP[f.outcome] === 'partial' || GROUP[f.outcome] === 'none';
  const lines = next
    ? [
        'There is nothing to relapse from yet: the plan centres on the next treatment and who arranges it.',
        `Triggers to watch meanwhile: ${TRIGGERS[f.area]}.`,
      ]
    : [
        'Warning signs: their own early symptoms (sleep, withdrawal, irritability).',
        `Triggers: ${TRIGGERS[f.area]}. Skills that helped; two or three supports by role.`,
        returnLine(f.total),
      ];
  const head = final ? ['Go through the plan line by line and hand it over.'] : [];
  return block(
    'relapse-plan',
    next ? 'Plan for the next treatment' : 'Relapse-prevention plan',
    weight,
    [...head, ...lines, URGENT_LINE],
    ['decision-analysis'],
    [SUP, SKL],
  );
}

const scores = block('opening', 'Scores', 5, [
  'Item 9 first, then the PHQ-9 total against baseline.',
]);
const warningSigns = block(
  'warning-signs',
  'Start collecting warning signs',
  10,
  [
    'Which early signs came first this time: sleep, withdrawal, irritability?',
    'Which triggers lie ahead in the coming months?',
  ],
  ['direct-elicitation'],
);
const feelings = block(
  'ending-feelings',
  'Feelings about ending',
  10,
  [
    'Invite sadness, worry, anger, relief, even disappointment, and treat them as normal.',
    'The ending is a transition of its own: how have they handled other endings?',
  ],
  ['encouragement-of-affect', 'therapeutic-relationship'],
  [EMO],
);
const taskSet = block('set-task', 'Summary and a task for the coming week', 5, [
  'Agree one task that rehearses life after therapy.',
]);

function optionsBlock(f: EndingFacts, weight: number): SegmentTemplate {
  return block(
    'next-step',
    'Options after the course',
    weight,
    [OPTIONS_BY[f.outcome]],
    ['decision-analysis'],
  );
}

/** L-2: progress against baseline, by outcome; the first warning signs. */
export function sessionL2(f: EndingFacts): SegmentTemplate[] {
  return [scores, progressBlock(f, 25), { ...warningSigns, weight: 12 }, taskSet];
}

/** L-1: feelings about ending, the draft plan, the options; merged with L-2 in a short ending. */
export function sessionL1(f: EndingFacts, merged: boolean): SegmentTemplate[] {
  const progress = merged ? [progressBlock(f, 13)] : [];
  return [
    scores,
    ...progress,
    { ...feelings, weight: merged ? 10 : 12 },
    relapseBlock(f, merged ? 12 : 15, false),
    optionsBlock(f, merged ? 6 : 10),
    taskSet,
  ];
}

/** L: final scores, the finished plan and the letter, the next step, goodbye. */
export function sessionL(f: EndingFacts): SegmentTemplate[] {
  return [
    block('opening', 'Final scores', 5, [
      'Item 9 first; the final PHQ-9 and GAD-7 against baseline.',
    ]),
    { ...feelings, weight: 10, title: 'Feelings about ending, and goodbye' },
    relapseBlock(f, 15, true),
    block(
      'letter',
      'End-of-treatment letter',
      8,
      ['Give the letter: focus, goals, what changed and what they did.'],
      [],
      [SUP],
    ),
    block(
      'next-step',
      'Agree the next step',
      12,
      [OPTIONS_BY[f.outcome], 'How to come back, and the door left open.'],
      ['decision-analysis'],
    ),
  ];
}

/** Early ending: the whole of termination compressed into one session (section 6). */
export function sessionEarlyEnd(f: EndingFacts): SegmentTemplate[] {
  return [
    scores,
    block('early-ending', 'Ending early', 3, [
      'Say openly that the course ends here; the plan and the letter are still given.',
      'If the client does not return, send the end-of-treatment letter and leave the door open.',
    ]),
    { ...feelings, weight: 8 },
    progressBlock(f, 12),
    relapseBlock(f, 14, false),
    optionsBlock(f, 8),
  ];
}

/** Suggested tasks in the termination phase. */
export const TERMINATION_TASKS = [
  'Write down your own early warning signs, before next session',
  'Tell one of the two people you would turn to about the plan, this week',
  'Try one skill from therapy on your own, without talking it over here first, this week',
];
