import { describe, expect, it } from 'vitest';
import { apportion } from './minutes';

describe('apportion', () => {
  const middle = [5, 10, 25, 7, 3];

  it.each([30, 45, 50, 55, 60, 77, 90])(
    'Given the middle template, %i minutes are split exactly',
    (total) => {
      // Given the 50-minute middle-phase weights
      // When they are scaled to the session length
      const parts = apportion(middle, total);
      // Then the parts are whole and add up to the session length exactly
      expect(parts.every(Number.isInteger)).toBe(true);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    },
  );

  it('Given 50 minutes, the default weights come back unchanged', () => {
    // Given weights that already sum to 50 / When apportioned to 50 / Then unchanged
    expect(apportion(middle, 50)).toEqual(middle);
  });

  it('Given 60 minutes, remainders go to the largest fractions first', () => {
    // Given weights 5,10,25,7,3 scaled by 1.2 → 6, 12, 30, 8.4, 3.6
    // When apportioned / Then the one spare minute goes to 3.6 (fraction .6)
    expect(apportion(middle, 60)).toEqual([6, 12, 30, 8, 4]);
  });

  it('Given all-zero weights, the time is shared evenly', () => {
    // Given three zero weights / When 10 minutes are apportioned / Then 4, 3, 3
    expect(apportion([0, 0, 0], 10)).toEqual([4, 3, 3]);
  });
});
