/**
 * The end-of-treatment summary handed over at the last session (ipt-agenda-content.md sections 5
 * and 7): the client's scores from the start in plain words (no band names), their goals and how
 * far they came, the closeness circle at the start and the end side by side (by role), the relapse
 * plan, and a letter the therapist edits. Built from whitelisted inputs, then sanitised.
 */
import type { InventoryPerson, Ring } from '../inventory';
import type { ScoreSummary } from '../measures/summary';
import { personLabel } from '../privacy';
import type { PrintPrivacy } from '../privacy';
import { numberedSessions } from '../schedule';
import type { Client, Course, Session } from '../types';
import { handoutName, sanitiseForClient } from './client-safety';
import type { ClientSafetyContext, CrisisLine } from './client-safety';
import { draftLetter } from './letter';
import { RELAPSE_SECTIONS, RELAPSE_SECTION_LABEL } from './relapse-plan';
import type { RelapsePlanDraft } from './relapse-plan';

/** A PHQ-9 total at a session (or a date when the session is unknown), for the chart. */
export interface ScorePoint {
  sessionNumber?: number;
  date: string;
  total: number;
}

/** Goal ratings (0–10, null = not rated) given at one session, in goal order. */
export interface GoalRatingPoint {
  sessionNumber: number;
  values: readonly (number | null)[];
}

export interface SummaryGoal {
  goal: string;
  progress: string;
}

export interface CirclePlace {
  who: string;
  ring: string;
}

export interface EndOfTreatmentSummary {
  /** The client's first name when names may be printed, else "": never the record code. */
  clientName: string;
  /** "Your course, Maria" or, with no name to print, "Your course". */
  heading: string;
  courseLine: string;
  scoreSentence: string;
  scores: { label: string; total: number }[];
  goals: SummaryGoal[];
  circle: { start: CirclePlace[]; end: CirclePlace[] };
  relapsePlan: { heading: string; lines: string[] }[];
  letter: string;
  crisisContacts: CrisisLine[];
}

export interface SummaryInput {
  client: Pick<Client, 'code' | 'fullName'>;
  course: Pick<Course, 'length' | 'goals' | 'primaryArea'>;
  sessions: readonly Session[];
  /** Every PHQ-9 total in date order, for the chart only. */
  phq9: readonly ScorePoint[];
  /**
   * The PHQ-9 as the course view states it today (`latest.phq9`): the latest total and the
   * baseline in force (the therapist's choice, else the first score). The sentence and the
   * letter say "from the baseline to the latest", never a first or last point of their own.
   */
  latestPhq9?: LatestScore;
  goalRatings?: readonly GoalRatingPoint[];
  people?: readonly InventoryPerson[];
  relapsePlan?: RelapsePlanDraft;
  /** The therapist's edited letter; used instead of the draft when not blank. */
  letter?: string;
  crisisContacts: readonly CrisisLine[];
  privacy: PrintPrivacy;
  safety?: ClientSafetyContext;
}

/** What the summary needs of a `ScoreSummary`. */
export type LatestScore = Pick<ScoreSummary, 'measure' | 'baseline' | 'isBaseline'>;

export const RING_WORDS: Readonly<Record<Ring, string>> = {
  1: 'Closest',
  2: 'Close',
  3: 'Further out',
};

/**
 * The score change in plain words, from the baseline in force to the latest score: "Your score
 * went from 18 at the start to 6 now." With only the baseline (or no baseline by then), the
 * start alone; with no score, says so.
 */
export function scoreSentence(latest: LatestScore | undefined): string {
  if (!latest) return 'No questionnaire scores were recorded during the course.';
  const start = latest.baseline;
  if (latest.isBaseline || !start) return `Your score at the start was ${latest.measure.total}.`;
  return (
    `Your score went from ${start.total} at the start to ${latest.measure.total} now. ` +
    'On this questionnaire, lower scores mean fewer difficulties with mood.'
  );
}

/** How far a goal came, from its first and last ratings, in plain words ("" if never rated). */
export function goalProgress(ratings: readonly GoalRatingPoint[], index: number): string {
  const rated = [...ratings]
    .sort((a, b) => a.sessionNumber - b.sessionNumber)
    .map((r) => r.values[index])
    .filter((v): v is number => typeof v === 'number');
  const first = rated[0];
  const last = rated.at(-1);
  if (first === undefined || last === undefined) return '';
  if (rated.length === 1) return `You rated this ${first} out of 10.`;
  return `You rated this ${first} out of 10 at first and ${last} out of 10 at the end.`;
}

/** The circle at the start and at the end, by role, closest first. */
export function circleBeforeAfter(
  people: readonly InventoryPerson[],
  privacy: PrintPrivacy,
): EndOfTreatmentSummary['circle'] {
  const place = (ring: Ring | undefined, p: InventoryPerson): CirclePlace[] =>
    ring === undefined ? [] : [{ who: personLabel(p, privacy, 'paper'), ring: RING_WORDS[ring] }];
  const byRing = (key: 'ring' | 'endRing') =>
    [...people]
      .sort((a, b) => (a[key] ?? 4) - (b[key] ?? 4) || a.order - b.order)
      .flatMap((p) => place(p[key], p));
  return { start: byRing('ring'), end: byRing('endRing') };
}

function courseLine(sessions: readonly Session[], length: number): string {
  const numbered = numberedSessions(sessions);
  const held = numbered.filter((s) => s.status === 'held').length;
  const attended = held > 0 ? `, ${held} attended` : '';
  return `${length} sessions planned${attended}`;
}

/** Builds the summary; every string is sanitised for the client at the end. */
export function buildEndOfTreatmentSummary(input: SummaryInput): EndOfTreatmentSummary {
  const plan = input.relapsePlan;
  const name = handoutName(input.client, input.privacy);
  const scores = input.phq9.map((p) => ({
    label: p.sessionNumber === undefined ? p.date : `Session ${p.sessionNumber}`,
    total: p.total,
  }));
  const summary: EndOfTreatmentSummary = {
    clientName: name,
    heading: name ? `Your course, ${name}` : 'Your course',
    courseLine: courseLine(input.sessions, input.course.length),
    scoreSentence: scoreSentence(input.latestPhq9),
    scores,
    goals: input.course.goals.map((goal, i) => ({
      goal,
      progress: goalProgress(input.goalRatings ?? [], i),
    })),
    circle: circleBeforeAfter(input.people ?? [], input.privacy),
    relapsePlan: plan
      ? RELAPSE_SECTIONS.map((s) => ({ heading: RELAPSE_SECTION_LABEL[s], lines: [...plan[s]] }))
      : [],
    letter: input.letter?.trim() ? input.letter : draftLetter(input, name),
    crisisContacts: input.crisisContacts.map((c) => ({ ...c })),
  };
  return sanitiseForClient(summary, {
    ...input.safety,
    people: input.people ?? [],
    privacy: input.privacy,
  });
}
