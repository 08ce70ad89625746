// @vitest-environment node
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { GAD7, ITEM9_SCREEN_STATEMENT, PHQ9, QUESTIONNAIRES } from './questionnaires';
import type { Questionnaire } from './questionnaires';

/** Section 7 of ipt-reference.md, quoted exactly, kept in the repository so this always runs. */
const reference = readFileSync(
  new URL('./fixtures/questionnaire-wording.txt', import.meta.url),
  'utf8',
);

/** The quoted block of one questionnaire in the reference, from its heading to the next heading. */
function block(heading: string, next: string): string {
  const start = reference.indexOf(heading);
  expect(start, `the wording fixture has no "${heading}" block`).toBeGreaterThanOrEqual(0);
  const end = next === '' ? reference.length : reference.indexOf(next, start + heading.length);
  return reference.slice(start, end);
}

function optionLine(q: Questionnaire): string {
  return q.options.map((o) => `${o.label} (${o.value})`).join(' · ');
}

describe('questionnaire wording', () => {
  it.each([
    ['PHQ-9', PHQ9, '**PHQ-9.**', '**GAD-7.**'],
    ['GAD-7', GAD7, '**GAD-7.**', ''],
  ] as const)(
    'matches ipt-reference.md section 7 character for character (%s)',
    (_name, q, heading, next) => {
      // Given the quoted block of the questionnaire in the reference
      const text = block(heading, next);
      const lines = text.split('\n');
      // Then the stem, every numbered item, the options and the difficulty line are quoted exactly
      expect(lines).toContain(`> ${q.stem}`);
      q.items.forEach((item, i) => expect(lines).toContain(`> ${i + 1}. ${item}`));
      expect(lines.filter((l) => /^> \d+\. /.test(l))).toHaveLength(q.items.length);
      expect(lines).toContain(`> ${optionLine(q)}`);
      const difficulty = q.difficulty.options.map((o) => o.label).join(' · ');
      expect(lines).toContain(`> ${q.difficulty.question} ${difficulty}`);
    },
  );

  it('quotes the Pfizer attribution exactly', () => {
    // Given the reference text; Then the attribution appears in quotes, verbatim
    expect(reference).toContain(`"${PHQ9.attribution}"`);
    expect(GAD7.attribution).toBe(PHQ9.attribution);
  });
});

describe('QUESTIONNAIRES', () => {
  it.each([
    ['phq9', 9, 27],
    ['gad7', 7, 21],
  ] as const)('%s has %i items and a maximum of %i', (kind, items, max) => {
    // Given the definition; Then its size and maximum agree
    const q = QUESTIONNAIRES[kind];
    expect(q.items).toHaveLength(items);
    expect(q.maxTotal).toBe(items * 3);
    expect(q.maxTotal).toBe(max);
    expect(q.kind).toBe(kind);
  });

  it('states that item 9 is a screen, not a risk assessment', () => {
    expect(ITEM9_SCREEN_STATEMENT).toMatch(/screen, not a risk assessment/);
  });
});
