import { beforeEach, describe, expect, it } from 'vitest';

import { ROWS } from '../domain/schemas/test-fixtures';

import { db } from './database';
import { previewBackup, readBackupFile, restoreBackup } from './restore';
import { good, here } from './restore-fixtures';
import { dump, json, raise, storeHere, tryRestore } from './restore-harness';

beforeEach(storeHere);

/** A file from another device: client C-AAAA under the id x0, with a course, a session and a flag. */
function otherDevice() {
  return {
    ...good(),
    tables: {
      clients: [{ ...here.clients[0], id: 'x0' }],
      courses: [{ ...ROWS.courses, id: 'kx', clientId: 'x0' }],
      sessions: [{ ...ROWS.sessions, id: 'sx', courseId: 'kx' }],
      riskFlags: [{ ...ROWS.riskFlags, id: 'fx', clientId: 'x0', courseId: 'kx', sessionId: 'sx' }],
    } as Record<string, unknown[]>,
  };
}

async function read(file: unknown) {
  const checked = await readBackupFile(json(file));
  if (!checked.ok) throw new Error(checked.problems[0]?.message);
  return checked.value;
}

describe('merge (“add what is new”)', () => {
  it('takes a client with the same code and another id as the client here, and adds their records to them', async () => {
    const file = otherDevice();
    const preview = await previewBackup(await read(file));
    expect(preview.ok && preview.value.matched).toEqual([
      { code: 'C-AAAA', fileId: 'x0', hereId: 'c0' },
    ]);
    expect(await tryRestore(json(file))).toEqual({ ok: true, messages: [] });
    expect((await db.clients.toArray()).map((c) => c.id)).toEqual(['c0']);
    expect((await db.courses.get('kx'))?.clientId).toBe('c0');
    expect((await db.riskFlags.get('fx'))?.clientId).toBe('c0');
  });

  it('never deletes: every record stored here and not in the file is still here', async () => {
    const before = await dump();
    expect(await tryRestore(json(good()))).toEqual({ ok: true, messages: [] });
    const after = await dump();
    for (const [table, rows] of Object.entries(before)) {
      for (const row of rows) expect(after[table], table).toContainEqual(row);
    }
  });

  it('never closes a flag open here, and adds an open flag found only in the file', async () => {
    await db.riskFlags.put({
      ...ROWS.riskFlags,
      id: 'open-here',
      clientId: 'c0',
      courseId: 'k0',
      sessionId: 's0',
      measureId: undefined,
    });
    const file = otherDevice();
    file.tables.riskFlags!.push({
      ...ROWS.riskFlags,
      id: 'open-here',
      clientId: 'x0',
      courseId: 'kx',
      sessionId: 'sx',
      status: 'acknowledged',
      acknowledgement: {
        assessed: true,
        safetyPlan: 'reviewed',
        action: 'Called',
        note: 'Safe',
        at: '2026-12-01T10:00:00.000Z',
      },
    });
    expect(await tryRestore(json(file))).toEqual({ ok: true, messages: [] });
    expect((await db.riskFlags.get('open-here'))?.status).toBe('open');
    expect((await db.riskFlags.get('fx'))?.status).toBe('open');
  });

  it('replaces an older draft write-up with a finalised one from the file', async () => {
    await db.writeups.put({
      ...here.writeups[0]!,
      status: 'draft',
      finalisedAt: undefined,
      amendments: [],
      note: 'Draft here',
    });
    const file = good();
    file.tables.clients!.push(here.clients[0]);
    file.tables.courses!.push(here.courses[0]);
    file.tables.sessions!.push(here.sessions[0]);
    file.tables.writeups!.push({ ...here.writeups[0]!, note: 'Final from the other device' });
    expect(await tryRestore(json(file))).toEqual({ ok: true, messages: [] });
    expect((await db.writeups.get('s0'))?.status).toBe('final');
    expect((await db.writeups.get('s0'))?.note).toBe('Final from the other device');
  });
});

describe('preview', () => {
  it('counts each table’s records as new, identical, newer in the file, newer here or in conflict, and writes nothing', async () => {
    // Given a file with the stored client (identical), the stored course changed (no time: conflict),
    // a draft of the finalised write-up (conflict: finalised here) and a new session
    const file = {
      ...good(),
      tables: {
        clients: [here.clients[0]],
        courses: [{ ...here.courses[0], time: '10:30' }],
        sessions: [here.sessions[0], { ...here.sessions[0], id: 's9', number: 2 }],
        writeups: [
          { ...here.writeups[0]!, status: 'draft', finalisedAt: undefined, amendments: [] },
        ],
      },
    };
    const before = await dump();
    const preview = await previewBackup(await read(file));
    if (!preview.ok) throw new Error('preview failed');
    const counts = Object.fromEntries(preview.value.previews.map((p) => [p.table, p.counts]));
    const zero = { new: 0, identical: 0, 'newer-in-file': 0, 'newer-here': 0, conflict: 0 };
    expect(counts).toEqual({
      clients: { ...zero, identical: 1 },
      courses: { ...zero, conflict: 1 },
      sessions: { ...zero, identical: 1, new: 1 },
      writeups: { ...zero, conflict: 1 },
    });
    expect(await dump()).toEqual(before);
  });

  it('compares a table larger than one page (read a page at a time) the same way', async () => {
    const many = Array.from({ length: 701 }, (_, i) => ({
      ...here.sessions[0]!,
      id: i === 0 ? 's0' : `s-${i}`,
    }));
    const file = {
      ...good(),
      tables: { clients: here.clients, courses: here.courses, sessions: many },
    };
    const preview = await previewBackup(await read(file));
    if (!preview.ok) throw new Error('preview failed');
    const sessions = preview.value.previews.find((p) => p.table === 'sessions');
    expect(sessions?.counts).toEqual({
      new: 700,
      identical: 1,
      'newer-in-file': 0,
      'newer-here': 0,
      conflict: 0,
    });
  });
});

describe('replace (“replace everything”)', () => {
  it('empties every table and stores the file as it is', async () => {
    const checked = await read(good());
    const written = await restoreBackup(checked, raise, 'replace');
    expect(written.ok).toBe(true);
    expect((await db.clients.toArray()).map((c) => c.id)).toEqual(['c1']);
    expect(await db.writeups.get('s0')).toBeUndefined();
    expect(await db.settings.toArray()).toEqual([ROWS.settings]);
  });
});
