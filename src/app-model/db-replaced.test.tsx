/**
 * Another tab opens a newer version of the database while the therapist types a write-up: the
 * draft is stored before this tab lets go, the typing stays on screen, and a notice (not a pop-up)
 * offers to reload.
 */
import { screen } from '@testing-library/react';
import { Dexie } from 'dexie';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { DB_NAME } from '../db/database';
import { SCHEMA } from '../db/schema';
import { renderApp } from '../../tests/setup/render-app';
import { seedGriefCourse } from '../../tests/setup/seed-grief-course';

const NEWER = (SCHEMA.at(-1)!.version + 1) * 10;

/** Another tab's connection at a newer version: resolves once this tab has let go. */
function openNewer(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, NEWER);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

function readRaw(raw: IDBDatabase, store: string, key: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = raw.transaction(store).objectStore(store).get(key);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('read failed'));
  });
}

afterAll(async () => {
  await Dexie.delete(DB_NAME);
});

describe('another tab upgrades the database', () => {
  it('stores the draft being typed, keeps it on screen and offers to reload', async () => {
    // Given session 2 of a course, on Monday 16 March 2026
    vi.setSystemTime(new Date('2026-03-16T12:00:00'));
    await seedGriefCourse('VC-1');
    const { user } = renderApp('/courses/k1/sessions/s2/write-up');
    const note = await screen.findByLabelText('Session note');
    // When the therapist types and, before the autosave's pause is over, another tab upgrades
    await user.type(note, 'Talked about the funeral');
    const other = await openNewer();
    // Then the draft was stored before this tab closed its connection
    expect(await readRaw(other, 'writeups', 's2')).toMatchObject({
      note: 'Talked about the funeral',
      status: 'draft',
    });
    other.close();
    // And the notice says what happened, the typing is still on screen, and reloading is offered
    expect(
      await screen.findByRole('heading', { name: 'IPT Planner was updated in another tab' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reload this tab' })).toBeVisible();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Session note')).toHaveValue('Talked about the funeral');
  });
});
