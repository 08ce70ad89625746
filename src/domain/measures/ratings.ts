/**
 * 0–10 ratings: progress on each agreed goal and the mechanism ratings (ipt-reference.md sections
 * 6 and 7). These are our proposal, not standardised instruments; the screen says so.
 */
import { problem } from '../problems';
import type { Problem } from '../problems';
import type { Mechanism } from '../types';

export const RATING_MIN = 0;
export const RATING_MAX = 10;

export const MECHANISM_RATINGS_NOTE =
  'Mechanism ratings are not a validated measure: they are a prompt for discussion, not an outcome.';

export const GOAL_RATINGS_NOTE =
  'Goal ratings are a simple 0–10 progress check agreed with the client, not a standardised scale.';

export type RatingDirection = 'higher-is-better' | 'lower-is-better';

/** Mechanisms where a lower rating is better; every other mechanism is higher-is-better. */
export const LOWER_IS_BETTER: readonly Mechanism[] = ['interpersonal-stress'];

/** Which way is better for a mechanism's rating: interpersonal stress is lower-is-better. */
export function ratingDirection(mechanism: Mechanism): RatingDirection {
  return LOWER_IS_BETTER.includes(mechanism) ? 'lower-is-better' : 'higher-is-better';
}

/** Problems with one rating: a whole number 0–10, reported against `field`. */
export function checkRating(value: number, field: string): Problem[] {
  if (!Number.isInteger(value)) {
    return [problem('rating-not-whole', 'Enter a whole number from 0 to 10.', field)];
  }
  if (value < RATING_MIN || value > RATING_MAX) {
    return [problem('rating-out-of-range', `A rating is 0 to 10, not ${value}.`, field)];
  }
  return [];
}

/** Problems with the goal ratings of a session; unrated goals (null) are allowed. Fields are `goal-1`, `goal-2`… */
export function checkGoalRatings(values: readonly (number | null)[]): Problem[] {
  return values.flatMap((v, i) => (v === null ? [] : checkRating(v, `goal-${i + 1}`)));
}

/** Problems with mechanism ratings; fields are `mechanism-<name>`. */
export function checkMechanismRatings(ratings: Partial<Record<Mechanism, number>>): Problem[] {
  return Object.entries(ratings).flatMap(([mechanism, v]) =>
    v === undefined ? [] : checkRating(v, `mechanism-${mechanism}`),
  );
}
