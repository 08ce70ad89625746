/**
 * Who the focus work addresses, per problem area (issue 11 item 2): in grief the person who died
 * and the relationship with them, in a dispute the other party, in a transition the old and new
 * role (never a person), in deficits isolation and the therapeutic relationship.
 */
import type { ProblemArea } from '../types';

/** Longer labels are descriptions, not names: tasks fall back to the area's plain words. */
const MAX_LABEL = 24;

const FALLBACK: Record<ProblemArea, string> = {
  grief: 'the person who died',
  'role-dispute': 'the other person',
  'role-transition': 'the other person',
  'interpersonal-deficits': 'the other person',
};

/**
 * The focus person in words a client understands inside a sentence: "partner" → "your partner",
 * a name stays a name; a long description, or no label, gives the area's plain words.
 */
export function whoWords(area: ProblemArea, label?: string): string {
  const text = label?.trim() ?? '';
  if (text === '' || text.length > MAX_LABEL || /[,;()/]/.test(text)) return FALLBACK[area];
  if (area === 'role-transition' || area === 'interpersonal-deficits') return FALLBACK[area];
  const first = text.charAt(0);
  if (first !== first.toLowerCase()) return text;
  const bare = text.replace(/^(my|your|the|a|an)\s+/i, '');
  return `your ${bare}`;
}

/** The line that opens the focus work and says who (or what) it is about. */
export function focusLine(area: ProblemArea, label?: string): string {
  const who = whoWords(area, label);
  switch (area) {
    case 'grief':
      return `The death of ${who} and the whole relationship with them, good and bad (past tense: they have died).`;
    case 'role-dispute':
      return `The other side of the dispute: ${who}.`;
    case 'role-transition':
      return "The change from the old role to the new one, in the client's own words for each.";
    case 'interpersonal-deficits':
      return 'Isolation and the repeating pattern with people, seen also here with the therapist.';
  }
}

export interface Fill {
  who: string;
  with?: string;
}

/** Replaces the placeholders of a library line: `{who}`, `{with}`, `{old}`, `{new}`. */
export function fillLine(line: string, fill: Fill): string {
  return line
    .replaceAll('{who}', fill.who)
    .replaceAll('{with}', fill.with ?? fill.who)
    .replaceAll('{old}', 'the old role')
    .replaceAll('{new}', 'the new role');
}

/** A task as one sentence a client can read: what, with whom, when. */
export function taskSentence(
  task: { what: string; with?: string; when: string },
  fill: Fill,
): string {
  const what = fillLine(task.what, fill);
  const whom = task.with ? fillLine(task.with, fill) : '';
  // Never "Reconnect with a friend, with a friend": the person is named once
  const named = task.what.includes('{who}') || what.toLowerCase().includes(whom.toLowerCase());
  const withWhom = whom && !named ? `, with ${whom}` : '';
  const filled = `${what}${withWhom}, ${fillLine(task.when, fill)}`;
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}
