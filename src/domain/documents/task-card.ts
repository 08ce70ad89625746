/**
 * The between-session task card (ipt-agenda-content.md section 7): one per week, small enough to
 * fold (it prints in an A6 box), in the client's words. Field limits keep it on the card.
 */
import { formatDay } from '../dates';
import { failure, problem, resultOf, warning } from '../problems';
import type { Problem, Result } from '../problems';
import type { PrintPrivacy } from '../privacy';
import { numberedSessions } from '../schedule';
import type { Client, Course, Session } from '../types';
import {
  checkClientDocument,
  droppedSentences,
  handoutName,
  sanitiseForClient,
} from './client-safety';
import type { ClientSafetyContext, CrisisLine } from './client-safety';

export const TASK_CARD_FIELDS = ['task', 'why', 'when', 'obstacle', 'plan'] as const;
export type TaskCardField = (typeof TASK_CARD_FIELDS)[number];
export type TaskCardFields = Record<TaskCardField, string>;

/** Longest text per field that still fits the folded card, in characters. */
export const TASK_CARD_LIMITS: Readonly<Record<TaskCardField, number>> = {
  task: 200,
  why: 140,
  when: 80,
  obstacle: 140,
  plan: 140,
};

export interface TaskCard extends TaskCardFields {
  /** The client's first name when names may be printed, else "": never the record code. */
  clientName: string;
  /** "Session 5 of 12 · Mon 30 Mar 2026". */
  sessionLine: string;
  /** "Mon 6 Apr 2026 at 09:00", or empty after the last session. */
  nextSession: string;
  crisisContacts: CrisisLine[];
}

export interface TaskCardInput {
  client: Pick<Client, 'code' | 'fullName'>;
  course: Pick<Course, 'length'>;
  sessions: readonly Session[];
  sessionId: string;
  /** The task agreed in the session (saved agenda), the draft for `task`. */
  taskSet?: string;
  /** The therapist's edits; they win over the draft. */
  edits?: Partial<TaskCardFields>;
  crisisContacts: readonly CrisisLine[];
  privacy: PrintPrivacy;
  safety?: ClientSafetyContext;
}

/** The card's fields before printing: the edits, else the agreed task and empty boxes. */
export function taskCardFields(taskSet: string | undefined, edits: Partial<TaskCardFields> = {}) {
  const base: TaskCardFields = { task: taskSet ?? '', why: '', when: '', obstacle: '', plan: '' };
  return { ...base, ...edits };
}

/** Problems with the edited fields: the task is required, each field must fit the card. */
export function checkTaskCard(fields: TaskCardFields, ctx: ClientSafetyContext = {}): Problem[] {
  const found: Problem[] = [];
  if (fields.task.trim() === '') {
    found.push(problem('task-missing', 'Write the task in the client’s words.', 'task'));
  }
  for (const field of TASK_CARD_FIELDS) {
    const limit = TASK_CARD_LIMITS[field];
    if (fields[field].length > limit) {
      found.push(
        problem('too-long', `Keep this under ${limit} characters so the card folds.`, field),
      );
    }
    for (const sentence of droppedSentences(fields[field], ctx)) {
      const broken = checkClientDocument(sentence, ctx)[0];
      if (!broken) continue;
      found.push(
        warning(broken.code, `${broken.message} “${sentence}” is left off the card.`, field),
      );
    }
  }
  return found;
}

/** Builds the card for one numbered session; refuses a cancelled or unknown session. */
export function buildTaskCard(input: TaskCardInput): Result<TaskCard> {
  const numbered = numberedSessions(input.sessions).filter((s) => s.status !== 'cancelled');
  const index = numbered.findIndex((s) => s.id === input.sessionId);
  const session = numbered[index];
  if (!session || session.number === null) {
    return failure([
      problem('session-missing', 'This session is not a planned or held session of the course.'),
    ]);
  }
  const next = numbered[index + 1];
  const fields = taskCardFields(input.taskSet, input.edits);
  const card: TaskCard = {
    ...fields,
    clientName: handoutName(input.client, input.privacy),
    sessionLine: `Session ${session.number} of ${input.course.length} · ${formatDay(session.date)}`,
    nextSession: next ? `${formatDay(next.date)} at ${next.time}` : '',
    crisisContacts: input.crisisContacts.map((c) => ({ ...c })),
  };
  const safe = sanitiseForClient(card, { ...input.safety, privacy: input.privacy });
  const problems = checkTaskCard(fields, input.safety).filter((p) => p.code === 'too-long');
  return resultOf(safe, problems);
}
