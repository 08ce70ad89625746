/**
 * Whose voice a goal is written in. Client handouts (the end-of-treatment summary and its letter)
 * speak to the client as "you" and quote the course's goals as typed; a goal written about the
 * client ("She will…", "Client to…") would read oddly there. The app never rewrites it: it only
 * tells the therapist at the goal's field (issue 12 item 5).
 */
import { escapeRegExp } from '../privacy';

/** The warning shown at a goal written about the client. */
export const THIRD_PERSON_GOAL_WARNING =
  'This goal is written about the client; the handout speaks to them as “you”. Rewrite it in their words if it goes on a handout.';

/** Openings that make a goal a sentence about the client, not one they would say. */
const OPENING =
  /^\s*(?:she|he|they|s\/he|the\s+client|client|the\s+patient|patient|pt|service\s+user|su)(?![\p{L}\p{N}_])/iu;

/** Words that refer to the client in the third person wherever they stand. */
const ANYWHERE = /(?<![\p{L}\p{N}_])(?:client|patient|herself|himself|themself)(?![\p{L}\p{N}_])/iu;

/** True when `goal` opens with one of the client's recorded names ("Maria will…"). */
function opensWithName(goal: string, fullName: string | undefined): boolean {
  const names = (fullName ?? '')
    .split(/\s+/)
    .map((n) => n.trim())
    .filter((n) => n.length > 1);
  if (names.length === 0) return false;
  const pattern = new RegExp(
    `^\\s*(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`,
    'iu',
  );
  return pattern.test(goal);
}

/**
 * True when `goal` is written about the client rather than in their voice: it opens with a
 * third-person subject ("She will…", "He…", "They…", "Client to…", "The patient…", or one of the
 * client's recorded names), or it names the client as "client", "patient" or "herself"/"himself".
 * A goal in the first person or without a subject ("Call my sister weekly") is not. Nothing is
 * changed: callers warn and leave the text as typed.
 */
export function isThirdPersonGoal(goal: string, clientName?: string): boolean {
  if (goal.trim() === '') return false;
  return OPENING.test(goal) || ANYWHERE.test(goal) || opensWithName(goal, clientName);
}

/** The warning for each goal (undefined where the goal speaks in the client's voice), in order. */
export function goalVoiceWarnings(
  goals: readonly string[],
  clientName?: string,
): (string | undefined)[] {
  return goals.map((g) =>
    isThirdPersonGoal(g, clientName) ? THIRD_PERSON_GOAL_WARNING : undefined,
  );
}
