import { describe, expect, it } from 'vitest';

import { areaCautions, checkSuitability, DEFICITS_CAUTION, mayProceed } from './suitability';
import type { SuitabilityRecord } from './suitability';

const clear = {
  'bipolar-disorder': false,
  psychosis: false,
  'active-substance-misuse': false,
  'acute-suicidality': false,
} as const;

const decision = {
  proceed: true,
  reason: 'Stable on lithium; psychiatrist agrees.',
  decidedAt: '2026-03-02T10:00:00+00:00',
};

describe('checkSuitability', () => {
  it.each<[string, SuitabilityRecord, string[]]>([
    ['all absent', { items: clear }, []],
    [
      'one unanswered',
      { items: { ...clear, psychosis: undefined } },
      ['suitability-unanswered:suitability-psychosis'],
    ],
    [
      'present without a decision',
      { items: { ...clear, 'bipolar-disorder': true } },
      ['suitability-decision-missing:decision'],
    ],
    [
      'present with a decision but no reason',
      { items: { ...clear, 'bipolar-disorder': true }, decision: { ...decision, reason: ' ' } },
      ['suitability-reason-missing:reason'],
    ],
    [
      'present with a decision and reason',
      { items: { ...clear, 'bipolar-disorder': true }, decision },
      [],
    ],
    [
      'acute suicidality, proceeding',
      { items: { ...clear, 'acute-suicidality': true }, decision },
      ['suitability-acute-suicidality:decision'],
    ],
  ])('%s', (_name, record, expected) => {
    // Given a suitability record; When checked
    const found = checkSuitability(record);
    // Then each gap is named with its field
    expect(found.map((p) => `${p.code}:${p.field}`)).toEqual(expected);
  });

  it('warns, not refuses, when proceeding despite acute suicidality', () => {
    const found = checkSuitability({ items: { ...clear, 'acute-suicidality': true }, decision });
    expect(found.map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('mayProceed', () => {
  it.each<[string, SuitabilityRecord, boolean]>([
    ['all absent', { items: clear }, true],
    ['present, no decision', { items: { ...clear, psychosis: true } }, false],
    ['present, decided to proceed', { items: { ...clear, psychosis: true }, decision }, true],
    [
      'present, decided not to proceed',
      { items: { ...clear, psychosis: true }, decision: { ...decision, proceed: false } },
      false,
    ],
  ])('%s: %s', (_name, record, expected) => {
    expect(mayProceed(record)).toBe(expected);
  });
});

describe('areaCautions', () => {
  it.each([
    [['interpersonal-deficits'], [DEFICITS_CAUTION]],
    [['grief', 'interpersonal-deficits'], [DEFICITS_CAUTION]],
    [['role-dispute', undefined], []],
  ] as const)('%j gives %j', (areas, cautions) => {
    expect(areaCautions(areas)).toEqual(cautions);
  });
});
