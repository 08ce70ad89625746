/**
 * Middle-phase progression for a role dispute that is ending (ipt-agenda-content.md 2.4): the
 * separation is supported much as a role transition.
 */
import { DISPUTE_SIGNS } from './content-middle-dispute';
import { EMO, SKL, STR, SUP, strategy } from './content-types';
import type { AreaContent } from './content-types';

export const DISPUTE_DISSOLUTION: AreaContent = {
  key: 'role-dispute:dissolution',
  label: 'Role dispute: dissolution',
  steps: {
    early: {
      aim: 'Check the decision is considered and not depressive hopelessness; start mourning.',
      strategies: [
        strategy(
          'dissolution-review-relationship',
          'Review the relationship as a whole',
          ['direct-elicitation'],
          [EMO],
        ),
        strategy(
          'dissolution-test-decision',
          'Test the decision against the depression; check practical safety',
          ['decision-analysis'],
          [EMO, STR],
        ),
        strategy(
          'dissolution-allow-feelings',
          'Allow grief, anger and relief',
          ['encouragement-of-affect'],
          [EMO],
        ),
      ],
      prompts: [
        'How did you reach the view that it is over?',
        'If your mood were better, would you see it the same way?',
        'What are you losing, and what are you glad to be free of?',
        'What has been hardest to say aloud?',
      ],
      tasks: ['List the losses and the gains', 'Tell one trusted person about the decision'],
    },
    mid: {
      aim: 'Manage the separation practically and emotionally, as a role transition.',
      strategies: [
        strategy(
          'dissolution-analyse-separation-talk',
          'Analyse one separation conversation',
          ['communication-analysis'],
          [SKL, STR],
        ),
        strategy(
          'dissolution-rehearse-boundaries',
          'Role-play boundaries and the contact still needed (children, work)',
          ['role-play'],
          [SKL],
        ),
        strategy(
          'dissolution-practical-steps',
          'Plan the practical steps',
          ['decision-analysis'],
          [STR],
        ),
      ],
      prompts: [
        'What contact will still be needed, and how do you want it to go?',
        'What is the hardest conversation left?',
        'What did you give up in the relationship that you can reclaim?',
      ],
      tasks: ['One boundary-setting exchange', 'One practical step, such as a handover'],
    },
    late: {
      aim: 'Build a life beyond the relationship, with new supports and a balanced view.',
      strategies: [
        strategy(
          'dissolution-support-inventory',
          'Take an inventory of supports',
          ['direct-elicitation'],
          [SUP],
        ),
        strategy(
          'dissolution-six-months',
          'Picture life in six months and the steps toward it',
          ['decision-analysis'],
          [SUP],
        ),
        strategy(
          'dissolution-lessons',
          'Draw lessons for future relationships',
          ['clarification'],
          [SKL],
        ),
      ],
      prompts: [
        'Who has been there for you through this?',
        'What do you want life to look like in six months?',
        'What would you do differently next time?',
      ],
      tasks: ['Reconnect with a friend', 'Start one new activity'],
    },
  },
  progressSigns: DISPUTE_SIGNS,
};
