import { describe, expect, it } from 'vitest';

import { checkClientCode, suggestClientCode } from './client-code';

describe('suggestClientCode', () => {
  it('builds a C- code of four characters from the bytes, with no look-alike characters', () => {
    // Given four random bytes
    const code = suggestClientCode([0, 1, 30, 255]);
    // Then the code has the form C-XXXX and avoids 0, O, 1, I and L
    expect(code).toMatch(/^C-[A-Z2-9]{4}$/);
    expect(code).not.toMatch(/[01OIL]/);
    expect(checkClientCode(code)).toEqual([]);
  });

  it('gives different codes for different bytes', () => {
    expect(suggestClientCode([1, 2, 3, 4])).not.toBe(suggestClientCode([4, 3, 2, 1]));
  });
});

describe('checkClientCode', () => {
  it.each([
    ['', 'code-missing'],
    ['   ', 'code-missing'],
    ['A', 'code-format'],
    ['-AB', 'code-format'],
    ['AB CD', 'code-format'],
    ['ABCDEFGHIJKLM', 'code-format'],
  ])('refuses %j with %s', (code, expected) => {
    // When the code is checked
    const found = checkClientCode(code);
    // Then it is refused at the code field
    expect(found.map((p) => [p.code, p.field])).toEqual([[expected, 'code']]);
  });

  it.each(['AB', 'C-7KQ3', 'client-12', 'ABCDEFGHIJKL'])('accepts %j', (code) => {
    expect(checkClientCode(code)).toEqual([]);
  });
});
