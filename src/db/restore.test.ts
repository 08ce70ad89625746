import { beforeEach, describe, expect, it } from 'vitest';

import { TABLE_NAMES } from '../domain/schemas';
import { measure, ROWS } from '../domain/schemas/test-fixtures';

import { tableOf } from './checked';
import { db } from './database';
import { readBackupFile, restoreBackup } from './restore';
import { good, here } from './restore-fixtures';
import { json, raise, storeHere, tryRestore } from './restore-harness';

beforeEach(storeHere);

describe('restore of a sound file', () => {
  it('adds every record of a file that passes the check; a setting changed in both stays as here', async () => {
    const outcome = await tryRestore(json(good()));
    expect(outcome).toEqual({ ok: true, messages: [] });
    for (const t of TABLE_NAMES.filter((name) => name !== 'settings')) {
      const key = ROWS[t] as Record<string, unknown>;
      const stored = await tableOf(t).toArray();
      expect(stored, t).toContainEqual(key);
    }
    // weekStartsOn is 0 here and 1 in the file, and a setting carries no time: it is kept
    expect(await db.settings.toArray()).toEqual([{ key: 'weekStartsOn', value: 0 }]);
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
