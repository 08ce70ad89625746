/**
 * The onset timeline (ipt-reference.md section 8): dated mood changes against life events, used to
 * find the interpersonal change nearest to the start of the episode. The result is a suggestion
 * for the therapist to confirm, never a conclusion.
 */
import { compareDays, daysBetween, isIsoDay } from '../dates';
import { problem } from '../problems';
import type { Problem } from '../problems';
import type { IsoDay } from '../types';
import { byText } from '../order';
import { LONG_TEXT_MAX } from './person';

export const EVENT_KINDS = ['life-event', 'mood-change'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const MOOD_DIRECTIONS = ['lower', 'better'] as const;
export type MoodDirection = (typeof MOOD_DIRECTIONS)[number];

/** One point on the timeline: something that happened with people, or a change in mood. */
export interface LifeEvent {
  id: string;
  courseId: string;
  date: IsoDay;
  kind: EventKind;
  description: string;
  /** The inventory person the event concerns, if any. */
  personId?: string;
  /** Which way mood moved; set on mood changes. */
  mood?: MoodDirection;
  /** The therapist marked this life event as the one nearest the onset (at most one per course). */
  markedOnset?: true;
}

/** What the timeline form edits; the date is whatever was typed until checked. */
export type LifeEventDraft = Omit<LifeEvent, 'id' | 'courseId'>;

/** Every problem with a draft event, each tagged with its field. */
export function checkLifeEvent(draft: LifeEventDraft): Problem[] {
  const found: Problem[] = [];
  if (!isIsoDay(draft.date)) {
    found.push(problem('date-invalid', 'Enter a date that exists, such as 2026-01-15.', 'date'));
  }
  if (!EVENT_KINDS.includes(draft.kind)) {
    found.push(problem('kind-invalid', 'Choose a life event or a mood change.', 'kind'));
  }
  if (draft.description.trim() === '') {
    found.push(problem('description-missing', 'Describe what happened.', 'description'));
  } else if (draft.description.length > LONG_TEXT_MAX) {
    found.push(
      problem('text-too-long', `Keep this to ${LONG_TEXT_MAX} characters or fewer.`, 'description'),
    );
  }
  if (draft.kind === 'mood-change' && !MOOD_DIRECTIONS.some((m) => m === draft.mood)) {
    found.push(problem('mood-missing', 'Say whether mood got lower or better.', 'mood'));
  }
  return found;
}

/** Events by date, earliest first; same-day events keep a fixed order (by id). */
export function sortEvents(events: readonly LifeEvent[]): LifeEvent[] {
  return [...events].sort((a, b) => compareDays(a.date, b.date) || byText(a.id, b.id));
}

/** The date of the earliest mood change for the worse: the onset, unless the therapist set one. */
export function onsetDate(events: readonly LifeEvent[]): IsoDay | undefined {
  return sortEvents(events).find((e) => e.kind === 'mood-change' && e.mood === 'lower')?.date;
}

/**
 * The life event (never a mood change) nearest to the onset, by whole days either side; a tie
 * goes to the earlier event. The onset is `explicitOnset` when given, otherwise `onsetDate(events)`.
 * Undefined when there is no onset or no life event.
 */
export function nearestToOnset(
  events: readonly LifeEvent[],
  explicitOnset?: IsoDay,
): LifeEvent | undefined {
  const onset = explicitOnset ?? onsetDate(events);
  if (onset === undefined) return undefined;
  let best: { event: LifeEvent; distance: number } | undefined;
  for (const event of sortEvents(events)) {
    if (event.kind !== 'life-event') continue;
    const distance = Math.abs(daysBetween(onset, event.date));
    if (!best || distance < best.distance) best = { event, distance };
  }
  return best?.event;
}

/**
 * The life event the formulation hangs on: the one the therapist marked as nearest the onset,
 * else the app's guess (`nearestToOnset`), which is only a suggestion.
 */
export function onsetEvent(
  events: readonly LifeEvent[],
  explicitOnset?: IsoDay,
): { event: LifeEvent; marked: boolean } | undefined {
  const marked = events.find((e) => e.markedOnset === true && e.kind === 'life-event');
  if (marked) return { event: marked, marked: true };
  const guess = nearestToOnset(events, explicitOnset);
  return guess ? { event: guess, marked: false } : undefined;
}
