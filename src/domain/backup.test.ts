import { describe, expect, it } from 'vitest';

import { countRecords, MAX_PROBLEMS, validateBackup } from './backup';
import { checkStructure, decodeBackup, parseBackupText } from './backup-file';
import { TABLE_NAMES } from './schemas';
import { ROWS, session } from './schemas/test-fixtures';

const shape = { currentVersion: 7 };
const wrap = (tables: unknown, extra: object = {}) => ({
  app: 'ipt-planner',
  schemaVersion: 7,
  exportedAt: '2026-05-01T09:00:00.000Z',
  tables,
  ...extra,
});
const everything = () => Object.fromEntries(TABLE_NAMES.map((t) => [t, [ROWS[t]]]));

describe('validateBackup', () => {
  it('accepts a sound backup of every table and counts its records', () => {
    const result = validateBackup(wrap(everything()), shape);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(countRecords(result.value)).sort()).toEqual([...TABLE_NAMES].sort());
      expect(countRecords(result.value).sessions).toBe(1);
    }
  });

  it.each([
    ['not an object', 'nonsense', 'backup-not-ours'],
    ['another app', { app: 'other' }, 'backup-not-ours'],
    ['no version', { app: 'ipt-planner', tables: {} }, 'backup-version-missing'],
    ['a version of 0', wrap({}, { schemaVersion: 0 }), 'backup-version-invalid'],
    ['a newer version', wrap({}, { schemaVersion: 8 }), 'backup-too-new'],
    ['no tables', { app: 'ipt-planner', schemaVersion: 1 }, 'backup-no-tables'],
    ['an unknown table', wrap({ secrets: [] }), 'backup-unknown-table'],
    ['a table named toString', wrap({ toString: [] }), 'backup-unknown-table'],
    ['a table that is not a list', wrap({ clients: {} }), 'backup-table-not-list'],
    ['a row without its key', wrap({ settings: [{ value: 1 }] }), 'backup-row-invalid'],
    [
      'a repeated id',
      wrap({ ...everything(), sessions: [session, session] }),
      'backup-row-duplicate',
    ],
    ['an orphan session', wrap({ ...everything(), courses: [] }), 'backup-orphan'],
    [
      'two formulations for one course',
      wrap({
        ...everything(),
        formulations: [ROWS.formulations, { ...ROWS.formulations, id: 'fo2' }],
      }),
      'backup-one-per-course',
    ],
  ])('refuses %s', (_label, raw, code) => {
    const result = validateBackup(raw, shape);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toContain(code);
  });

  it('lists at most MAX_PROBLEMS reasons and counts the rest', () => {
    const sessions = Array.from({ length: 25 }, (_, i) => ({
      ...session,
      id: `s${i}`,
      date: '2026-02-30',
    }));
    const result = validateBackup(wrap({ ...everything(), sessions }), shape);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
      expect(result.problems.at(-1)?.message).toBe('…and 5 more problems.');
    }
  });

  it('upgrades an older file through the function it is given before checking rows', () => {
    const seen: number[] = [];
    const upgrade = (tables: Record<string, unknown[]>, from: number) => {
      seen.push(from);
      return { ...tables, courseSettings: [ROWS.courseSettings] };
    };
    const result = validateBackup(wrap(everything(), { schemaVersion: 6 }), {
      currentVersion: 7,
      upgrade,
    });
    expect(seen).toEqual([6]);
    expect(result.ok).toBe(true);
  });
});

describe('backup file checks', () => {
  it('refuses empty, UTF-16 and binary bytes, and strips a UTF-8 byte-order mark', () => {
    expect(decodeBackup(new Uint8Array()).ok).toBe(false);
    expect(decodeBackup(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toMatchObject({
      ok: false,
      problems: [{ code: 'backup-utf16' }],
    });
    expect(decodeBackup(new Uint8Array([0xc3, 0x28]))).toMatchObject({
      ok: false,
      problems: [{ code: 'backup-binary' }],
    });
    expect(decodeBackup(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toEqual({
      ok: true,
      value: '{}',
      warnings: [],
    });
  });

  it('tells a cut-off file from text that was never JSON', () => {
    expect(parseBackupText('{"app":"ipt-planner","tab')).toMatchObject({
      ok: false,
      problems: [{ code: 'backup-truncated' }],
    });
    expect(parseBackupText('hello')).toMatchObject({
      ok: false,
      problems: [{ code: 'backup-not-json' }],
    });
  });

  it('refuses prototype keys anywhere and nesting deeper than any record', () => {
    expect(checkStructure(JSON.parse('{"a":[{"b":{"__proto__":1}}]}'))).toMatchObject({
      ok: false,
      problems: [{ code: 'backup-forbidden-key' }],
    });
    let deep: unknown = 1;
    for (let i = 0; i < 40; i += 1) deep = [deep];
    expect(checkStructure(deep)).toMatchObject({
      ok: false,
      problems: [{ code: 'backup-too-deep' }],
    });
    expect(checkStructure(wrap(everything())).ok).toBe(true);
  });
});
