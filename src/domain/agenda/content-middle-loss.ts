/**
 * Middle-phase progressions for grief and role transition
 * (ipt-agenda-content.md sections 2.1 and 2.5). Prompts and titles are our own wording.
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
        ),
        strategy(
          'grief-name-feelings',
          'Name feelings as they come up while telling it',
          ['encouragement-of-affect'],
          [EMO],
        ),
        strategy(
          'grief-vs-depression',
          'Separate grief from depression; link mood to the loss',
          ['psychoeducation', 'mood-event-linking'],
          [EMO, SUP],
        ),
      ],
      prompts: [
        'Take me back to those last weeks: what was happening between the two of you?',
        'What was the last real conversation you had?',
        'Who have you been able to talk to about them?',
        'What are you feeling as you tell me this?',
      ],
      tasks: [
        'Look through photos or keepsakes and note what comes up',
        'Write down three memories of them',
        'Tell one trusted person a story about them',
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
        ),
        strategy(
          'grief-should-haves',
          'Explore the "should haves" and avoided anger',
          ['encouragement-of-affect', 'clarification'],
          [EMO],
        ),
        strategy(
          'grief-unsent-letter',
          'Plan an unsent letter to the person',
          ['encouragement-of-affect'],
          [EMO],
        ),
      ],
      prompts: [
        'What did you love about them, and what drove you mad?',
        'What do you wish had gone differently?',
        'If you let yourself be angry with them, what would it be about?',
        'What is hard to admit about how things really were?',
      ],
      tasks: [
        'Visit a place that mattered to you both',
        'Write the unsent letter',
        'Mark a date that matters, with someone',
      ],
    },
    late: {
      aim: 'Re-engage: find people and activities that partly fill the gap; prepare for anniversaries.',
      strategies: [
        strategy(
          'grief-fill-roles',
          'Re-check the inventory for who could take on part of their roles',
          ['direct-elicitation', 'decision-analysis'],
          [SUP],
        ),
        strategy(
          'grief-weigh-options',
          'Weigh ways of re-engaging with people and activities',
          ['decision-analysis'],
          [SUP],
        ),
        strategy(
          'grief-rehearse-reaching-out',
          'Role-play reaching out to someone',
          ['role-play'],
          [SKL, SUP],
        ),
      ],
      prompts: [
        'What did they do in your life that nobody does now?',
        'Who could you lean on for part of that?',
        'What have you dropped since the death that you would like back?',
        'How do you want to spend the anniversary, and with whom?',
      ],
      tasks: [
        'Restart one lapsed activity',
        'Make or accept one invitation',
        'Plan the anniversary with a named support',
      ],
    },
  },
  progressSigns: [
    'Talks about the person with a range of feeling',
    'Holds a realistic view of them, neither idealised nor harsh',
    'Contact with other people is rising',
  ],
};

export const ROLE_TRANSITION: AreaContent = {
  key: 'role-transition',
  label: 'Role transition',
  steps: {
    early: {
      aim: 'Name the change and its timeline; mourn the old role.',
      strategies: [
        strategy(
          'transition-timeline',
          'Draw the timeline of the change',
          ['nondirective-exploration'],
          [EMO],
        ),
        strategy(
          'transition-old-role-gains',
          'What the old role gave: identity, routine, people, standing',
          ['clarification', 'encouragement-of-affect'],
          [EMO],
        ),
        strategy(
          'transition-idealising-check',
          'Check for idealising the old role',
          ['clarification'],
          [EMO],
        ),
      ],
      prompts: [
        'What did the old role give you that you miss?',
        'What downsides are easy to forget now?',
        'What happened to your relationships when things changed?',
      ],
      tasks: ['Write the pros and cons of the old role', 'Talk with someone who knew you in it'],
    },
    mid: {
      aim: 'See the new role realistically, including what it offers; name the skills and supports it needs.',
      strategies: [
        strategy(
          'transition-new-role-pros-cons',
          'Weigh the pros and cons of the new role',
          ['decision-analysis'],
          [SKL, SUP],
        ),
        strategy(
          'transition-skill-gaps',
          'Find the skill gaps and the people in the new setting',
          ['direct-elicitation'],
          [SUP, SKL],
        ),
        strategy(
          'transition-rehearse-unfamiliar',
          'Role-play an unfamiliar exchange, such as asking for help',
          ['role-play'],
          [SKL],
        ),
      ],
      prompts: [
        'What does the new situation ask of you that is new?',
        'Is there anything in it you might come to value?',
        'Who there could you get to know?',
        'What would you need to learn to feel competent?',
      ],
      tasks: [
        'Gather information about a course, group or service',
        'Contact one person in the new setting',
        'Practise one skill',
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
        ),
        strategy(
          'transition-plan-next-steps',
          'Plan the next steps of the change',
          ['decision-analysis'],
          [SUP, SKL],
        ),
      ],
      prompts: [
        'What have you managed that you could not have pictured two months ago?',
        'Who is in your corner now?',
        'What change is still ahead, and how will you meet it?',
      ],
      tasks: ['Make a group or activity regular', 'Plan the next step of the change'],
    },
  },
  progressSigns: [
    'A balanced view of old and new roles',
    'Rising sense of competence',
    'A new network forming',
  ],
};
