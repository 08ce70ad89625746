/**
 * Follow-up questions for a second pass through a strategy (issue 11 item 2): the first pass's
 * questions are not asked again; these start from what changed since. `{who}` is the focus
 * person, `{since}` "session N". Our own wording.
 */
import type { ProblemArea } from '../types';

export const SECOND_PASS: Record<ProblemArea, readonly string[]> = {
  grief: [
    'What has changed in how you think of {who} since we last went through this, in {since}?',
    'What came up afterwards that you did not say here?',
    'What feels different now when you remember {who}?',
    'What is still the hardest part to put into words?',
  ],
  'role-dispute': [
    'What has changed between you and {who} since we last worked on this, in {since}?',
    'What did you try since then, and how did {who} respond?',
    'Where are you both now on what each of you wants?',
    'What would you do differently if it came up again tomorrow?',
  ],
  'role-transition': [
    'What has changed in how you see the old and the new role since {since}?',
    'What have you tried in the new role since then, and how did it go?',
    'What do you miss less now, and what do you still miss?',
    'What has surprised you about the new role since we last talked about it?',
  ],
  'interpersonal-deficits': [
    'What has changed with people since we last worked on this, in {since}?',
    'What did you try since then, and what did you notice in yourself as you did?',
    'What felt easier this time, and what still felt hard?',
    'What did you notice here, with me, when we talked about it last time?',
  ],
};

/** Two follow-ups for the pass after `ledBefore`, rotating so passes in one course differ. */
export function secondPassQuestions(area: ProblemArea, ledBefore: number, week: number): string[] {
  const list = SECOND_PASS[area];
  const start = (week % 2) * 2;
  return [list[start], list[start + 1]]
    .filter((q): q is string => q !== undefined)
    .map((q) => q.replaceAll('{since}', `session ${ledBefore}`));
}
