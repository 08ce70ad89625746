/**
 * Role transition, ipt-agenda-content.md 2.5. The work is on the old role and the new one
 * (`{old}`, `{new}`), not on a person: a transition is never "with" someone.
 */
import { EMO, SKL, SUP, strategy } from './content-types';
import type { AreaContent } from './content-types';

export const ROLE_TRANSITION: AreaContent = {
  key: 'role-transition',
  label: 'Role transition',
  steps: {
    early: {
      aim: 'Name the change and its timeline; mourn {old}.',
      strategies: [
        strategy(
          'transition-timeline',
          'Draw the timeline of the change',
          ['nondirective-exploration', 'mood-event-linking'],
          [EMO],
          {
            prompts: [
              'When did the change start, and what happened step by step?',
              'What happened to your mood, and to your relationships, as things changed?',
            ],
            task: {
              what: 'Note two moments this week when you missed {old}, and what was happening',
              when: 'as they happen',
              smaller: 'Note one such moment',
            },
          },
        ),
        strategy(
          'transition-old-role-gains',
          'What {old} gave: identity, routine, people, standing',
          ['encouragement-of-affect', 'clarification'],
          [EMO],
          {
            prompts: [
              'What did {old} give you that you miss?',
              'Who were you, in {old}, that you are not now?',
            ],
            scaffold: 'encouragement-of-affect',
            task: {
              what: 'Talk about {old}',
              with: 'someone who knew you in it',
              when: 'this week',
              smaller: 'Name who you could talk to about {old}',
            },
          },
        ),
        strategy(
          'transition-idealising-check',
          'Check for idealising {old}: its downsides too',
          ['clarification'],
          [EMO],
          {
            prompts: [
              'What downsides of {old} are easy to forget now?',
              'If a friend described {old} to you, what would they add?',
            ],
            scaffold: 'clarification',
            task: {
              what: 'Write the pros and cons of {old}',
              when: 'before next session',
              smaller: 'Write one pro and one con of {old}',
            },
          },
        ),
      ],
    },
    mid: {
      aim: 'See {new} realistically, including what it offers; name the skills and supports it needs.',
      strategies: [
        strategy(
          'transition-new-role-pros-cons',
          'Weigh the pros and cons of {new}',
          ['decision-analysis'],
          [SKL, SUP],
          {
            prompts: [
              'What does {new} ask of you that is new?',
              'Is there anything in it you might come to value?',
            ],
            scaffold: 'decision-analysis',
            task: {
              what: 'Gather information about a course, group or service that fits {new}',
              when: 'this week',
              smaller: 'Look up one course, group or service',
            },
          },
        ),
        strategy(
          'transition-skill-gaps',
          'Find the skill gaps and the people in the new setting',
          ['direct-elicitation'],
          [SUP, SKL],
          {
            prompts: [
              'What would you need to learn to feel competent in {new}?',
              'Who there could you get to know?',
            ],
            task: {
              what: 'Contact one person in the new setting',
              when: 'this week',
              smaller: 'Say hello to one person in the new setting',
            },
          },
        ),
        strategy(
          'transition-rehearse-unfamiliar',
          'Role-play an unfamiliar exchange, such as asking for help',
          ['role-play'],
          [SKL],
          {
            prompts: [
              'Which conversation in {new} do you dread most?',
              'How would you ask for help there, in your own words?',
            ],
            scaffold: 'role-play',
            scaffoldWho: 'someone in the new setting',
            task: {
              what: 'Practise the rehearsed request for real',
              with: 'someone in the new setting',
              when: 'once this week',
              smaller: 'Say the request aloud at home once',
            },
          },
        ),
      ],
    },
    late: {
      aim: 'Consolidate mastery, self-esteem and the new network.',
      strategies: [
        strategy(
          'transition-review-mastery',
          'Review what has been handled so far',
          ['clarification'],
          [SKL],
          {
            prompts: [
              'What have you managed that you could not have pictured two months ago?',
              'What does that say about what you can do?',
            ],
            task: {
              what: 'Write down three things you now handle in {new}',
              when: 'before next session',
              smaller: 'Write down one thing you now handle',
            },
          },
        ),
        strategy(
          'transition-new-network',
          'Take stock of the new network and make contact regular',
          ['direct-elicitation', 'decision-analysis'],
          [SUP],
          {
            prompts: [
              'Who is in your corner now?',
              'Which contact would you like to become regular?',
            ],
            task: {
              what: 'Make a group or activity regular',
              with: 'people in the new setting',
              when: 'on a set day each week',
              smaller: 'Go once more to the group or activity',
            },
          },
        ),
        strategy(
          'transition-plan-next-steps',
          'Plan the next steps of the change',
          ['decision-analysis'],
          [SUP, SKL],
          {
            prompts: [
              'What change is still ahead, and how will you meet it?',
              'Who will you turn to when it gets hard?',
            ],
            scaffold: 'decision-analysis',
            task: {
              what: 'Plan the next step of the change, with a date',
              when: 'before next session',
              smaller: 'Name the next step, without a date yet',
            },
          },
        ),
      ],
    },
  },
  progressSigns: [
    'A balanced view of the old and new roles',
    'Rising sense of competence',
    'A new network forming',
  ],
};
