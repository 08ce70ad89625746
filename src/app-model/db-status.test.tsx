/**
 * A database newer than the app is refused with a sentence, never opened; when another tab opens a
 * newer version, the draft being typed is stored first, then a notice offers to reload.
 */
import { screen } from '@testing-library/react';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';

import { DB_NAME } from '../db/database';
import { SCHEMA } from '../db/schema';
import { renderApp } from '../../tests/setup/render-app';

const NEWER = (SCHEMA.at(-1)!.version + 1) * 10;

/** A raw connection at `version` (×10, Dexie's numbering); resolves once it is open. */
function openRaw(version: number, create?: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => {
      if (create) request.result.createObjectStore(create, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('a database newer than the app', () => {
  it('is refused with a sentence, and left as it was', async () => {
    vi.setSystemTime(new Date('2026-05-06T12:00:00'));
    // Given records written by a newer version (one more schema version than this app knows)
    await Dexie.delete(DB_NAME);
    (await openRaw(NEWER, 'clients')).close();
    // When the app opens
    renderApp('/clients');
    // Then the screen says what happened and what to do, instead of a broken screen
    expect(
      await screen.findByRole('heading', { level: 1, name: 'A newer version holds these records' }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent(
      /This browser holds records from a newer version of IPT Planner .* nothing was changed\./,
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Clients' })).not.toBeInTheDocument();
    // And the database is untouched: still the newer version, its store still there
    const raw = await openRaw(NEWER);
    expect(raw.version).toBe(NEWER);
    expect([...raw.objectStoreNames]).toEqual(['clients']);
    raw.close();
    await Dexie.delete(DB_NAME);
  });
});
