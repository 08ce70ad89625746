import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';

import { createDatabase } from '../database';
import { SCHEMA } from '../schema';

import { splitCourseSettings, upgradeBackupToV7 } from './v7-course-settings';

const NAME = 'upgrade-v7-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** Rows as version 6 stored them: per-course values inside `settings`. */
const v6Settings = [
  { key: 'baseline:k1:phq9', value: 'm1' },
  { key: 'baseline:k1:gad7', value: null },
  { key: 'mechanismRatings:k1', value: true },
  { key: 'baseline:k2:gad7', value: 'g7' },
  { key: 'crisisContacts', value: [{ name: 'Line', phone: '116 123' }] },
];

describe('upgrade to v7 (course settings)', () => {
  it('Given a v6 database, When the app opens it, Then each course has its settings row and app settings stay', async () => {
    // Given a database written by version 6
    const old = new Dexie(NAME);
    for (const { version, stores } of SCHEMA.filter((s) => s.version <= 6))
      old.version(version).stores(stores);
    await old.table('settings').bulkPut(v6Settings);
    old.close();
    // When the current app opens it
    const db = createDatabase(NAME);
    await db.open();
    // Then the per-course values moved to courseSettings and nothing else changed
    expect(db.verno).toBe(SCHEMA.at(-1)!.version);
    expect(await db.courseSettings.orderBy('courseId').toArray()).toEqual([
      { courseId: 'k1', baselines: { phq9: 'm1' }, mechanismRatings: true },
      { courseId: 'k2', baselines: { gad7: 'g7' }, mechanismRatings: false },
    ]);
    expect(await db.settings.toArray()).toEqual([v6Settings[4]]);
    db.close();
  });

  it('rewrites a v6 backup the same way', () => {
    const upgraded = upgradeBackupToV7({ settings: v6Settings });
    expect(upgraded.settings).toEqual([v6Settings[4]]);
    expect(upgraded.courseSettings).toEqual(splitCourseSettings(v6Settings).courseSettings);
    expect(upgraded.courseSettings).toHaveLength(2);
  });
});
