/**
 * The end-of-treatment letter draft: our own warm wording, built only from facts on record, for
 * the therapist to edit. Nothing is invented: a sentence whose facts are missing is left out.
 */
import { numberedSessions } from '../schedule';
import type { ProblemArea } from '../types';
import type { SummaryInput } from './summary';

/** What the work was about, in everyday words (never the problem-area label). */
export const FOCUS_IN_PLAIN_WORDS: Readonly<Record<ProblemArea, string>> = {
  grief: 'coming to terms with a loss',
  'role-dispute': 'a disagreement in an important relationship',
  'role-transition': 'finding your feet after a change in your life',
  'interpersonal-deficits': 'feeling more connected to the people around you',
};

/** The therapist's own lines as a list, each exactly as typed (only surrounding spaces trimmed). */
function asList(lines: readonly string[]): string {
  return lines.map((line) => `• ${line.trim()}`).join('\n');
}

/** Where the name goes when none may be printed: a line the therapist fills in by hand. */
export const NAME_BLANK = '____________';

/** The letter's opening: "Dear Maria," or, with no name to print, "Dear ____________,". */
export function letterSalutation(name: string): string {
  return `Dear ${name.trim() || NAME_BLANK},`;
}

/**
 * A short letter drafted from the record, addressed by `name` (from `handoutName`; "" leaves the
 * name line blank for the therapist to write in, never a code); the therapist edits it before
 * printing. The goals and what helped are the therapist's own words, listed exactly as typed
 * (never lower-cased or cut). The score line runs from the baseline in force to the latest score
 * (the course view's), as the summary does.
 */
export function draftLetter(input: SummaryInput, name: string): string {
  const held = numberedSessions(input.sessions).filter((s) => s.status === 'held').length;
  const count = held > 0 ? held : input.course.length;
  const latest = input.latestPhq9;
  const start = latest && !latest.isBaseline ? latest.baseline : undefined;
  const helped = input.relapsePlan?.helped ?? [];
  const goals = input.course.goals.filter((g) => g.trim() !== '');
  const paragraphs = [
    letterSalutation(name),
    `Over our ${count} sessions we worked together on ${FOCUS_IN_PLAIN_WORDS[input.course.primaryArea]}.`,
    goals.length > 0 ? `The goals you set at the start:\n${asList(goals)}` : '',
    latest && start
      ? `Your score went from ${start.total} at the start to ${latest.measure.total} now.`
      : '',
    helped.some((h) => h.trim() !== '')
      ? `Much of the change came from what you did:\n${asList(helped.filter((h) => h.trim() !== ''))}`
      : 'Much of the change came from what you did between our sessions.',
    'Your plan lists the signs to watch for and what to do first. If things get harder, please get in touch: you do not need to wait until things are bad.',
    'With best wishes,\nYour therapist',
  ];
  return paragraphs.filter((p) => p !== '').join('\n\n');
}
