/**
 * Role dispute at impasse (ipt-agenda-content.md 2.3): talks with `{who}` have stalled. Reopening
 * may raise conflict for a while; abuse and safety are screened before any task that reopens it.
 */
import { EMO, SKL, STR, SUP, strategy } from './content-types';
import type { AreaContent } from './content-types';
import { DISPUTE_SIGNS } from './content-middle-dispute';

export const DISPUTE_IMPASSE: AreaContent = {
  key: 'role-dispute:impasse',
  label: 'Role dispute: impasse',
  steps: {
    early: {
      aim: 'Understand why the talks with {who} stalled and what is at stake; reach the feelings being avoided.',
      strategies: [
        strategy(
          'impasse-past-attempts',
          'The history of past attempts with {who}',
          ['direct-elicitation'],
          [STR],
          {
            prompts: [
              'When did you and {who} stop trying, and what happened?',
              'What does leaving it as it is cost you?',
            ],
            task: {
              what: 'Note the moments you avoid the subject with {who}',
              when: 'as they happen this week',
              smaller: 'Note one such moment',
            },
          },
        ),
        strategy(
          'impasse-fear-and-anger',
          'Fear and anger behind the silence',
          ['encouragement-of-affect', 'clarification'],
          [EMO],
          {
            prompts: [
              'What are you angriest about?',
              'What do you fear if you raise it with {who} again?',
            ],
            scaffold: 'encouragement-of-affect',
            task: {
              what: 'Write what you actually want from {who}',
              when: 'before next session',
              smaller: 'Write one thing you want from {who}',
            },
          },
        ),
        strategy(
          'impasse-warn-and-screen',
          'Warn that reopening may raise conflict for a while; check safety',
          ['psychoeducation', 'direct-elicitation'],
          [STR],
          {
            prompts: [
              'If you raised it and things got heated, what might happen?',
              'Is there anyone who would support you if it became difficult?',
            ],
            task: {
              what: 'Name one person you could turn to if things get heated',
              when: 'before next session',
              smaller: 'Think of one such person',
            },
          },
        ),
      ],
    },
    mid: {
      aim: 'Move toward renegotiation or a considered decision to end.',
      strategies: [
        strategy(
          'impasse-weigh-paths',
          'Decision analysis: reopen, accept, a joint session, or leave',
          ['decision-analysis'],
          [STR, SKL],
          {
            prompts: [
              'What are all the options, even ones you dislike?',
              'Would it help to have {who} join a session, once it is safe to ask?',
            ],
            scaffold: 'decision-analysis',
            task: {
              what: 'Ask {who} what they want',
              with: '{who}',
              when: 'at a calm moment this week',
              smaller: 'Decide when you could ask',
              reopens: true,
            },
          },
        ),
        strategy(
          'impasse-rehearse-opening',
          'Role play: the first sentence that reopens the talk',
          ['role-play'],
          [SKL],
          {
            prompts: [
              'What first sentence would reopen this with {who}?',
              'What would make it safe enough to try?',
            ],
            scaffold: 'role-play',
            task: {
              what: 'Raise the issue once with {who}, using the rehearsed opening',
              with: '{who}',
              when: 'this week',
              smaller: 'Say the opening line aloud at home',
              reopens: true,
            },
          },
        ),
        strategy(
          'impasse-analyse-standoff',
          'Communication analysis of the silence itself',
          ['communication-analysis'],
          [STR, SKL],
          {
            prompts: [
              'When did you and {who} last nearly talk about it?',
              'What stopped you both at that moment?',
            ],
            scaffold: 'communication-analysis',
            task: {
              what: 'Notice one moment the silence with {who} could have been broken, and what you felt',
              when: 'this week',
              smaller: 'Notice one such moment',
            },
          },
        ),
      ],
    },
    late: {
      aim: 'Re-stage the dispute, then carry on as at renegotiation or dissolution.',
      strategies: [
        strategy(
          'impasse-restage',
          'Re-rate the stage: talking, stuck or ending?',
          ['clarification', 'decision-analysis'],
          [STR],
          {
            prompts: [
              'Where are things with {who} now: talking, stuck or ending?',
              'What would tell you the stage has changed?',
            ],
            scaffold: 'clarification',
            task: {
              what: 'Hold a follow-up talk',
              with: '{who}',
              when: 'this week',
              smaller: 'Tell {who} you would like to talk again',
              reopens: true,
            },
          },
        ),
        strategy(
          'impasse-review-change',
          'Review what changed in the standoff',
          ['clarification'],
          [SKL],
          {
            prompts: [
              'What have you done differently with the standoff, and what came back?',
              'What surprised you about how {who} responded?',
            ],
            task: {
              what: 'Write down what has changed with {who} since we started',
              when: 'before next session',
              smaller: 'Name one thing that changed',
            },
          },
        ),
        strategy(
          'impasse-line-up-support',
          'Line up support for either path',
          ['decision-analysis'],
          [SUP, STR],
          {
            prompts: [
              'What support will you need, whichever way it goes?',
              'Who already knows what you are going through?',
            ],
            scaffold: 'decision-analysis',
            task: {
              what: 'Arrange outside support',
              with: 'a friend, relative or service',
              when: 'this week',
              smaller: 'Name who or what that support could be',
            },
          },
        ),
      ],
    },
  },
  progressSigns: DISPUTE_SIGNS,
};
