/**
 * Grief (complicated bereavement), ipt-agenda-content.md 2.1. The work is on the death and the
 * relationship with the person who died (`{who}`), always in the past tense: never a relationship
 * "with" them now. Prompts and titles are our own wording.
 */
import { EMO, SKL, SUP, strategy } from './content-types';
import type { AreaContent } from './content-types';

export const GRIEF: AreaContent = {
  key: 'grief',
  label: 'Grief',
  steps: {
    early: {
      aim: 'Let mourning start: tell the story of the death and the time around it.',
      strategies: [
        strategy(
          'grief-retell-death',
          'Retell the time before, during and after the death',
          ['nondirective-exploration', 'direct-elicitation'],
          [EMO],
          {
            prompts: [
              'Take me back to the last weeks: what was happening between you and {who}?',
              'What was the last real conversation you had with {who}?',
              'What happened on the day, and in the days after?',
            ],
            task: {
              what: 'Look through photos or keepsakes of {who} and note what comes up',
              when: 'one evening this week',
              smaller: 'Pick out one photo of {who} and bring it next time',
            },
          },
        ),
        strategy(
          'grief-name-feelings',
          'Name the feelings that come while telling it',
          ['encouragement-of-affect'],
          [EMO],
          {
            prompts: [
              'What are you feeling as you tell me this?',
              'Which feeling about the death is hardest to let yourself have?',
            ],
            scaffold: 'encouragement-of-affect',
            task: {
              what: 'Write down three memories of {who}, and the feeling each one brings',
              when: 'before next session',
              smaller: 'Write down one memory of {who}',
            },
          },
        ),
        strategy(
          'grief-vs-depression',
          'Separate grief from depression; link mood to the loss',
          ['psychoeducation', 'mood-event-linking'],
          [EMO, SUP],
          {
            prompts: [
              'Since the death, when has your mood been lowest, and what was happening then?',
              'Who have you been able to talk to about {who}?',
            ],
            task: {
              what: 'Tell one story about {who}',
              with: 'one trusted person',
              when: 'this week',
              smaller: 'Name the person you could tell, and what stops you',
            },
          },
        ),
      ],
    },
    mid: {
      aim: 'Rebuild a balanced picture of the whole relationship; surface avoided guilt, anger or regret.',
      strategies: [
        strategy(
          'grief-whole-relationship',
          'Go through the relationship from its start, good and bad sides',
          ['direct-elicitation', 'clarification'],
          [EMO],
          {
            prompts: [
              'How did the relationship with {who} begin, and how did it change over the years?',
              'What did you love in {who}, and what drove you mad?',
            ],
            scaffold: 'clarification',
            task: {
              what: 'Visit a place that mattered to you and {who}',
              when: 'one day this week',
              smaller: 'Choose the place and the day, and tell me next time',
            },
          },
        ),
        strategy(
          'grief-should-haves',
          'Explore the "should haves", guilt and avoided anger',
          ['encouragement-of-affect', 'clarification'],
          [EMO],
          {
            prompts: [
              'What do you wish had gone differently before the death?',
              'If you let yourself be angry with {who}, what would it be about?',
              'What is hard to admit about how things really were?',
            ],
            scaffold: 'encouragement-of-affect',
            task: {
              what: 'Write down what you wish you had said to {who}',
              when: 'before next session',
              smaller: 'Write one sentence you wish you had said to {who}',
            },
          },
        ),
        strategy(
          'grief-unsent-letter',
          'Optional: plan an unsent letter (a grief-counselling aid, one session at most)',
          ['encouragement-of-affect'],
          [EMO],
          {
            prompts: [
              'If you wrote to {who} now, what would you most want to say?',
              'What would be the hardest line to write?',
            ],
            task: {
              what: 'Write the unsent letter to {who} and bring it if you wish',
              when: 'one quiet evening',
              smaller: 'Write only the first lines of the letter',
            },
          },
        ),
      ],
    },
    late: {
      aim: 'Re-engage: find people and activities that partly fill the gap; prepare for anniversaries.',
      strategies: [
        strategy(
          'grief-fill-roles',
          'Re-check the inventory: who could take on part of what {who} did',
          ['direct-elicitation', 'decision-analysis'],
          [SUP],
          {
            prompts: [
              'What did {who} do in your life that nobody does now?',
              'Who could you lean on for part of that?',
            ],
            scaffold: 'decision-analysis',
            task: {
              what: 'Make or accept one invitation',
              with: 'a friend or relative',
              when: 'this week',
              smaller: 'Reply to one message from a friend or relative',
            },
          },
        ),
        strategy(
          'grief-restart-activity',
          'Weigh the lapsed activities and interests to take up again',
          ['decision-analysis'],
          [SUP],
          {
            prompts: [
              'What have you dropped since the death that you would like back?',
              'Which of these would put you among other people?',
            ],
            task: {
              what: 'Restart one lapsed activity',
              when: 'on a set day this week',
              smaller: 'Find out when and where the activity now takes place',
            },
          },
        ),
        strategy(
          'grief-rehearse-reaching-out',
          'Role-play reaching out; plan the anniversary with someone',
          ['role-play'],
          [SKL, SUP],
          {
            prompts: [
              'How do you want to spend the anniversary, and with whom?',
              'What would you say when you call them?',
            ],
            scaffold: 'role-play',
            scaffoldWho: 'the person you will contact',
            task: {
              what: 'Plan the anniversary or another hard date',
              with: 'a named support',
              when: 'before next session',
              smaller: 'Name who you would want with you on that date',
            },
          },
        ),
      ],
    },
  },
  progressSigns: [
    'Talks about the person who died with a range of feeling',
    'Holds a realistic view of them, neither idealised nor harsh',
    'Contact with other people is rising',
  ],
};
