/**
 * Interpersonal deficits / sensitivity (ipt-agenda-content.md 2.6): long-standing isolation or few
 * lasting attachments. The work is on the pattern with people and on isolation, seen also in the
 * therapeutic relationship; there is no single other person.
 */
import { EMO, SKL, SUP, strategy } from './content-types';
import type { AreaContent } from './content-types';

export const DEFICITS_CAUTION =
  'Outcomes are weaker for interpersonal deficits / sensitivity: the mid-course review comes earlier; if there is little change, consider medication or another treatment.';

export const INTERPERSONAL_DEFICITS: AreaContent = {
  key: 'interpersonal-deficits',
  label: 'Interpersonal deficits / sensitivity',
  caution: DEFICITS_CAUTION,
  steps: {
    early: {
      aim: 'Find the repeating pattern; set small, concrete social targets.',
      strategies: [
        strategy(
          'deficits-past-relationships',
          'Review the best and worst past relationships',
          ['direct-elicitation'],
          [EMO],
          {
            prompts: [
              'What made your closest relationship work?',
              'How has being on your own affected your mood?',
            ],
            task: {
              what: 'Note one brief contact a day and your mood around it',
              when: 'each day this week',
              smaller: 'Note one contact this week',
            },
          },
        ),
        strategy(
          'deficits-breakdown-point',
          'Locate where contact breaks down',
          ['clarification'],
          [SKL, EMO],
          {
            prompts: [
              'Where do things usually go wrong when you get to know someone?',
              'What happens inside just before you pull back?',
            ],
            scaffold: 'clarification',
            task: {
              what: 'Make one small contact, such as greeting a neighbour',
              with: 'a neighbour or colleague',
              when: 'this week',
              smaller: 'Nod or smile at one person',
            },
          },
        ),
        strategy(
          'deficits-pattern-in-room',
          'Notice the pattern here, with the therapist',
          ['therapeutic-relationship'],
          [SKL, EMO],
          {
            prompts: [
              'What is it like talking with me here?',
              'Is there anything you have held back from saying to me?',
            ],
            task: {
              what: 'Notice one moment you wanted to pull back from someone, and what you felt',
              when: 'this week',
              smaller: 'Notice one such moment',
            },
          },
        ),
      ],
    },
    mid: {
      aim: 'Build skills through graded social steps.',
      strategies: [
        strategy(
          'deficits-analyse-small-talk',
          'Communication analysis of a small interaction',
          ['communication-analysis'],
          [SKL],
          {
            prompts: [
              'Walk me through a recent short chat: who said what?',
              'What could have kept that chat going?',
            ],
            scaffold: 'communication-analysis',
            scaffoldWho: 'the other person',
            task: {
              what: 'Start one conversation',
              with: 'someone you see regularly',
              when: 'this week',
              smaller: 'Ask one person one question',
            },
          },
        ),
        strategy(
          'deficits-rehearse-conversation',
          'Role play: starting and keeping up a conversation, inviting, disclosing a little',
          ['role-play'],
          [SKL, SUP],
          {
            prompts: [
              'Whom would you like to invite, and to what?',
              'What would you say about yourself, just a little, if they asked?',
            ],
            scaffold: 'role-play',
            scaffoldWho: 'someone you would like to know better',
            task: {
              what: 'Accept or make one invitation',
              with: 'someone you would like to know better',
              when: 'this week',
              smaller: 'Say yes to one small offer',
            },
          },
        ),
        strategy(
          'deficits-feedback-in-room',
          'Feedback in the room: the therapeutic relationship',
          ['therapeutic-relationship', 'encouragement-of-affect'],
          [SKL, EMO],
          {
            prompts: [
              'What did you notice in me when you said that?',
              'What did you hold back just now?',
            ],
            scaffold: 'encouragement-of-affect',
            task: {
              what: 'Contact an old friend',
              with: 'an old friend',
              when: 'this week',
              smaller: "Find the old friend's number or address",
            },
          },
        ),
      ],
    },
    late: {
      aim: 'Deepen one or two ties; plan support that does not depend on therapy.',
      strategies: [
        strategy(
          'deficits-choose-confidant',
          'Choose a potential confidant',
          ['decision-analysis'],
          [SUP],
          {
            prompts: [
              'Who could become someone you confide in?',
              'What is the next step with them?',
            ],
            scaffold: 'decision-analysis',
            task: {
              what: 'Share one personal thing',
              with: 'your chosen person',
              when: 'this week',
              smaller: 'Share one opinion with your chosen person',
            },
          },
        ),
        strategy(
          'deficits-plan-regular-contact',
          'Plan regular contact',
          ['decision-analysis'],
          [SUP],
          {
            prompts: [
              'Which contact could become weekly?',
              'What has got in the way of regular contact before?',
            ],
            task: {
              what: 'Set up a regular social commitment',
              with: 'a group or a friend',
              when: 'on a set day each week',
              smaller: 'Find one regular group or meeting',
            },
          },
        ),
        strategy(
          'deficits-ending-therapy-tie',
          'Anticipate the end of the therapy relationship',
          ['therapeutic-relationship', 'role-play'],
          [SUP, EMO],
          {
            prompts: [
              'How will you keep contact going when we stop?',
              'What will you miss about coming here?',
            ],
            scaffold: 'role-play',
            scaffoldWho: 'a friend you tell about the week',
            task: {
              what: 'Tell someone how your week went, as you do here',
              with: 'your chosen person',
              when: 'this week',
              smaller: 'Tell someone one thing about your week',
            },
          },
        ),
      ],
    },
  },
  progressSigns: ['More contacts, more ease with people', 'At least one confidant'],
};
