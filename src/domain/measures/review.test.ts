import { describe, expect, it } from 'vitest';

import { REMISSION_NOTE, REVIEW_PROMPTS, reviewMidCourse, SLOWER_RESPONSE_NOTE } from './review';

describe('reviewMidCourse', () => {
  it.each([
    // baseline, current, previous, findings in order, marked for review
    [20, 10, 11, ['response'], false],
    [20, 11, 12, ['partial'], false],
    [20, 15, 15, ['partial'], false],
    [20, 16, 16, ['little-change'], true],
    [12, 12, 12, ['little-change'], true],
    [12, 17, 12, ['worsening', 'little-change'], true],
    [12, 16, 11, ['worsening', 'little-change'], true],
    [8, 6, 7, ['not-classified'], false],
    [8, 13, 9, ['worsening', 'not-classified'], true],
  ] as const)('%i → %i (previous %i) gives %j', (baseline, current, previous, findings, mark) => {
    // Given the scores at mid-course; When the review is classified
    const outcome = reviewMidCourse({ baseline, current, previous });
    // Then the prompts come most urgent first and little change or worsening is marked "review"
    expect(outcome.prompts.map((p) => p.finding)).toEqual(findings);
    expect(outcome.mark).toBe(mark ? 'review' : undefined);
    expect(outcome.note).toBe(SLOWER_RESPONSE_NOTE);
  });

  it.each([[{ item9EverPositive: true }], [{ highestTotal: 21 }], [{ current: 20 }]])(
    'puts a blocking safety prompt first for %j',
    (extra) => {
      // Given item 9 above 0 at some point, or a score of 20 or more
      const outcome = reviewMidCourse({ baseline: 22, current: 14, previous: 15, ...extra });
      // Then the first prompt is the blocking safety prompt
      expect(outcome.prompts[0]).toEqual({
        finding: 'safety',
        text: REVIEW_PROMPTS.safety,
        blocking: true,
      });
    },
  );

  it('adds the remission note to a response under 5', () => {
    // Given a fall from 16 to 4
    const [only] = reviewMidCourse({ baseline: 16, current: 4 }).prompts;
    // Then the response prompt mentions the remission range
    expect(only?.text).toBe(`${REVIEW_PROMPTS.response} ${REMISSION_NOTE}`);
  });

  it('never calls a course failing', () => {
    // Given every default prompt; Then none uses the word
    expect(Object.values(REVIEW_PROMPTS).join(' ')).not.toMatch(/fail/i);
  });
});
