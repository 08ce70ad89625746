import { describe, expect, it } from 'vitest';

import { checkRow, isTableName, TABLE_NAMES } from './index';
import type { TableName } from './index';
import { course, measure, ROWS, session } from './test-fixtures';

/** The fields named by the refusal of `row` in `table` (empty when it parses). */
function refusedFields(table: TableName, row: unknown): string[] {
  const result = checkRow(table, row);
  return result.ok ? [] : result.problems.map((p) => p.field);
}

describe('checkRow', () => {
  it.each(TABLE_NAMES)('accepts the sound %s row', (table) => {
    // Given a row written by hand from the type; Then it parses unchanged
    expect(checkRow(table, ROWS[table])).toEqual({ ok: true, row: ROWS[table] });
  });

  it.each(TABLE_NAMES)('refuses a %s row that is not a record', (table) => {
    expect(checkRow(table, 'not a row').ok).toBe(false);
    expect(checkRow(table, null).ok).toBe(false);
    expect(checkRow(table, [ROWS[table]]).ok).toBe(false);
  });

  it('knows exactly the stored tables, never an inherited name', () => {
    expect(isTableName('sessions')).toBe(true);
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'secrets'])
      expect(isTableName(name)).toBe(false);
  });

  // Each refusal below is written from the rule it breaks (ipt-reference.md, the domain checks).
  it.each([
    ['a day that does not exist', 'sessions', { ...session, date: '2026-02-30' }, 'date'],
    ['29 February of a common year', 'sessions', { ...session, date: '2027-02-29' }, 'date'],
    ['a time of 25:61', 'sessions', { ...session, time: '25:61' }, 'time'],
    ['a time of 24:00', 'sessions', { ...session, time: '24:00' }, 'time'],
    ['an unknown status', 'sessions', { ...session, status: 'maybe' }, 'status'],
    ['a fractional session number', 'sessions', { ...session, number: 1.5 }, 'number'],
    ['a held session without a number', 'sessions', { ...session, number: null }, 'number'],
    ['a missing course', 'sessions', { ...session, courseId: undefined }, 'courseId'],
    ['an empty id', 'sessions', { ...session, id: '' }, 'id'],
    ['a course of 10 sessions (8 or 12–20)', 'courses', { ...course, length: 10 }, 'length'],
    ['a course of 21 sessions', 'courses', { ...course, length: 21 }, 'length'],
    ['a course of 7 sessions', 'courses', { ...course, length: 7 }, 'length'],
    ['a course length that is text', 'courses', { ...course, length: '12' }, 'length'],
    [
      'an initial phase of five sessions (1–4)',
      'courses',
      { ...course, boundaries: { initialEnd: 5, middleEnd: 9 } },
      'boundaries.initialEnd',
    ],
    ['an unknown problem area', 'courses', { ...course, primaryArea: 'anger' }, 'primaryArea'],
    ['four goals (one to three)', 'courses', { ...course, goals: ['a', 'b', 'c', 'd'] }, 'goals'],
    ['a start date of 2026-13-01', 'courses', { ...course, startDate: '2026-13-01' }, 'startDate'],
    [
      'a timestamp on 30 February',
      'courses',
      { ...course, createdAt: '2026-02-30T09:00:00Z' },
      'createdAt',
    ],
    [
      'a timestamp at 25:61',
      'courses',
      { ...course, createdAt: '2026-03-02T25:61:00Z' },
      'createdAt',
    ],
    ['a client code with spaces', 'clients', { ...ROWS.clients, code: 'A B' }, 'code'],
    ['archived as text', 'clients', { ...ROWS.clients, archived: 'no' }, 'archived'],
    [
      'a PHQ-9 answer of 4',
      'measures',
      { ...measure, answers: [4, 1, 1, 1, 1, 1, 1, 1, 0], total: 11 },
      'answers',
    ],
    [
      'a PHQ-9 answer of −1',
      'measures',
      { ...measure, answers: [-1, 1, 1, 1, 1, 1, 1, 1, 0], total: 6 },
      'answers',
    ],
    [
      'a PHQ-9 answer of 1.5',
      'measures',
      { ...measure, answers: [1.5, 1, 1, 1, 1, 1, 1, 1, 0] },
      'answers',
    ],
    [
      'a PHQ-9 answer given as "2"',
      'measures',
      { ...measure, answers: ['2', 1, 1, 1, 1, 1, 1, 1, 0] },
      'answers.0',
    ],
    [
      'ten answers on a PHQ-9',
      'measures',
      { ...measure, answers: [1, 1, 1, 1, 1, 1, 1, 1, 0, 0] },
      'answers',
    ],
    ['a total that disagrees with its items', 'measures', { ...measure, total: 9 }, 'total'],
    [
      'a complete PHQ-9 with an item unanswered',
      'measures',
      { ...measure, answers: [1, 1, 1, 1, 1, 1, 1, 1, null] },
      'answers',
    ],
    ['a complete measure without a total', 'measures', { ...measure, total: undefined }, 'total'],
    ['a GAD-7 with nine answers', 'measures', { ...measure, kind: 'gad7' }, 'answers'],
    [
      'an acknowledged flag with no acknowledgement',
      'riskFlags',
      { ...ROWS.riskFlags, status: 'acknowledged' },
      'acknowledgement',
    ],
    [
      'a final write-up with no finalisation time',
      'writeups',
      { ...ROWS.writeups, finalisedAt: undefined },
      'finalisedAt',
    ],
    [
      'a write-up PHQ-9 score of 28 (0–27)',
      'writeups',
      { ...ROWS.writeups, scores: { phq9: 28 } },
      'scores.phq9',
    ],
    ['a goal rating of 11 (0–10)', 'ratings', { ...ROWS.ratings, goals: [11] }, 'goals.0'],
    ['a ring of 4 (1–3)', 'people', { ...ROWS.people, ring: 4 }, 'ring'],
    ['an unknown setting', 'settings', { key: 'theme', value: 'dark' }, 'key'],
    ['a week starting on Wednesday', 'settings', { key: 'weekStartsOn', value: 3 }, 'value'],
    ['retention of 0 years (1–100)', 'settings', { key: 'retentionYears', value: 0 }, 'value'],
    [
      'a note of more than 100 000 characters',
      'writeups',
      { ...ROWS.writeups, note: 'x'.repeat(100_001) },
      'note',
    ],
  ] as const)('refuses %s', (_rule, table, row, field) => {
    // When the row is checked; Then it is refused at the field the rule concerns
    expect(refusedFields(table, row)).toContain(field);
  });

  it('says why in words the therapist can read, with the value found', () => {
    const result = checkRow('sessions', { ...session, date: '2026-02-30', courseId: undefined });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { field: 'date', reason: '"2026-02-30" is not a day that exists (yyyy-mm-dd)' },
        { field: 'courseId', reason: 'is missing' },
      ]),
    );
  });

  it('says a note over the limit is longer than 100,000 characters, without echoing it', () => {
    const result = checkRow('writeups', { ...ROWS.writeups, note: 'x'.repeat(100_001) });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual({
        field: 'note',
        reason: 'is longer than 100,000 characters',
      });
  });

  it('names the item and the rule for an impossible answer', () => {
    const result = checkRow('measures', { ...measure, answers: [4, 1, 1, 1, 1, 1, 1, 1, 0] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.reason).toMatch(/^Item 1 .* must be 0, 1, 2 or 3, not 4/);
  });

  it('allows what the rules only warn about: brief (8) and extended (17–20) courses, a draft half filled', () => {
    for (const length of [8, 17, 20]) {
      const boundaries =
        length === 8 ? { initialEnd: 2, middleEnd: 6 } : { initialEnd: 3, middleEnd: length - 3 };
      expect(checkRow('courses', { ...course, length, boundaries }).ok).toBe(true);
    }
    const draft = { ...measure, status: 'draft', answers: [1, null, 2], total: undefined };
    expect(checkRow('measures', draft).ok).toBe(true);
  });

  it('drops fields no schema knows, so nothing unexpected is stored or shown', () => {
    const result = checkRow('sessions', { ...session, script: '<img onerror=alert(1)>' });
    expect(result).toEqual({ ok: true, row: session });
  });
});
