import { beforeEach, describe, expect, it, vi } from 'vitest';

import { MAX_BACKUP_BYTES } from '../domain/backup-file';
import type { TableName } from '../domain/schemas';
import { TABLE_NAMES } from '../domain/schemas';
import { measure, ROWS } from '../domain/schemas/test-fixtures';
import { resetDatabase } from '../../tests/setup/render-app';

import { tableOf } from './checked';
import { db } from './database';
import { readBackupFile, restoreBackup } from './restore';

const raise = {
  newId: (() => {
    let n = 0;
    return () => `flag-${(n += 1)}`;
  })(),
  now: '2026-05-06T10:00:00.000Z',
};

/** What is stored here before each test: another client with a course, a session and a final write-up. */
const here = {
  clients: [{ ...ROWS.clients, id: 'c0', code: 'C-AAAA' }],
  courses: [{ ...ROWS.courses, id: 'k0', clientId: 'c0' }],
  sessions: [{ ...ROWS.sessions, id: 's0', courseId: 'k0' }],
  writeups: [
    {
      ...ROWS.writeups,
      sessionId: 's0',
      courseId: 'k0',
      clientId: 'c0',
      note: 'Final record kept here.',
      amendments: [
        {
          at: '2026-03-03T10:00:00.000Z',
          reason: 'Typo',
          changes: { note: 'Final record kept here.' },
          summary: 'note changed',
        },
      ],
    },
  ],
  settings: [{ key: 'weekStartsOn', value: 0 }],
};

/** A sound file holding one of every record (client c1's course k1). */
const good = () => ({
  app: 'ipt-planner',
  schemaVersion: 7,
  exportedAt: '2026-05-01T09:00:00.000Z',
  tables: Object.fromEntries(TABLE_NAMES.map((t) => [t, [structuredClone(ROWS[t])]])) as Record<
    string,
    unknown[]
  >,
});

/** `good()` with one table's first row changed. */
function withRow(table: TableName, change: Record<string, unknown>) {
  const file = good();
  file.tables[table] = [{ ...(file.tables[table]![0] as object), ...change }];
  return file;
}

async function dump(): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const t of TABLE_NAMES) all[t] = await tableOf(t).toArray();
  return all;
}

const fileOf = (content: string | Uint8Array) => new Blob([content as BlobPart]);
const json = (value: unknown) => fileOf(JSON.stringify(value));

/** Reads and, when the check passes, restores; returns every sentence of a refusal. */
async function tryRestore(file: Blob): Promise<{ ok: boolean; messages: string[] }> {
  const read = await readBackupFile(file);
  if (!read.ok) return { ok: false, messages: read.problems.map((p) => p.message) };
  const written = await restoreBackup(read.value, raise);
  return written.ok
    ? { ok: true, messages: [] }
    : { ok: false, messages: written.problems.map((p) => p.message) };
}

beforeEach(async () => {
  await resetDatabase();
  for (const [t, rows] of Object.entries(here)) await tableOf(t as TableName).bulkPut(rows);
});

const deep = `{"app":"ipt-planner","schemaVersion":7,"tables":{"documents":[{"fields":${'['.repeat(500)}${']'.repeat(500)}}]}}`;
const utf16 = new Uint8Array([
  0xff,
  0xfe,
  ...[...JSON.stringify(good())].flatMap((ch) => [ch.charCodeAt(0), 0]),
]);

const HOSTILE: [string, Blob, RegExp][] = [
  ['an empty file', fileOf(''), /empty/],
  ['a file of spaces', fileOf('   \n '), /empty/],
  ['plain text', fileOf('hello, this is not a backup'), /not JSON/],
  ['a truncated backup', fileOf(JSON.stringify(good()).slice(0, -25)), /cut off/],
  [
    'binary data',
    fileOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe])),
    /binary/,
  ],
  ['UTF-16 text', fileOf(utf16), /UTF-16/],
  ['another app’s JSON', json({ app: 'other', tables: {} }), /not an IPT Planner backup/],
  ['a JSON list', json([good()]), /not an IPT Planner backup/],
  [
    'no schema version',
    json({ ...good(), schemaVersion: undefined }),
    /does not say which version/,
  ],
  [
    'a future schema version',
    json({ ...good(), schemaVersion: 99 }),
    /newer version of the app \(data version 99/,
  ],
  [
    'a fractional schema version',
    json({ ...good(), schemaVersion: 6.5 }),
    /6\.5.*not a whole number/,
  ],
  ['a schema version as text', json({ ...good(), schemaVersion: '7' }), /"7".*not a whole number/],
  ['no tables', json({ ...good(), tables: undefined }), /holds no tables/],
  [
    'an unknown table',
    json({ ...good(), tables: { ...good().tables, secrets: [] } }),
    /table "secrets"/,
  ],
  [
    'a table named constructor',
    fileOf('{"app":"ipt-planner","schemaVersion":7,"tables":{"constructor":[]}}'),
    /"constructor"/,
  ],
  [
    'a table named __proto__',
    fileOf('{"app":"ipt-planner","schemaVersion":7,"tables":{"__proto__":[{"polluted":true}]}}'),
    /"__proto__"/,
  ],
  [
    'a table that is not a list',
    json({ ...good(), tables: { clients: { id: 'c1' } } }),
    /"clients" is not a list/,
  ],
  [
    'a row with __proto__',
    fileOf(JSON.stringify(good()).replace('"id":"c1"', '"id":"c1","__proto__":{"isAdmin":true}')),
    /"__proto__" \(at tables\.clients\.0\.__proto__\)/,
  ],
  ['nesting 500 deep', fileOf(deep), /nested far deeper/],
  [
    'a course length as text',
    json(withRow('courses', { length: '12' })),
    /Course 1 \(k1\): length should be a number, not "12"/,
  ],
  [
    'a course of 10 sessions',
    json(withRow('courses', { length: 10 })),
    /Course 1 \(k1\): length A course is 12–16/,
  ],
  [
    'a session without a date',
    json(withRow('sessions', { date: undefined })),
    /Session 1 \(s1\): date is missing/,
  ],
  [
    'a session on 2026-02-30',
    json(withRow('sessions', { date: '2026-02-30' })),
    /Session 1 \(s1\): date "2026-02-30" is not a day that exists/,
  ],
  [
    'a session with an unknown status',
    json(withRow('sessions', { status: 'maybe' })),
    /status "maybe" is not one of/,
  ],
  [
    'a flag raised at 25:61',
    json(withRow('riskFlags', { raisedAt: '2026-03-02T25:61:00Z' })),
    /Risk flag 1 \(f1\): raisedAt/,
  ],
  [
    'a PHQ-9 answer of 4',
    json(withRow('measures', { answers: [4, 1, 1, 1, 1, 1, 1, 1, 0], total: 11 })),
    /Item 1 .* must be 0, 1, 2 or 3, not 4/,
  ],
  [
    'a PHQ-9 answer of −1',
    json(withRow('measures', { answers: [-1, 1, 1, 1, 1, 1, 1, 1, 0], total: 6 })),
    /not -1/,
  ],
  [
    'a PHQ-9 answer of 1.5',
    json(withRow('measures', { answers: [1.5, 1, 1, 1, 1, 1, 1, 1, 0] })),
    /not 1\.5/,
  ],
  [
    'a PHQ-9 answer given as "2"',
    json(withRow('measures', { answers: ['2', 1, 1, 1, 1, 1, 1, 1, 0] })),
    /answers\.0 should be a number, not "2"/,
  ],
  [
    'a total that disagrees with its items',
    json(withRow('measures', { total: 20 })),
    /total 20 disagrees with its items, which add up to 8/,
  ],
  [
    'a repeated session id',
    json({ ...good(), tables: { ...good().tables, sessions: [ROWS.sessions, ROWS.sessions] } }),
    /Session 2 \(s1\) repeats the id s1/,
  ],
  [
    'a session whose course is absent',
    json(withRow('sessions', { courseId: 'k9' })),
    /Session s1 belongs to course k9, which is not in the file/,
  ],
  [
    'a course whose client is absent',
    json({ ...good(), tables: { ...good().tables, clients: [] } }),
    /Course k1 belongs to client c1, which is not in the file/,
  ],
  [
    'two clients with one code',
    json({
      ...good(),
      tables: { ...good().tables, clients: [ROWS.clients, { ...ROWS.clients, id: 'c2' }] },
    }),
    /both have the code C-7KQ3/,
  ],
  [
    'a note of 200 000 characters',
    json(withRow('writeups', { note: 'x'.repeat(200_000) })),
    /note is longer than 100,000 characters/,
  ],
  [
    'an unknown setting',
    json(withRow('settings', { key: 'theme', value: 'dark' })),
    /Setting 1 \(theme\)/,
  ],
  [
    'a client code already used here',
    json(withRow('clients', { code: 'c-aaaa' })),
    /The client code c-aaaa in this file is already used here by a different client/,
  ],
];

describe('restore refuses broken and hostile files, changing nothing', () => {
  it(`has at least 30 of them (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE)(
    'refuses %s with its reason, the database unchanged',
    async (_label, file, reason) => {
      // Given the stored records
      const before = await dump();
      // When the file is chosen and, if it passed, restored
      const outcome = await tryRestore(file);
      // Then it is refused with a sentence naming why, and every table is exactly as it was
      expect(outcome.ok).toBe(false);
      expect(outcome.messages.join('\n')).toMatch(reason);
      expect(await dump()).toEqual(before);
    },
  );

  it('refuses a file far too large by its size, without reading it', async () => {
    const arrayBuffer = vi.fn();
    const huge = { size: MAX_BACKUP_BYTES + 1, arrayBuffer } as unknown as Blob;
    const result = await readBackupFile(huge);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.message).toMatch(
        /^This file is 51 MB; a backup from this app is at most 50 MB/,
      );
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('rolls back everything when the storage fails half-way, and says so', async () => {
    const before = await dump();
    const read = await readBackupFile(json(good()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    vi.spyOn(db.sessions, 'bulkPut').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    const written = await restoreBackup(read.value, raise);
    expect(written.ok).toBe(false);
    if (!written.ok)
      expect(written.problems[0]?.message).toMatch(/no room left.*Nothing was changed/);
    expect(await dump()).toEqual(before);
    vi.restoreAllMocks();
  });
});

describe('restore of a sound file', () => {
  it('restores every table of a file that passes the check', async () => {
    const outcome = await tryRestore(json(good()));
    expect(outcome).toEqual({ ok: true, messages: [] });
    for (const t of TABLE_NAMES) {
      const key = ROWS[t] as Record<string, unknown>;
      const stored = await tableOf(t).toArray();
      expect(stored, t).toContainEqual(key);
    }
  });

  it('never replaces a finalised write-up or its amendments, not even with a draft of it', async () => {
    // Given a file from another device holding a draft of the session finalised here
    const file = good();
    file.tables.clients!.push(here.clients[0]);
    file.tables.courses!.push(here.courses[0]);
    file.tables.sessions!.push(here.sessions[0]);
    file.tables.writeups!.push({
      ...here.writeups[0],
      status: 'draft',
      finalisedAt: undefined,
      amendments: [],
      note: 'Old draft',
      updatedAt: '2026-06-01T00:00:00.000Z',
    });
    // When it is restored
    const read = await readBackupFile(json(file));
    if (!read.ok) throw new Error(read.problems[0]?.message);
    const written = await restoreBackup(read.value, raise);
    // Then the final record and its amendment are as they were
    expect(written.ok).toBe(true);
    expect(await db.writeups.get('s0')).toEqual(here.writeups[0]);
    if (written.ok)
      expect(written.value.kept).toContainEqual({
        table: 'writeups',
        key: 's0',
        why: 'finalised here',
      });
  });

  it('derives risk: a PHQ-9 with item 9 answered and a total of 20 or more opens both flags, as the form does', async () => {
    // Given a file with a PHQ-9 of 3,3,3,3,2,2,2,2,1 = 21 (item 9 answered 1) and no flags at all
    const phq = { ...measure, answers: [3, 3, 3, 3, 2, 2, 2, 2, 1], total: 21 };
    const file = { ...good(), tables: { ...good().tables, measures: [phq], riskFlags: [] } };
    // When it is restored
    expect(await tryRestore(json(file))).toEqual({ ok: true, messages: [] });
    // Then one item-9 flag and one severe-score flag are open for that questionnaire
    const flags = await db.riskFlags.where('measureId').equals('m1').toArray();
    expect(flags.map((f) => [f.source, f.status]).sort()).toEqual([
      ['item9', 'open'],
      ['severe-score', 'open'],
    ]);
    // And restoring the same file again raises none twice
    await tryRestore(json(file));
    expect(await db.riskFlags.where('measureId').equals('m1').count()).toBe(2);
  });

  it('upgrades an older file with the database’s own upgrade: a v6 baseline lands in the course settings', async () => {
    const file = good();
    file.schemaVersion = 6;
    delete file.tables.courseSettings;
    file.tables.settings = [{ key: 'baseline:k1:phq9', value: 'm1' }];
    expect(await tryRestore(json(file))).toEqual({ ok: true, messages: [] });
    expect(await db.courseSettings.get('k1')).toEqual({
      courseId: 'k1',
      baselines: { phq9: 'm1' },
      mechanismRatings: false,
    });
    expect(await db.settings.get('baseline:k1:phq9')).toBeUndefined();
  });
});
