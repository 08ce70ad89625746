/**
 * Every earlier database opens in the current app with nothing lost. Each fixture in
 * tests/fixtures/db/ is what one schema version stored (its stores, indexes and rows); it is
 * written into a raw IndexedDB at that version, then opened with the app's own database.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { isTableName } from '../../domain/schemas';
import { writeOldDatabase } from '../../../tests/fixtures/db/old-database';
import type { DbFixture } from '../../../tests/fixtures/db/old-database';
import { checkRows, PRIMARY_KEYS } from '../checked';
import { createDatabase } from '../database';
import type { IptDatabase } from '../database';
import { SCHEMA } from '../schema';

const NAME = 'upgrade-fixture-test';
const VERSIONS = [1, 2, 3, 4, 5, 6, 7];
const PER_COURSE_SETTING = /^(baseline|mechanismRatings):/;

function fixture(version: number): DbFixture {
  const file = join(process.cwd(), 'tests/fixtures/db', `v${version}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as DbFixture;
}

async function openFixture(version: number): Promise<{ old: DbFixture; db: IptDatabase }> {
  const old = fixture(version);
  await writeOldDatabase({ name: NAME, fixture: old });
  const db = createDatabase(NAME);
  await db.open();
  return { old, db };
}

/** The rows the app should hold after the upgrade: the fixture's, less what an upgrade moved. */
function expectedRows(table: string, old: DbFixture): unknown[] {
  const rows = old.tables[table] ?? [];
  if (table !== 'settings') return rows;
  return rows.filter((r) => !PER_COURSE_SETTING.test(String((r as { key: string }).key)));
}

let open: IptDatabase | undefined;
afterEach(async () => {
  open?.close();
  open = undefined;
  await Dexie.delete(NAME);
});

describe('databases written by every earlier version', () => {
  it.each(VERSIONS)('keeps the released schema v%i exactly as the fixture recorded it', (v) => {
    expect(SCHEMA.find((s) => s.version === v)?.stores).toEqual(fixture(v).stores);
  });

  it.each(VERSIONS)('opens a v%i database with every record and every field', async (v) => {
    const { old, db } = await openFixture(v);
    open = db;
    expect(db.verno).toBe(SCHEMA.at(-1)!.version);
    for (const table of Object.keys(old.tables)) {
      if (!isTableName(table)) throw new Error(`fixture table ${table} is not stored`);
      const stored = await db.table(table).toArray();
      const expected = expectedRows(table, old);
      // Same count, each row readable by today's schema, and unchanged field by field.
      expect(stored, table).toHaveLength(expected.length);
      expect(checkRows(table, stored).unreadable, table).toEqual([]);
      const key = PRIMARY_KEYS[table];
      const byKey = new Map(stored.map((r) => [(r as Record<string, unknown>)[key], r]));
      for (const row of expected) {
        const found = byKey.get((row as Record<string, unknown>)[key]);
        expect(found, `${table} ${String((row as Record<string, unknown>)[key])}`).toMatchObject(
          row as object,
        );
      }
    }
  });

  it.each(VERSIONS.filter((v) => v >= 5))(
    'v%i: the finalised, amended write-up is still final with its amendment and the draft a draft',
    async (v) => {
      const { db } = await openFixture(v);
      open = db;
      const s1 = await db.writeups.get('s1');
      expect(s1?.status).toBe('final');
      expect(s1?.finalisedAt).toBe('2026-10-05T10:05:00.000Z');
      expect(s1?.amendments.map((a) => a.reason)).toEqual(['Wrong score typed']);
      expect((await db.writeups.get('s3'))?.status).toBe('draft');
    },
  );

  it.each(VERSIONS.filter((v) => v >= 3))(
    'v%i: the PHQ-9 with item 9 answered 2 and its flag are kept',
    async (v) => {
      const { db } = await openFixture(v);
      open = db;
      expect((await db.measures.get('m2'))?.answers[8]).toBe(2);
      expect(await db.riskFlags.where('measureId').equals('m2').count()).toBe(1);
    },
  );

  it.each(VERSIONS.filter((v) => v >= 3))(
    'v%i: the chosen baseline (a per-course setting up to v6) is the course’s setting',
    async (v) => {
      // The fixture chose PHQ-9 m1 as k1's baseline, left GAD-7 unchosen and rates mechanisms.
      const { db } = await openFixture(v);
      open = db;
      expect(await db.courseSettings.toArray()).toEqual([
        { courseId: 'k1', baselines: { phq9: 'm1' }, mechanismRatings: true },
      ]);
      expect((await db.settings.toArray()).map((r) => r.key).sort()).toEqual([
        'crisisContacts',
        'weekStartsOn',
      ]);
    },
  );

  it.each(VERSIONS.filter((v) => v >= 5))(
    'v%i: the v8 indexes find the stored rows (pending write-ups, a course’s days)',
    async (v) => {
      const { db } = await openFixture(v);
      open = db;
      const keys = (c: { primaryKeys(): Promise<unknown[]> }) => c.primaryKeys();
      const drafts = db.writeups
        .where('[status+sessionDate]')
        .between(['draft', ''], ['draft', '~']);
      expect(await keys(drafts)).toEqual(['s3']);
      const finals = db.writeups
        .where('[status+sessionDate]')
        .between(['final', ''], ['final', '~']);
      expect(await keys(finals)).toEqual(['s1', 's2']);
      // k1's sessions 1–6 (5 Oct to 9 Nov 2026) are held, 7–12 planned.
      const held = db.sessions
        .where('[status+date]')
        .between(['held', '2026-10-01'], ['held', '2026-12-31']);
      expect(await keys(held)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
      const k1 = db.sessions
        .where('[courseId+date]')
        .between(['k1', '2026-11-16'], ['k1', '2026-11-30'], true, true);
      expect(await keys(k1)).toEqual(['s7', 's8', 's9']);
      const phq = db.measures.where('[courseId+date]').between(['k1', ''], ['k1', '~']);
      expect(await keys(phq)).toEqual(['g1', 'm1', 'm2', 'm3', 'm4']);
    },
  );

  it.each([1, 2])('v%i: tables added later are there and empty', async (v) => {
    const { db } = await openFixture(v);
    open = db;
    expect(await db.writeups.count()).toBe(0);
    expect(await db.courseSettings.count()).toBe(0);
    expect(await db.clients.where('code').equals('C-7KQ3').count()).toBe(1);
  });
});
