/**
 * Initial-phase sessions (ipt-reference.md section 3). Weights are minutes of a 50-minute
 * session. Shorter initial phases (IPT-B) merge sessions; a fourth session finishes the contract.
 */
import { EMO, STR, SUP, block } from './content-types';
import type { SegmentTemplate } from './content-types';

const welcome = block('opening', 'Welcome and scores', 5, [
  'Review the questionnaire scores, item 9 first.',
  'Ask what brings them now and what they hope for.',
]);
const symptoms = block(
  'symptom-review',
  'Symptoms, history and risk',
  15,
  [
    'Go through symptoms against the diagnostic criteria.',
    'History: earlier episodes, medical conditions, substances, past treatment.',
    'Screen for mania or hypomania, psychotic symptoms and substance misuse: if present, IPT alone is not enough without a clinician override.',
    'Assess suicide risk.',
  ],
  ['direct-elicitation'],
);
const sickRole = block(
  'sick-role',
  'Diagnosis and the sick role',
  10,
  [
    'Name depression as a common, treatable illness that is not their fault.',
    'Give the sick role: do less for now while working at recovery.',
    'Consider whether a medication review is needed.',
  ],
  ['psychoeducation'],
  [STR],
);
const inventoryStart = block(
  'inventory',
  'Interpersonal inventory started',
  15,
  [
    'Begin the inventory with the closest people: what is good, what is not, what they would change.',
    'Draft the onset timeline: what changed with people around the time the mood dropped?',
  ],
  ['nondirective-exploration', 'mood-event-linking'],
  [SUP],
);
const explainFirstTask = block(
  'explain-ipt',
  'How IPT works, and a first task',
  5,
  [
    'Explain IPT: mood and relationships affect each other; a fixed number of weekly sessions.',
    'Offer a first task in plain words: notice when mood changes around people this week.',
    'A daily mood-and-contacts note is an option to offer (an adaptation), not a requirement.',
  ],
  ['psychoeducation'],
);

const checkIn = block('opening', 'Check-in and scores', 5, [
  'Scores, item 9 first; how the week has been.',
  'If they kept a mood-and-contacts note, look at it together; if not, ask when mood shifted.',
]);
const inventoryMore = block(
  'inventory',
  'Interpersonal inventory continued',
  30,
  [
    'Go person by person: closeness, contact, what is good and not, expectations on each side.',
    'Watch for changes around the onset: a death, a dispute, a change of role, or long-standing isolation.',
    'Can they confide in this person? How do conflicts end?',
  ],
  ['direct-elicitation', 'clarification'],
  [SUP],
);
const tentativeArea = block(
  'tentative-area',
  'A tentative problem area',
  10,
  ['Share the problem area that seems to fit, as a suggestion to check together.'],
  ['clarification'],
);
const summaryTask = block('summary-task', 'Summary and task', 5, [
  'Summarise the session; agree a task that fills gaps in the inventory.',
]);

const inventoryFinish = block(
  'inventory',
  'Inventory finished',
  10,
  ['Fill the remaining gaps in the inventory and the timeline.'],
  ['direct-elicitation'],
  [SUP],
);
const formulation = block(
  'formulation',
  'Formulation, focus and goals',
  20,
  [
    'Give the formulation: the illness, the key interpersonal event, and how the two connect.',
    "Agree the focus (one area, two at most) and one to three goals in the client's words.",
    'Ask for their reaction and adjust the wording together.',
  ],
  ['clarification', 'mood-event-linking'],
  [EMO],
);
const contract = block('contract', 'Treatment contract', 10, [
  'Agree the number of sessions, the end date and the weekly frequency.',
  "Agree what happens after a missed session, and each person's role.",
]);
const firstFocusTask = block('summary-task', 'Summary and first focus task', 5, [
  'Summarise; agree the first task tied to the focus.',
]);

const sessionOne = [welcome, symptoms, sickRole, inventoryStart, explainFirstTask];
const sessionTwo = [checkIn, inventoryMore, tentativeArea, summaryTask];
const sessionThree = [checkIn, inventoryFinish, formulation, contract, firstFocusTask];

/** Session 3 of a four-session initial phase: formulation only, the contract comes next week. */
const sessionThreeOfFour = [
  checkIn,
  block(
    'inventory',
    'Inventory finished',
    15,
    inventoryFinish.content,
    ['direct-elicitation'],
    [SUP],
  ),
  { ...formulation, weight: 25 },
  { ...summaryTask, weight: 5 },
];
const sessionFourOfFour = [
  checkIn,
  block(
    'inventory',
    'Loose ends of the inventory',
    10,
    ['Check anything still open in the inventory or the formulation.'],
    ['clarification'],
    [SUP],
  ),
  { ...contract, weight: 25, kind: 'work' as const },
  { ...firstFocusTask, weight: 10 },
];

/** IPT-B: one session holding the inventory, the tentative area, formulation and contract. */
const sessionTwoMerged = [
  checkIn,
  block(
    'inventory',
    'Inventory continued and finished',
    15,
    inventoryMore.content,
    ['direct-elicitation'],
    [SUP],
  ),
  { ...formulation, weight: 15, content: [...tentativeArea.content, ...formulation.content] },
  { ...contract, weight: 10 },
  { ...firstFocusTask, weight: 5 },
];

/** A one-session initial phase: assessment, a brief inventory, formulation and contract at once. */
const sessionOneMerged = [
  welcome,
  { ...symptoms, weight: 10 },
  { ...sickRole, weight: 5 },
  block(
    'inventory',
    'Brief interpersonal inventory',
    12,
    inventoryStart.content,
    ['direct-elicitation'],
    [SUP],
  ),
  { ...formulation, weight: 10 },
  { ...contract, weight: 5 },
  { ...firstFocusTask, weight: 3 },
];

/** The plan for each initial-phase length: index 0 is session 1. */
export const INITIAL_PLANS: Record<1 | 2 | 3 | 4, SegmentTemplate[][]> = {
  1: [sessionOneMerged],
  2: [sessionOne, sessionTwoMerged],
  3: [sessionOne, sessionTwo, sessionThree],
  4: [sessionOne, sessionTwo, sessionThreeOfFour, sessionFourOfFour],
};

/** Suggested tasks for the end of each initial session, by the segment that closes it. */
export const INITIAL_TASKS: Record<string, string[]> = {
  'explain-ipt': [
    'Notice when your mood changes around people this week, and what was happening',
    'If you like, keep a short daily note of contacts and mood, this week',
  ],
  'summary-task': [
    'Note who you saw this week and how each contact left you feeling, each evening',
    'Think of two more people who matter to you, before next session',
  ],
  focus: ['Notice one moment this week when your mood shifted around the focus, and what happened'],
};
