/**
 * Middle-phase progression for interpersonal deficits / sensitivity (ipt-agenda-content.md 2.6),
 * used only when no other area fits. Outcomes are weaker here, hence the caution.
 */
import { EMO, SKL, STR, SUP, strategy } from './content-types';
import type { AreaContent } from './content-types';

export const DEFICITS_CAUTION =
  'Outcomes are weaker for interpersonal deficits: watch progress closely, consider bringing the mid-course review forward, and consider medication or another treatment if there is little change.';

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
        ),
        strategy(
          'deficits-breakdown-point',
          'Locate where contact usually breaks down',
          ['clarification'],
          [SKL],
        ),
        strategy(
          'deficits-pattern-in-room',
          'Notice the pattern as it shows with the therapist',
          ['therapeutic-relationship'],
          [EMO, SKL],
        ),
      ],
      prompts: [
        'What made your closest relationship work?',
        'Where do things usually go wrong when you get to know someone?',
        'What happens inside just before you pull back?',
        'What is it like talking with me here?',
      ],
      tasks: [
        'Note one brief contact a day and the mood around it',
        'Make one small contact, such as greeting a neighbour',
      ],
    },
    mid: {
      aim: 'Build skills through graded social steps.',
      strategies: [
        strategy(
          'deficits-analyse-small-talk',
          'Communication analysis of one small interaction',
          ['communication-analysis'],
          [SKL],
        ),
        strategy(
          'deficits-rehearse-conversation',
          'Role-play starting and keeping up a conversation, inviting, disclosing a little',
          ['role-play'],
          [SKL, SUP],
        ),
        strategy(
          'deficits-feedback-in-room',
          'Give feedback on how the client comes across here',
          ['therapeutic-relationship'],
          [SKL],
        ),
      ],
      prompts: [
        'Walk me through that chat.',
        'What could have kept it going?',
        'What did you hold back?',
        'What did you notice in me when you said that?',
      ],
      tasks: ['Start one conversation', 'Accept one invitation', 'Contact an old friend'],
    },
    late: {
      aim: 'Deepen one or two ties; plan support that does not depend on therapy.',
      strategies: [
        strategy(
          'deficits-choose-confidant',
          'Choose a potential confidant and the next step with them',
          ['decision-analysis'],
          [SUP],
        ),
        strategy(
          'deficits-plan-regular-contact',
          'Plan regular contact that will outlast therapy',
          ['decision-analysis', 'role-play'],
          [SUP],
        ),
        strategy(
          'deficits-ending-therapy-tie',
          'Anticipate the loss of the therapy relationship',
          ['therapeutic-relationship'],
          [SUP, STR],
        ),
      ],
      prompts: [
        'Who could become someone you confide in?',
        'What is the next step with them?',
        'How will you keep contact going when we stop?',
      ],
      tasks: ['Set up a regular social commitment', 'Share one personal thing with one person'],
    },
  },
  progressSigns: ['More contacts', 'More ease with people', 'At least one confidant'],
};
