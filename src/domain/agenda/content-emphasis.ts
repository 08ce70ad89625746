/**
 * What an emphasised mechanism adds to a middle week (issue 11 item 3): a question in the focus
 * work and a task. Minutes move toward the strategies serving it (generate-middle.ts); the plan's
 * order is unchanged, so emphasis never lowers the time a course spends on its mechanism.
 */
import type { Mechanism } from '../types';
import type { TaskIdea } from './content-types';

export const EMPHASIS: Record<Mechanism, { question: string; task: TaskIdea }> = {
  'social-support': {
    question:
      'Emphasis, social support: who could you tell about what we worked on today, and what would you ask of them?',
    task: {
      what: "Tell one person one thing from this week's work, and ask for something small",
      with: 'someone you trust',
      when: 'this week',
      smaller: 'Name who you could tell',
    },
  },
  'processing-emotions': {
    question:
      'Emphasis, emotions: what did you feel as we worked on this, and what does that feeling tell you?',
    task: {
      what: 'Note one strong feeling each day and what was happening with people at the time',
      when: 'each evening this week',
      smaller: 'Note one strong feeling this week',
    },
  },
  'interpersonal-stress': {
    question:
      'Emphasis, interpersonal stress: which daily strain with people could ease this week, and what would ease it?',
    task: {
      what: 'Take one step that lowers a daily strain with someone',
      when: 'this week',
      smaller: 'Name the strain and the step',
    },
  },
  'interpersonal-skills': {
    question: 'Emphasis, skills: what words would you use to say what you need, here and now?',
    task: {
      what: 'Say one need directly, in "I" terms',
      with: 'someone close',
      when: 'this week',
      smaller: 'Write down the sentence you would say',
    },
  },
};

/** The share of the focus minutes for the serving strategy when only one of the two serves it. */
export const EMPHASIS_SHARE = 0.65;
/** The usual split between the lead and the supporting strategy. */
export const LEAD_SHARE = 0.6;
