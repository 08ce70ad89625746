import { describe, expect, it } from 'vitest';

import { personHasDied, relationshipSaysDied } from './person';

describe('personHasDied', () => {
  it.each([
    [{ died: true, relationship: 'grandmother' }, true],
    [{ relationship: 'Mother (died March 2026)' }, true],
    [{ relationship: 'deceased father' }, true],
    [{ died: false, relationship: 'mother' }, false],
    [{ relationship: 'mother' }, false],
    // A word that merely contains "died" is not a death
    [{ relationship: 'studied with her' }, false],
  ])('Given %o, Then %s', (person, expected) => {
    expect(personHasDied(person)).toBe(expected);
  });

  it('knows when the typed relationship already says so (so it is not said twice)', () => {
    expect(relationshipSaysDied('Gran (died 2025)')).toBe(true);
    expect(relationshipSaysDied('Gran')).toBe(false);
  });
});
