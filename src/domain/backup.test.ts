import { describe, expect, it } from 'vitest';

import { countRecords, validateBackup } from './backup';

const shape = {
  keys: { clients: 'id', courses: 'id', sessions: 'id', settings: 'key' },
  currentVersion: 3,
};
const client = { id: 'c1', code: 'AB-1', archived: false, createdAt: '2026-01-01T00:00:00Z' };
const course = {
  id: 'k1',
  clientId: 'c1',
  startDate: '2026-03-02',
  length: 12,
  primaryArea: 'grief',
  boundaries: { initialEnd: 3, middleEnd: 9 },
};
const session = {
  id: 's1',
  courseId: 'k1',
  number: 1,
  date: '2026-03-02',
  time: '09:00',
  status: 'planned',
};
const wrap = (tables: unknown, extra: object = {}) => ({
  app: 'ipt-planner',
  schemaVersion: 2,
  exportedAt: 'x',
  tables,
  ...extra,
});

describe('validateBackup', () => {
  it('accepts a sound backup and counts its records', () => {
    // Given a backup with one client, course and session
    const result = validateBackup(
      wrap({ clients: [client], courses: [course], sessions: [session] }),
      shape,
    );
    // Then it is valid
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(countRecords(result.value)).toEqual({ clients: 1, courses: 1, sessions: 1 });
  });

  it.each([
    ['not an object', 'nonsense', 'backup-not-ours'],
    ['another app', { app: 'other' }, 'backup-not-ours'],
    ['no version', { app: 'ipt-planner', tables: {} }, 'backup-version-missing'],
    ['a newer version', { app: 'ipt-planner', schemaVersion: 4, tables: {} }, 'backup-too-new'],
    ['no tables', { app: 'ipt-planner', schemaVersion: 1 }, 'backup-no-tables'],
    ['an unknown table', wrap({ secrets: [] }), 'backup-unknown-table'],
    ['a table that is not a list', wrap({ clients: {} }), 'backup-table-not-list'],
    ['a row without its key', wrap({ settings: [{ value: 1 }] }), 'backup-row-no-key'],
    ['a repeated id', wrap({ clients: [client, client] }), 'backup-row-duplicate'],
    ['a bad client code', wrap({ clients: [{ ...client, code: '' }] }), 'backup-row-invalid'],
    [
      'a non-existent date',
      wrap({ clients: [client], courses: [{ ...course, startDate: '2027-02-29' }] }),
      'backup-row-invalid',
    ],
    [
      'an unknown area',
      wrap({ clients: [client], courses: [{ ...course, primaryArea: 'x' }] }),
      'backup-row-invalid',
    ],
    [
      'a bad session time',
      wrap({ clients: [client], courses: [course], sessions: [{ ...session, time: '25:00' }] }),
      'backup-row-invalid',
    ],
    ['an orphan course', wrap({ courses: [course] }), 'backup-orphan'],
    ['an orphan session', wrap({ clients: [client], sessions: [session] }), 'backup-orphan'],
  ])('refuses %s', (_label, raw, code) => {
    // When the file is checked
    const result = validateBackup(raw, shape);
    // Then it is refused with the reason
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toContain(code);
  });
});
