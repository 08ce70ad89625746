/**
 * Middle-phase progressions for a role dispute at renegotiation and impasse (ipt-agenda-content.md
 * 2.2–2.3); dissolution is in content-middle-dissolution.ts.
 * The therapist favours no particular outcome for the relationship.
 */
import { EMO, SKL, STR, SUP, strategy } from './content-types';
import type { AreaContent } from './content-types';

export const DISPUTE_SIGNS = [
  'Movement toward renegotiation, or a deliberate decision to leave',
  'Needs and anger expressed effectively',
  'Less distress around the other person',
];

export const DISPUTE_RENEGOTIATION: AreaContent = {
  key: 'role-dispute:renegotiation',
  label: 'Role dispute: renegotiation',
  steps: {
    early: {
      aim: "Define the dispute: the issues, each side's expectations and the link to mood; confirm the stage.",
      strategies: [
        strategy(
          'renegotiation-before-and-since',
          'Describe the relationship before and since the conflict',
          ['direct-elicitation'],
          [STR],
        ),
        strategy(
          'renegotiation-expectations',
          'List the issues and set out the mismatched expectations',
          ['clarification'],
          [STR, EMO],
        ),
        strategy(
          'renegotiation-pick-argument',
          'Pick one recent argument and link it to mood',
          ['mood-event-linking'],
          [EMO, STR],
        ),
      ],
      prompts: [
        'Underneath the details, what is the argument really about?',
        'What do you expect of them here, and what do they expect of you?',
        'What would a good-enough outcome look like?',
        'What happens to your mood after a row?',
      ],
      tasks: [
        'Observe one disagreement and note what was said and felt, without acting',
        'Rate mood on days with and without conflict',
      ],
    },
    mid: {
      aim: 'Change how the two of them communicate; find options and compromises.',
      strategies: [
        strategy(
          'renegotiation-replay-exchange',
          'Replay one exchange: words, tone, timing, intent',
          ['communication-analysis'],
          [SKL, STR],
        ),
        strategy(
          'renegotiation-options',
          'List the options and compromises',
          ['decision-analysis'],
          [STR],
        ),
        strategy(
          'renegotiation-rehearse-request',
          'Role-play a direct request, swapping roles',
          ['role-play'],
          [SKL],
        ),
      ],
      prompts: [
        'What exactly did you say, and what came back?',
        'What did you want them to understand?',
        'What else could you have said at that moment?',
        'What is the least you would settle for?',
      ],
      tasks: ['Hold one planned talk at a calm time', 'Make one clear request in "I" terms'],
    },
    late: {
      aim: 'Consolidate; adjust expectations; plan for flare-ups; apply the approach elsewhere.',
      strategies: [
        strategy(
          'renegotiation-review-talks',
          'Review the talks held and what worked',
          ['clarification'],
          [SKL],
        ),
        strategy(
          'renegotiation-keep-or-drop',
          'Decide which expectations to keep or drop',
          ['decision-analysis'],
          [STR],
        ),
        strategy(
          'renegotiation-flare-plan',
          'Plan the first move for the next flare-up',
          ['role-play', 'decision-analysis'],
          [SKL, SUP],
        ),
      ],
      prompts: [
        'What worked when you spoke up?',
        'Which expectations still matter to you?',
        'If this flares up after we finish, what is your first move?',
      ],
      tasks: ['Negotiate one remaining issue', 'Try the same approach with someone else'],
    },
  },
  progressSigns: DISPUTE_SIGNS,
};

export const DISPUTE_IMPASSE: AreaContent = {
  key: 'role-dispute:impasse',
  label: 'Role dispute: impasse',
  steps: {
    early: {
      aim: 'Understand why the talks stalled and what is at stake; reach the feelings being avoided.',
      strategies: [
        strategy(
          'impasse-past-attempts',
          'Go through the history of past attempts',
          ['direct-elicitation'],
          [STR],
        ),
        strategy(
          'impasse-fear-and-anger',
          'Explore fear and anger about reopening',
          ['encouragement-of-affect', 'clarification'],
          [EMO],
        ),
        strategy(
          'impasse-warn-and-screen',
          'Warn that reopening may raise conflict for a while; screen for abuse (safety first if present)',
          ['psychoeducation'],
          [STR],
        ),
      ],
      prompts: [
        'When did you both stop trying, and what happened?',
        'What do you fear if you raise it again?',
        'What does leaving it as it is cost you?',
        'What are you angriest about?',
      ],
      tasks: [
        'Write down what you actually want from them',
        'Log the moments when you avoid the subject',
      ],
    },
    mid: {
      aim: 'Move toward renegotiation or a considered decision to end.',
      strategies: [
        strategy(
          'impasse-weigh-paths',
          'Weigh reopening, accepting the status quo, a joint session or leaving',
          ['decision-analysis'],
          [STR],
        ),
        strategy(
          'impasse-rehearse-opening',
          'Role-play the opening line that reopens the talk',
          ['role-play'],
          [SKL],
        ),
      ],
      prompts: [
        'What are all the options, even the ones you dislike?',
        'What first sentence would reopen this?',
        'What would make it safe enough to try?',
        'Would it help to have them join a session?',
      ],
      tasks: ['Raise the issue once', 'Ask them what they want'],
    },
    late: {
      aim: 'Re-stage the dispute, then carry on as renegotiation or dissolution.',
      strategies: [
        strategy(
          'impasse-restage',
          'Re-rate the stage: talking, stuck or ending?',
          ['clarification'],
          [STR],
        ),
        strategy(
          'impasse-review-change',
          'Review what has changed in the standoff',
          ['clarification'],
          [STR, SKL],
        ),
        strategy(
          'impasse-line-up-support',
          'Line up support for either path',
          ['decision-analysis'],
          [SUP],
        ),
      ],
      prompts: [
        'Where are things now: talking, stuck or ending?',
        'What have you done differently with the standoff?',
        'What support will you need either way?',
      ],
      tasks: ['Hold a follow-up talk', 'Arrange support from outside the relationship'],
    },
  },
  progressSigns: DISPUTE_SIGNS,
};
