/**
 * Role dispute at renegotiation and impasse (ipt-agenda-content.md 2.2–2.3); dissolution is in
 * content-middle-dissolution.ts. `{who}` is the other party. The therapist favours no particular
 * outcome for the relationship. Tasks that reopen the conflict wait for the abuse and safety screen.
 * Impasse is in content-middle-impasse.ts.
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
          'The relationship with {who} before and since the conflict',
          ['direct-elicitation', 'mood-event-linking'],
          [STR],
          {
            prompts: [
              'What were things like with {who} before the arguments started?',
              'What happens to your mood after a row with {who}?',
            ],
            task: {
              what: 'Rate your mood, marking the days with and without conflict with {who}',
              when: 'each evening this week',
              smaller: 'Rate your mood on two evenings',
            },
          },
        ),
        strategy(
          'renegotiation-expectations',
          'Set out the issues and the mismatched expectations',
          ['clarification'],
          [STR, EMO],
          {
            prompts: [
              'Underneath the details, what is the argument with {who} about?',
              'What do you expect of {who} here, and what does {who} expect of you?',
              'What would a good-enough outcome look like?',
            ],
            scaffold: 'clarification',
            task: {
              what: 'Write down what you expect of {who} and what you think {who} expects of you',
              when: 'before next session',
              smaller: 'Write down one expectation on each side',
            },
          },
        ),
        strategy(
          'renegotiation-pick-argument',
          'Replay one recent argument with {who}',
          ['communication-analysis'],
          [STR, SKL],
          {
            prompts: [
              'Which recent argument with {who} stays with you most?',
              'Looking back at that argument, what did each of you want from the other?',
            ],
            scaffold: 'communication-analysis',
            task: {
              what: 'Notice one disagreement with {who} and note what was said and felt, without acting on it',
              when: 'this week',
              smaller: 'Note only what you felt after one disagreement',
            },
          },
        ),
      ],
    },
    mid: {
      aim: 'Change how the two of you communicate; find options and compromises.',
      strategies: [
        strategy(
          'renegotiation-replay-exchange',
          'Communication analysis: where the exchange goes wrong',
          ['communication-analysis'],
          [SKL, STR],
          {
            prompts: [
              'What did you want {who} to understand?',
              'Do you hint, go silent or burst out when it matters most?',
            ],
            scaffold: 'communication-analysis',
            task: {
              what: 'Hold one planned talk',
              with: '{who}',
              when: 'at a calm moment this week',
              smaller: 'Ask {who} when would be a good time to talk',
              reopens: true,
            },
          },
        ),
        strategy(
          'renegotiation-options',
          'Decision analysis: options and compromises',
          ['decision-analysis'],
          [STR],
          {
            prompts: ['What is the least you would settle for?', 'What might {who} accept?'],
            scaffold: 'decision-analysis',
            task: {
              what: 'Offer one compromise from the list',
              with: '{who}',
              when: 'this week',
              smaller: 'Choose which compromise you would offer',
              reopens: true,
            },
          },
        ),
        strategy(
          'renegotiation-rehearse-request',
          'Role play: a direct request in "I" terms, swapping roles',
          ['role-play'],
          [SKL],
          {
            prompts: [
              'What exactly do you want to ask {who} for?',
              'How do you expect {who} to answer?',
            ],
            scaffold: 'role-play',
            task: {
              what: 'Make one clear request in "I" terms',
              with: '{who}',
              when: 'this week',
              smaller: 'Say the request aloud to yourself once',
              reopens: true,
            },
          },
        ),
      ],
    },
    late: {
      aim: 'Consolidate; adjust expectations; plan for flare-ups; apply it elsewhere.',
      strategies: [
        strategy(
          'renegotiation-review-talks',
          'Review the talks: what worked',
          ['clarification'],
          [SKL],
          {
            prompts: [
              'What worked when you spoke up to {who}?',
              'What did you do differently from before?',
            ],
            task: {
              what: 'Negotiate one remaining issue',
              with: '{who}',
              when: 'this week',
              smaller: 'Name the remaining issue to {who}, without settling it',
              reopens: true,
            },
          },
        ),
        strategy(
          'renegotiation-keep-or-drop',
          'Decide which expectations to keep or drop',
          ['decision-analysis'],
          [STR],
          {
            prompts: [
              'Which expectations of {who} still matter, and which can go?',
              'What would letting one go cost you, and what would it free up?',
            ],
            scaffold: 'decision-analysis',
            task: {
              what: 'Let one dropped expectation go, and notice how it feels',
              when: 'this week',
              smaller: 'Name one expectation you could drop',
            },
          },
        ),
        strategy(
          'renegotiation-flare-plan',
          'Plan for the next flare-up; try it with someone else',
          ['role-play'],
          [SKL, SUP],
          {
            prompts: [
              'If this flares up after we finish, what is your first move?',
              'Where else could the same approach help?',
            ],
            scaffold: 'role-play',
            task: {
              what: 'Try the same approach',
              with: 'someone other than {who}',
              when: 'this week',
              smaller: 'Choose who you could try it with',
            },
          },
        ),
      ],
    },
  },
  progressSigns: DISPUTE_SIGNS,
};
