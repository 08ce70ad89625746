/**
 * Shared by the restore unit tests and the browser tests (tests/e2e/backup.spec.ts): what is
 * stored before each test, a sound file holding one of every record, and the corpus of broken and
 * hostile files with the reason each refusal must name. Pure data: no database here.
 */
import type { TableName } from '../domain/schemas';
import { TABLE_NAMES } from '../domain/schemas';
import { ROWS } from '../domain/schemas/test-fixtures';

/** A file's label, its bytes (text or raw), and the reason its refusal names. */
export type HostileFile = [label: string, bytes: string | Uint8Array, reason: RegExp];

const content = (bytes: string | Uint8Array) => bytes;
const jsonOf = (value: unknown) => JSON.stringify(value);

/** What is stored here before each test: another client with a course, a session and a final write-up. */
export const here = {
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
export const good = () => ({
  app: 'ipt-planner',
  schemaVersion: 7,
  exportedAt: '2026-05-01T09:00:00.000Z',
  tables: Object.fromEntries(TABLE_NAMES.map((t) => [t, [structuredClone(ROWS[t])]])) as Record<
    string,
    unknown[]
  >,
});

/** `good()` with one table's first row changed. */
export function withRow(table: TableName, change: Record<string, unknown>) {
  const file = good();
  file.tables[table] = [{ ...(file.tables[table]![0] as object), ...change }];
  return file;
}

export const deep = `{"app":"ipt-planner","schemaVersion":7,"tables":{"documents":[{"fields":${'['.repeat(500)}${']'.repeat(500)}}]}}`;
export const utf16 = new Uint8Array([
  0xff,
  0xfe,
  ...[...JSON.stringify(good())].flatMap((ch) => [ch.charCodeAt(0), 0]),
]);

/** Broken and hostile files, each with the reason its refusal names. */
export const HOSTILE: HostileFile[] = [
  ['an empty file', content(''), /empty/],
  ['a file of spaces', content('   \n '), /empty/],
  ['plain text', content('hello, this is not a backup'), /not JSON/],
  ['a truncated backup', content(JSON.stringify(good()).slice(0, -25)), /cut off/],
  [
    'binary data',
    content(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe])),
    /binary/,
  ],
  ['UTF-16 text', content(utf16), /UTF-16/],
  ['another app’s JSON', jsonOf({ app: 'other', tables: {} }), /not an IPT Planner backup/],
  ['a JSON list', jsonOf([good()]), /not an IPT Planner backup/],
  [
    'no schema version',
    jsonOf({ ...good(), schemaVersion: undefined }),
    /does not say which version/,
  ],
  [
    'a future schema version',
    jsonOf({ ...good(), schemaVersion: 99 }),
    /newer version of the app \(data version 99/,
  ],
  [
    'a fractional schema version',
    jsonOf({ ...good(), schemaVersion: 6.5 }),
    /6\.5.*not a whole number/,
  ],
  [
    'a schema version as text',
    jsonOf({ ...good(), schemaVersion: '7' }),
    /"7".*not a whole number/,
  ],
  ['no tables', jsonOf({ ...good(), tables: undefined }), /holds no tables/],
  [
    'an unknown table',
    jsonOf({ ...good(), tables: { ...good().tables, secrets: [] } }),
    /table "secrets"/,
  ],
  [
    'a table named constructor',
    content('{"app":"ipt-planner","schemaVersion":7,"tables":{"constructor":[]}}'),
    /"constructor"/,
  ],
  [
    'a table named __proto__',
    content('{"app":"ipt-planner","schemaVersion":7,"tables":{"__proto__":[{"polluted":true}]}}'),
    /"__proto__"/,
  ],
  [
    'a table that is not a list',
    jsonOf({ ...good(), tables: { clients: { id: 'c1' } } }),
    /"clients" is not a list/,
  ],
  [
    'a row with __proto__',
    content(JSON.stringify(good()).replace('"id":"c1"', '"id":"c1","__proto__":{"isAdmin":true}')),
    /"__proto__" \(at tables\.clients\.0\.__proto__\)/,
  ],
  ['nesting 500 deep', content(deep), /nested far deeper/],
  [
    'a course length as text',
    jsonOf(withRow('courses', { length: '12' })),
    /Course 1 \(k1\): length should be a number, not "12"/,
  ],
  [
    'a course of 10 sessions',
    jsonOf(withRow('courses', { length: 10 })),
    /Course 1 \(k1\): length A course is 12–16/,
  ],
  [
    'a session without a date',
    jsonOf(withRow('sessions', { date: undefined })),
    /Session 1 \(s1\): date is missing/,
  ],
  [
    'a session on 2026-02-30',
    jsonOf(withRow('sessions', { date: '2026-02-30' })),
    /Session 1 \(s1\): date "2026-02-30" is not a day that exists/,
  ],
  [
    'a session with an unknown status',
    jsonOf(withRow('sessions', { status: 'maybe' })),
    /status "maybe" is not one of/,
  ],
  [
    'a flag raised at 25:61',
    jsonOf(withRow('riskFlags', { raisedAt: '2026-03-02T25:61:00Z' })),
    /Risk flag 1 \(f1\): raisedAt/,
  ],
  [
    'a PHQ-9 answer of 4',
    jsonOf(withRow('measures', { answers: [4, 1, 1, 1, 1, 1, 1, 1, 0], total: 11 })),
    /Item 1 .* must be 0, 1, 2 or 3, not 4/,
  ],
  [
    'a PHQ-9 answer of −1',
    jsonOf(withRow('measures', { answers: [-1, 1, 1, 1, 1, 1, 1, 1, 0], total: 6 })),
    /not -1/,
  ],
  [
    'a PHQ-9 answer of 1.5',
    jsonOf(withRow('measures', { answers: [1.5, 1, 1, 1, 1, 1, 1, 1, 0] })),
    /not 1\.5/,
  ],
  [
    'a PHQ-9 answer given as "2"',
    jsonOf(withRow('measures', { answers: ['2', 1, 1, 1, 1, 1, 1, 1, 0] })),
    /answers\.0 should be a number, not "2"/,
  ],
  [
    'a total that disagrees with its items',
    jsonOf(withRow('measures', { total: 20 })),
    /total 20 disagrees with its items, which add up to 8/,
  ],
  [
    'a repeated session id',
    jsonOf({ ...good(), tables: { ...good().tables, sessions: [ROWS.sessions, ROWS.sessions] } }),
    /Session 2 \(s1\) repeats the id s1/,
  ],
  [
    'a session whose course is absent',
    jsonOf(withRow('sessions', { courseId: 'k9' })),
    /Session s1 belongs to course k9, which is not in the file/,
  ],
  [
    'a course whose client is absent',
    jsonOf({ ...good(), tables: { ...good().tables, clients: [] } }),
    /Course k1 belongs to client c1, which is not in the file/,
  ],
  [
    'two clients with one code',
    jsonOf({
      ...good(),
      tables: { ...good().tables, clients: [ROWS.clients, { ...ROWS.clients, id: 'c2' }] },
    }),
    /both have the code C-7KQ3/,
  ],
  [
    'a note of 200 000 characters',
    jsonOf(withRow('writeups', { note: 'x'.repeat(200_000) })),
    /note is longer than 100,000 characters/,
  ],
  [
    'an unknown setting',
    jsonOf(withRow('settings', { key: 'theme', value: 'dark' })),
    /Setting 1 \(theme\)/,
  ],
  [
    'a client code used here by a client also in the file under another code',
    jsonOf({
      ...good(),
      tables: {
        ...good().tables,
        clients: [
          ROWS.clients,
          { ...ROWS.clients, id: 'c9', code: 'c-aaaa' },
          { ...here.clients[0], code: 'C-BBBB' },
        ],
      },
    }),
    /The client code c-aaaa in this file belongs here to another client who is also in the file/,
  ],
];
