/**
 * Role dispute at dissolution (ipt-agenda-content.md 2.4): the relationship with `{who}` is ending.
 * Supported as in grief or transition work, with practical safety looked at first.
 */
import { EMO, SKL, STR, SUP, strategy } from './content-types';
import type { AreaContent } from './content-types';
import { DISPUTE_SIGNS } from './content-middle-dispute';

export const DISPUTE_DISSOLUTION: AreaContent = {
  key: 'role-dispute:dissolution',
  label: 'Role dispute: dissolution',
  steps: {
    early: {
      aim: 'Check the decision is considered and not depressive hopelessness; start mourning.',
      strategies: [
        strategy(
          'dissolution-review-relationship',
          'Review the relationship with {who}, its history and its end',
          ['direct-elicitation'],
          [EMO],
          {
            prompts: [
              'How did you reach the view that it is over with {who}?',
              'What has been hardest to say aloud?',
            ],
            task: {
              what: 'List what you are losing and what you are gaining',
              when: 'before next session',
              smaller: 'Write one loss and one gain',
            },
          },
        ),
        strategy(
          'dissolution-test-decision',
          'Test the decision: considered, or the depression speaking?',
          ['decision-analysis'],
          [STR],
          {
            prompts: [
              'If your mood were better, would you see it the same way?',
              'Is it safe, practically, to go ahead?',
            ],
            scaffold: 'decision-analysis',
            task: {
              what: 'Tell one trusted person about the decision',
              with: 'one trusted person',
              when: 'this week',
              smaller: 'Name the person you would tell',
            },
          },
        ),
        strategy(
          'dissolution-allow-feelings',
          'Allow grief, anger and relief',
          ['encouragement-of-affect'],
          [EMO],
          {
            prompts: [
              'What are you losing, and what are you glad to be free of?',
              'Which feeling about the ending surprises you?',
            ],
            scaffold: 'encouragement-of-affect',
            task: {
              what: 'Write down the feelings the ending brings, as they come',
              when: 'two evenings this week',
              smaller: 'Write down one feeling, once',
            },
          },
        ),
      ],
    },
    mid: {
      aim: 'Manage the separation practically and emotionally, treating it as a role transition.',
      strategies: [
        strategy(
          'dissolution-analyse-separation-talk',
          'Communication analysis of a separation talk',
          ['communication-analysis'],
          [SKL, STR],
          {
            prompts: [
              'What is the hardest conversation left with {who}?',
              'How did the last practical exchange with {who} go, line by line?',
            ],
            scaffold: 'communication-analysis',
            task: {
              what: 'Keep the next exchange with {who} to the practical matter at hand',
              with: '{who}',
              when: 'the next time you talk',
              smaller: 'Decide the one practical point to raise',
            },
          },
        ),
        strategy(
          'dissolution-rehearse-boundaries',
          'Role play: boundaries and the contact still needed',
          ['role-play'],
          [SKL],
          {
            prompts: [
              'What contact will still be needed (children, work), and how do you want it to go?',
              'Where does a boundary with {who} tend to slip?',
            ],
            scaffold: 'role-play',
            task: {
              what: 'Set one boundary in an exchange',
              with: '{who}',
              when: 'this week',
              smaller: 'Write down the boundary in one sentence',
            },
          },
        ),
        strategy(
          'dissolution-practical-steps',
          'Plan the practical steps of the separation',
          ['decision-analysis'],
          [STR],
          {
            prompts: [
              'Which practical step comes first: housing, money, a handover?',
              'What did you give up in the relationship that you can reclaim?',
            ],
            scaffold: 'decision-analysis',
            task: {
              what: 'Take one practical step, such as a handover',
              when: 'this week',
              smaller: 'Find out what the first practical step needs',
            },
          },
        ),
      ],
    },
    late: {
      aim: 'Build a life beyond the relationship: new supports and a balanced view.',
      strategies: [
        strategy(
          'dissolution-support-inventory',
          'Inventory of supports',
          ['direct-elicitation'],
          [SUP],
          {
            prompts: [
              'Who has been there for you through this?',
              'Who would you like to see more of?',
            ],
            task: {
              what: 'Reconnect with a friend',
              with: 'a friend',
              when: 'this week',
              smaller: 'Send one message to a friend',
            },
          },
        ),
        strategy(
          'dissolution-six-months',
          'A picture of life in six months',
          ['decision-analysis'],
          [SUP],
          {
            prompts: [
              'What do you want life to look like in six months?',
              'What is the first piece of that you could start now?',
            ],
            scaffold: 'decision-analysis',
            task: {
              what: 'Start one new activity',
              when: 'on a set day this week',
              smaller: 'Find one new activity and its next date',
            },
          },
        ),
        strategy(
          'dissolution-lessons',
          'A balanced view: lessons for future relationships',
          ['clarification'],
          [EMO, SKL],
          {
            prompts: [
              'What would you do differently next time?',
              'What was good in the relationship that you want to keep in mind?',
            ],
            scaffold: 'clarification',
            task: {
              what: 'Write down two lessons you take from the relationship',
              when: 'before next session',
              smaller: 'Write down one lesson',
            },
          },
        ),
      ],
    },
  },
  progressSigns: DISPUTE_SIGNS,
};
