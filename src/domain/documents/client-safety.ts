/**
 * What may appear on paper the client takes home (issue 7; ipt-agenda-content.md section 7).
 * Client documents never show risk flags, questionnaire item answers, therapist notes, the
 * formulation, problem-area labels or IPT jargon. Builders only take whitelisted inputs, and every
 * string they produce passes through `sanitiseForClient`, which drops any sentence that breaks a
 * rule (so a jargon word typed into a task never reaches paper). The therapist's words are
 * otherwise printed as typed, names included (issue 12 item 1).
 */
import { ANSWER_OPTIONS, GAD7, PHQ9 } from '../measures';
import type { PrintPrivacy } from '../privacy';
import type { InventoryPerson } from '../inventory';
import { problem } from '../problems';
import type { Problem } from '../problems';
import type { Client } from '../types';

/** Words and phrases that never appear on client paper (lower case; matched case-insensitively). */
export const FORBIDDEN_CLIENT_TERMS: readonly string[] = [
  'sick role',
  'deficits',
  'deficit',
  'impasse',
  'dissolution',
  'renegotiation',
  'interpersonal sensitivity',
  'interpersonal deficits',
  'interpersonal inventory',
  'role dispute',
  'role transition',
  'problem area',
  'formulation',
  'phq-9 item',
  'item 9',
  'risk flag',
  'suicid',
  'moderately severe',
  'ipt-m',
];

/** A questionnaire's answers (0–3 per item, null if unanswered). */
export type ItemAnswers = readonly (number | null)[];

/** What a client document must not contain, beyond the fixed terms. */
export interface ClientSafetyContext {
  /** Therapist notes of any kind (agenda notes, write-ups, flag notes, contract notes). */
  notes?: readonly string[];
  /** Questionnaire answers item by item. */
  itemAnswers?: readonly ItemAnswers[];
  /** The formulation text. */
  formulation?: string;
  /** Texts that may appear even if the formulation quotes them (the agreed goals). */
  allowed?: readonly string[];
  people?: readonly Pick<InventoryPerson, 'name' | 'relationship'>[];
  privacy?: PrintPrivacy;
}

/** Sentences of at least `min` characters, trimmed, lower case: what counts as "quoting" a text. */
function sentencesOf(text: string, min: number): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length >= min);
}

/** The questionnaires' own item wording: never copied onto client paper. */
const ITEM_PHRASES: readonly string[] = [...PHQ9.items, ...GAD7.items].map((item) =>
  item.slice(0, 28).toLowerCase(),
);
/** Answer labels count only when answers are in play ("several days" is ordinary English). */
const OPTION_PHRASES: readonly string[] = ANSWER_OPTIONS.filter((o) => o.value > 0).map((o) =>
  o.label.toLowerCase(),
);

function answerSequences(answers: readonly ItemAnswers[]): string[] {
  return answers
    .filter((a) => a.length >= 3)
    .flatMap((a) => {
      const values = a.map((v) => (v === null ? '-' : String(v)));
      return [values.join(', '), values.join(','), values.join(' ')];
    });
}

/** Every rule the text breaks: jargon, a note, item answers or the formulation. */
export function checkClientDocument(text: string, ctx: ClientSafetyContext = {}): Problem[] {
  const lower = text.toLowerCase();
  const found: Problem[] = [];
  for (const term of FORBIDDEN_CLIENT_TERMS) {
    if (lower.includes(term)) {
      found.push(problem('client-jargon', `“${term}” is not for client paper.`, term));
    }
  }
  const notes = (ctx.notes ?? []).flatMap((n) => sentencesOf(n, 8));
  if (notes.some((n) => lower.includes(n))) {
    found.push(problem('client-note', 'A therapist note is not for client paper.', 'notes'));
  }
  const given = ctx.itemAnswers ?? [];
  const answers = [
    ...ITEM_PHRASES,
    ...(given.length > 0 ? OPTION_PHRASES : []),
    ...answerSequences(given),
  ];
  if (answers.some((a) => lower.includes(a))) {
    found.push(problem('client-item-answers', 'Questionnaire answers are not for client paper.'));
  }
  const allowed = (ctx.allowed ?? []).map((a) => a.trim().toLowerCase());
  const formulation = sentencesOf(ctx.formulation ?? '', 20).filter((s) => !allowed.includes(s));
  if (formulation.some((s) => lower.includes(s))) {
    found.push(problem('client-formulation', 'The formulation is not for client paper.'));
  }
  return found;
}

function sentencesIn(line: string): string[] {
  return line.match(/[^.!?]+[.!?]*\s*/g) ?? [];
}

/**
 * The sentences of `text` that break a rule for client paper (jargon, a note, item answers, the
 * formulation), trimmed, in order: what `cleanClientText` leaves off, so a screen can name them.
 */
export function droppedSentences(text: string, ctx: ClientSafetyContext = {}): string[] {
  return text
    .split('\n')
    .flatMap(sentencesIn)
    .filter((sentence) => checkClientDocument(sentence, ctx).length > 0)
    .map((sentence) => sentence.trim());
}

/**
 * A line of text cleaned for the client: offending sentences dropped, every other character kept
 * as the therapist typed it (names included: a handout is for the client, who knows them).
 */
export function cleanClientText(text: string, ctx: ClientSafetyContext = {}): string {
  return text
    .split('\n')
    .map((line) =>
      sentencesIn(line)
        .filter((sentence) => checkClientDocument(sentence, ctx).length === 0)
        .join('')
        .trimEnd(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Keys whose strings are exempt: the crisis lines configured in settings must print as entered. */
const EXEMPT_KEYS = new Set(['crisisContacts']);

/**
 * Every string of a client document model cleaned by `cleanClientText` (crisis contacts exempt);
 * list entries that end up empty are removed. Used by every client builder as its last step.
 */
export function sanitiseForClient<T>(doc: T, ctx: ClientSafetyContext = {}): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return cleanClientText(value, ctx);
    if (Array.isArray(value)) {
      return value.map(walk).filter((v) => v !== '');
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, EXEMPT_KEYS.has(k) ? v : walk(v)]),
      );
    }
    return value;
  };
  return walk(doc) as T;
}

/** All text values of a document model (not its keys), one per line, for checks and tests. */
export function documentText(doc: unknown, skipKeys: readonly string[] = []): string {
  if (typeof doc === 'string') return doc;
  if (typeof doc === 'number') return String(doc);
  if (Array.isArray(doc)) return doc.map((d) => documentText(d, skipKeys)).join('\n');
  if (doc !== null && typeof doc === 'object') {
    return Object.entries(doc)
      .filter(([k]) => !skipKeys.includes(k))
      .map(([, v]) => documentText(v, skipKeys))
      .join('\n');
  }
  return '';
}

/**
 * The name a client handout addresses the client by: their first name when one is recorded and
 * the therapist opted in to names on paper, else "" (the handout then addresses no one by label).
 * Never the record code: a client is not addressed by a code.
 */
export function handoutName(
  client: Pick<Client, 'code' | 'fullName'>,
  privacy: PrintPrivacy,
): string {
  const first = client.fullName?.trim().split(/\s+/)[0] ?? '';
  return privacy.showClientName ? first : '';
}

/** A crisis line from settings, printed on every client document. */
export interface CrisisLine {
  name: string;
  phone: string;
  note?: string;
}
