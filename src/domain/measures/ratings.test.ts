import { describe, expect, it } from 'vitest';

import {
  checkGoalRatings,
  checkMechanismRatings,
  checkRating,
  MECHANISM_RATINGS_NOTE,
  ratingDirection,
} from './ratings';

describe('checkRating', () => {
  it.each([
    [0, []],
    [10, []],
    [5, []],
    [-1, ['rating-out-of-range']],
    [11, ['rating-out-of-range']],
    [6.5, ['rating-not-whole']],
    [Number.NaN, ['rating-not-whole']],
  ])('%s gives %j', (value, codes) => {
    // Given a rating typed into field goal-1; Then only whole numbers 0–10 pass
    const found = checkRating(value, 'goal-1');
    expect(found.map((p) => p.code)).toEqual(codes);
    found.forEach((p) => expect(p).toMatchObject({ field: 'goal-1', severity: 'error' }));
  });
});

describe('checkGoalRatings', () => {
  it('names each goal by position and allows unrated goals', () => {
    // Given three goals, one unrated and one out of range
    const found = checkGoalRatings([7, null, 12]);
    // Then only goal-3 is refused
    expect(found.map((p) => p.field)).toEqual(['goal-3']);
  });
});

describe('checkMechanismRatings', () => {
  it('names each mechanism field', () => {
    const found = checkMechanismRatings({ 'social-support': 4, 'interpersonal-stress': 10.5 });
    expect(found.map((p) => p.field)).toEqual(['mechanism-interpersonal-stress']);
  });
});

describe('ratingDirection', () => {
  it.each([
    ['interpersonal-stress', 'lower-is-better'],
    ['social-support', 'higher-is-better'],
    ['processing-emotions', 'higher-is-better'],
    ['interpersonal-skills', 'higher-is-better'],
  ] as const)('%s is %s', (mechanism, direction) => {
    expect(ratingDirection(mechanism)).toBe(direction);
  });

  it('comes with the statement that mechanism ratings are not validated', () => {
    expect(MECHANISM_RATINGS_NOTE).toMatch(/not a validated measure/);
  });
});
