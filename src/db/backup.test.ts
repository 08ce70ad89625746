import { beforeEach, describe, expect, it } from 'vitest';

import { ROWS } from '../domain/schemas/test-fixtures';

import { exportAll, exportAllFile, exportClient } from './backup';
import { db } from './database';
import { here } from './restore-fixtures';
import { storeHere } from './restore-harness';
import { SCHEMA } from './schema';

beforeEach(async () => {
  await storeHere();
  // more sessions than one page (500), so the file is written from several pages
  await db.sessions.bulkPut(
    Array.from({ length: 1203 }, (_, i) => ({
      ...ROWS.sessions,
      id: `s-${1000 + i}`,
      courseId: 'k0',
    })),
  );
});

const now = '2026-05-06T10:00:00.000Z';
/** Every table the newest schema version declares. */
const schemaTables = () => Object.keys(SCHEMA.at(-1)!.stores).sort();

describe('exportAllFile', () => {
  it('is exactly the compact JSON of every table, read page by page', async () => {
    const whole = await exportAll(now);
    expect(whole.tables.sessions).toHaveLength(1204);
    const file = await exportAllFile(now);
    expect(await file.text()).toBe(JSON.stringify(whole));
  });
});

describe('exportClient', () => {
  it('holds the client, their courses and what belongs to them, and no caseload settings', async () => {
    await db.clients.put({ ...ROWS.clients, id: 'other', code: 'OT-1' });
    const file = await exportClient('c0', now);
    expect(file?.tables.clients).toEqual(here.clients);
    expect(file?.tables.courses).toEqual(here.courses);
    expect(file?.tables.writeups).toEqual(here.writeups);
    expect(file?.tables.sessions).toHaveLength(1204);
    expect(file?.tables.settings).toBeUndefined();
    expect(await exportClient('nobody', now)).toBeUndefined();
  });
});

describe('backup tables', () => {
  it('a full backup holds every table of the schema', async () => {
    // Given the stored caseload, When it is backed up whole
    const whole = await exportAll(now);
    // Then no table the schema declares is missing from the file
    expect(Object.keys(whole.tables).sort()).toEqual(schemaTables());
  });

  it("a client's backup holds every table of the schema except the caseload settings", async () => {
    // Given a stored client, When only their records are backed up
    const file = await exportClient('c0', now);
    // Then every table but the app-wide `settings` is in the file (empty or not)
    const expected = schemaTables().filter((t) => t !== 'settings');
    expect(Object.keys(file?.tables ?? {}).sort()).toEqual(expected);
  });
});
