import { describe, expect, it } from 'vitest';

import { changeWords, responseLine } from './progress';

describe('changeWords', () => {
  it('puts worsening first and explains a low baseline', () => {
    expect(
      changeWords({ response: 'not-classified', remission: false, worsening: true }, false),
    ).toMatch(/^Worsening; Not classified \(baseline under 10/);
  });
});

describe('responseLine', () => {
  it('is half the baseline', () => {
    expect(responseLine(17)).toBe(8.5);
  });
});
