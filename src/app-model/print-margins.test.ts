import { describe, expect, it } from 'vitest';

import { cssString, marginRule } from './print-margins';

describe('cssString', () => {
  it('quotes text so a name with quotes, backslashes or line breaks stays one CSS string', () => {
    expect(cssString('Dr "Ana" O\\Neil')).toBe('"Dr \\"Ana\\" O\\\\Neil"');
    expect(cssString('Line one\nline two')).toBe('"Line one line two"');
  });
});

describe('marginRule', () => {
  it('fills the top corners and the bottom left, and leaves an empty line out', () => {
    const rule = marginRule({
      about: 'Client PRN-7',
      clinician: '',
      printed: 'Printed Wed 18 Nov 2026',
    });
    expect(rule).toContain('@top-left { content: "Client PRN-7"; }');
    expect(rule).toContain('@bottom-left { content: "Printed Wed 18 Nov 2026"; }');
    expect(rule).not.toContain('@top-right');
    expect(rule.startsWith('@media print { @page {')).toBe(true);
  });
});
