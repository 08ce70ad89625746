import { describe, expect, it } from 'vitest';

import { bandOf, checkAnswers, isScorable, scoreQuestionnaire } from './scoring';
import { answersTotalling } from './test-fixtures';

describe('scoreQuestionnaire', () => {
  it.each([
    ['phq9', 0, 'minimal', 'Minimal'],
    ['phq9', 4, 'minimal', 'Minimal'],
    ['phq9', 5, 'mild', 'Mild'],
    ['phq9', 9, 'mild', 'Mild'],
    ['phq9', 10, 'moderate', 'Moderate'],
    ['phq9', 14, 'moderate', 'Moderate'],
    ['phq9', 15, 'moderately-severe', 'Moderately severe'],
    ['phq9', 19, 'moderately-severe', 'Moderately severe'],
    ['phq9', 20, 'severe', 'Severe'],
    ['phq9', 27, 'severe', 'Severe'],
    ['gad7', 0, 'minimal', 'Minimal'],
    ['gad7', 4, 'minimal', 'Minimal'],
    ['gad7', 5, 'mild', 'Mild'],
    ['gad7', 9, 'mild', 'Mild'],
    ['gad7', 10, 'moderate', 'Moderate'],
    ['gad7', 14, 'moderate', 'Moderate'],
    ['gad7', 15, 'severe', 'Severe'],
    ['gad7', 21, 'severe', 'Severe'],
  ] as const)('%s total %i is %s', (kind, total, band, bandLabel) => {
    // Given answers adding up to the total
    const answers = answersTotalling(kind, total);
    // When scored
    const result = scoreQuestionnaire(kind, answers);
    // Then the total and band are right
    expect(result).toEqual({ ok: true, value: { total, band, bandLabel }, warnings: [] });
  });

  it.each([
    ['phq9', 3, 'Item 4 (Feeling tired or having little energy) has no answer', 'item-4'],
    [
      'phq9',
      8,
      'Item 9 (Thoughts that you would be better off dead or of hurting yourself in some way) has no answer',
      'item-9',
    ],
    ['gad7', 0, 'Item 1 (Feeling nervous, anxious, or on edge) has no answer', 'item-1'],
  ] as const)(
    '%s refuses a missing answer at index %i, naming the item',
    (kind, index, message, field) => {
      // Given a full form with one answer left empty
      const answers: (number | null)[] = answersTotalling(kind, 6);
      answers[index] = null;
      // When scored
      const result = scoreQuestionnaire(kind, answers);
      // Then it is refused with the item named in place
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toEqual([
        { code: 'answer-missing', field, severity: 'error', message },
      ]);
    },
  );

  it('names every missing item of a short answer list', () => {
    // Given only the first seven PHQ-9 answers
    const result = scoreQuestionnaire('phq9', [0, 0, 0, 0, 0, 0, 0]);
    // Then items 8 and 9 are both named
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['item-8', 'item-9']);
  });

  it.each([
    [4, 'must be 0, 1, 2 or 3, not 4'],
    [-1, 'must be 0, 1, 2 or 3, not -1'],
    [1.5, 'must be 0, 1, 2 or 3, not 1.5'],
    [Number.NaN, 'must be 0, 1, 2 or 3, not NaN'],
  ])('refuses the answer %s with the item named', (value, tail) => {
    // Given a GAD-7 with item 2 answered out of range
    const answers = [0, value, 0, 0, 0, 0, 0];
    // When scored
    const result = scoreQuestionnaire('gad7', answers);
    // Then it is refused on item-2
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        code: 'answer-out-of-range',
        field: 'item-2',
        severity: 'error',
        message: `Item 2 (Not being able to stop or control worrying) ${tail}`,
      },
    ]);
  });
});

describe('checkAnswers', () => {
  it.each([
    ['draft', [1, null, 2, null, null, null, null, null, null], []],
    ['complete', [1, null, 2, 0, 0, 0, 0, 0, 0], ['item-2']],
    ['draft', [1, 5, null, null, null, null, null, null, null], ['item-2']],
    ['draft', [], []],
  ] as const)('as a %s, %j has problems on %j', (check, answers, fields) => {
    // Given a half-filled PHQ-9; When checked
    const found = checkAnswers('phq9', answers, check);
    // Then missing answers matter only for a complete form; bad values always do
    expect(found.map((p) => p.field)).toEqual(fields);
  });

  it('refuses more answers than items', () => {
    // Given eight answers for the seven-item GAD-7
    const found = checkAnswers('gad7', [0, 0, 0, 0, 0, 0, 0, 0], 'draft');
    // Then the extra answer is refused
    expect(found.map((p) => p.code)).toEqual(['answers-too-many']);
  });
});

describe('isScorable', () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0], true],
    [[0, 0, 0, 0, 0, 0, null], false],
  ])('GAD-7 %j scorable: %s', (answers, expected) => {
    // Given a GAD-7; Then it is scorable only when fully and validly answered
    expect(isScorable('gad7', answers)).toBe(expected);
  });
});

describe('bandOf', () => {
  it.each([
    ['phq9', 28],
    ['gad7', 22],
    ['phq9', -1],
  ] as const)('throws for impossible %s total %i (a bug, not user input)', (kind, total) => {
    expect(() => bandOf(kind, total)).toThrow();
  });
});
