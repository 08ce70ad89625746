/**
 * Step-by-step scaffolds for the techniques that need more than a name (ipt-reference.md
 * section 5; issue 11 item 2). `{with}` is who the exchange or rehearsal is with.
 */
import type { ScaffoldId } from './content-types';

export const SCAFFOLDS: Record<ScaffoldId, { label: string; steps: string[] }> = {
  'communication-analysis': {
    label: 'Communication analysis',
    steps: [
      'Pick one recent, charged exchange with {with}.',
      'Line by line: what was said, what was meant, what {with} seemed to hear, what each felt.',
      'Find where it went wrong: a hint not heard, a silence, an outburst, an unspoken expectation.',
      'Alternatives: what else could be said at that point, and how might it land?',
    ],
  },
  'decision-analysis': {
    label: 'Decision analysis',
    steps: [
      'Options: list them all, even the unwelcome ones.',
      'Consequences: what would each likely bring, for the client and for others?',
      'Choice: which one to try first.',
      'First step: what exactly, with whom, and when.',
    ],
  },
  'role-play': {
    label: 'Role play',
    steps: [
      'Set-up: the scene and the opening line; the therapist plays {with}.',
      'Rehearse: the client says it their way, then again with one change.',
      'Swap: the client plays {with}, the therapist plays the client.',
      'Debrief: what felt right, what to keep, what to change before trying it for real.',
    ],
  },
  'encouragement-of-affect': {
    label: 'Encouragement of affect',
    steps: [
      'Notice the feeling as it shows (voice, face, silence) and name it gently.',
      'Let it stay without rushing to fix it.',
      'Ask what the feeling says about what was needed or lost in the relationship.',
    ],
  },
  clarification: {
    label: 'Clarification',
    steps: [
      "Reflect back what you hear, in the client's words, and check it.",
      'Point out contradictions gently, such as a picture that is all good or all bad.',
      'Sum up what is now clearer.',
    ],
  },
};

/** The scaffold lines of a technique, prefixed by its name on the first line. */
export function scaffoldLines(id: ScaffoldId): string[] {
  const { label, steps } = SCAFFOLDS[id];
  return steps.map((s, i) => (i === 0 ? `${label}. ${s}` : s));
}
