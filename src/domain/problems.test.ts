import { describe, expect, it } from 'vitest';

import { failure, messageFor, problem, resultOf, warning } from './problems';

describe('problem', () => {
  it.each([
    ['with a field', 'length', { code: 'c', field: 'length', severity: 'error', message: 'm' }],
    ['without a field', undefined, { code: 'c', severity: 'error', message: 'm' }],
  ])('Given a code and message %s, when built, then it is an error', (_label, field, expected) => {
    // Given a code, a sentence and maybe a field / When built
    const built = problem('c', 'm', field);
    // Then an error, with no `field` key at all when there is no field (stored records stay clean)
    expect(built).toStrictEqual(expected);
  });
});

describe('warning', () => {
  it.each([
    ['with a field', 'length', { code: 'c', field: 'length', severity: 'warning', message: 'm' }],
    ['without a field', undefined, { code: 'c', severity: 'warning', message: 'm' }],
  ])('Given a code and message %s, when built, then it is a warning', (_label, field, expected) => {
    // Given a code, a sentence and maybe a field / When built / Then a warning
    expect(warning('c', 'm', field)).toStrictEqual(expected);
  });
});

describe('resultOf', () => {
  const err = problem('bad', 'Bad.', 'a');
  const warn = warning('careful', 'Careful.', 'b');

  it.each([
    ['nothing found', [], { ok: true, value: 42, warnings: [] }],
    ['a warning', [warn], { ok: true, value: 42, warnings: [warn] }],
    ['an error', [err], { ok: false, problems: [err] }],
    ['an error and a warning', [warn, err], { ok: false, problems: [err] }],
  ])('Given %s, when a result is built, then %j', (_label, found, expected) => {
    // Given a value and the problems found / When combined
    // Then errors fail it (warnings dropped), warnings alone ride along with the value
    expect(resultOf(42, found)).toStrictEqual(expected);
  });
});

describe('failure', () => {
  it('Given errors and warnings, when a failure is built, then it keeps only the errors', () => {
    // Given one warning and two errors
    const found = [warning('w', 'W.'), problem('e1', 'E1.'), problem('e2', 'E2.', 'x')];
    // When a failure is built
    const result = failure<number>(found);
    // Then it is not ok and carries both errors in order
    expect(result).toStrictEqual({ ok: false, problems: [found[1], found[2]] });
  });
});

describe('messageFor', () => {
  const found = [
    warning('w', 'Only a warning.', 'length'),
    problem('e1', 'First length error.', 'length'),
    problem('e2', 'Second length error.', 'length'),
    problem('e3', 'Time error.', 'time'),
  ];

  it.each([
    ['length', 'First length error.'],
    ['time', 'Time error.'],
    ['goals', undefined],
  ])('Given problems, when asked for %s, then %j', (field, expected) => {
    // Given several problems across fields / When the message for one input is asked
    // Then the first error for that field, never a warning
    expect(messageFor(found, field)).toBe(expected);
  });

  it('Given only a warning on a field, when asked, then there is no error message', () => {
    // Given a lone warning / When asked / Then undefined (warnings are shown elsewhere)
    expect(messageFor([warning('w', 'W.', 'length')], 'length')).toBeUndefined();
  });
});
