/**
 * Where a course stands and what to do next (issue 13): the session in focus (today's, else the
 * next one still planned), "Session 5 of 16", and one sentence of what is left for it:
 * "Session 5 today: agenda ready, PHQ-9 due, write-up of session 4 to finish".
 * PHQ-9 is due at every session (ipt-reference.md section 2: "every session is simplest"); a
 * write-up is pending for every earlier session not finalised (writeup/pending.ts).
 */
import { addDays, formatDay } from './dates';
import { sortSessions } from './schedule';
import type { IsoDay, Session } from './types';
import { pendingWriteUps } from './writeup/pending';
import type { SessionWriteUp } from './writeup/types';

export interface CourseProgress {
  /** Today's session, else the next one still planned; undefined when none is left. */
  focus?: Session;
  /** True when the focus session is dated today. */
  today: boolean;
  /** "Session 5 of 16", "Appointment of Mon 9 Nov 2026 (no session number)", or "All 16 sessions past". */
  label: string;
}

/**
 * The session a course is at on `today`: the first still-planned appointment dated today or
 * later (a session already marked held today is done; the next one is in focus).
 */
export function courseProgress(
  sessions: readonly Session[],
  length: number,
  today: IsoDay,
): CourseProgress {
  const focus = sortSessions(sessions).find((s) => s.status === 'planned' && s.date >= today);
  if (!focus) return { today: false, label: `All ${length} sessions past` };
  const label =
    focus.number === null
      ? `Appointment of ${formatDay(focus.date)} (no session number)`
      : `Session ${focus.number} of ${length}`;
  return { focus, today: focus.date === today, label };
}

export interface NextStepInput {
  sessions: readonly Session[];
  length: number;
  today: IsoDay;
  /** Ids of the sessions with an agenda saved. */
  agendaSessionIds: ReadonlySet<string>;
  /** Dates of the course's complete PHQ-9s. */
  phq9Dates: readonly IsoDay[];
  writeUps: readonly SessionWriteUp[];
}

export interface NextStep {
  focus?: Session;
  /** "Session 5 today", "Next: session 5 on Mon 23 Nov 2026", "No session left". */
  heading: string;
  /** What is left, in order: earlier outcomes and write-ups, then the agenda, then the PHQ-9. */
  items: string[];
  /** The heading and the items in one line. */
  sentence: string;
}

const sessionName = (s: Session) =>
  s.number === null ? `the appointment of ${formatDay(s.date)}` : `session ${s.number}`;

/** "session 4", "sessions 3 and 4", "sessions 2, 3 and 4"; past three, "5 earlier sessions". */
function sessionList(list: readonly Session[]): string {
  const names = list.map((s) => (s.number === null ? formatDay(s.date) : String(s.number)));
  if (list.length === 1) return sessionName(list[0]!);
  if (list.length > 3) return `${list.length} earlier sessions`;
  return `sessions ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function writeUpItems(input: NextStepInput, before: IsoDay): string[] {
  const pending = pendingWriteUps(input.sessions, input.writeUps, before);
  const outcome = pending.filter((p) => p.session.status === 'planned').map((p) => p.session);
  const drafts = pending.filter((p) => p.state === 'draft').map((p) => p.session);
  const none = pending
    .filter((p) => p.state === 'none' && p.session.status !== 'planned')
    .map((p) => p.session);
  const items: string[] = [];
  if (outcome.length > 0) items.push(`outcome of ${sessionList(outcome)} to record`);
  const plural = (l: Session[]) => (l.length === 1 ? 'write-up' : 'write-ups');
  if (none.length > 0) items.push(`${plural(none)} of ${sessionList(none)} to write`);
  if (drafts.length > 0) items.push(`${plural(drafts)} of ${sessionList(drafts)} to finish`);
  return items;
}

/**
 * The next step of a course on `today`: the session in focus with its agenda and PHQ-9, and the
 * earlier sessions still needing an outcome or a finished write-up. Pure; the caller reads.
 */
export function nextStep(input: NextStepInput): NextStep {
  const { focus, today } = courseProgress(input.sessions, input.length, input.today);
  const items: string[] = [];
  let heading = 'No session left';
  if (focus) {
    const name = sessionName(focus);
    heading = today
      ? `${name.charAt(0).toUpperCase()}${name.slice(1)} today`
      : `Next: ${name} on ${formatDay(focus.date)}`;
    items.push(input.agendaSessionIds.has(focus.id) ? 'agenda ready' : 'agenda to prepare');
    items.push(input.phq9Dates.includes(focus.date) ? 'PHQ-9 done' : 'PHQ-9 due');
  }
  // Every appointment before the focus one; with none left, every one up to today.
  items.push(...writeUpItems(input, focus ? focus.date : addDays(input.today, 1)));
  const sentence = items.length > 0 ? `${heading}: ${items.join(', ')}` : heading;
  return { ...(focus ? { focus } : {}), heading, items, sentence };
}
