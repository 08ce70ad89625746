/**
 * The therapist's preferences (print privacy, the first day of the week) live in the settings
 * table with the rest of the data, so a backup carries them (issue 10 item 6). Screens read them
 * live; until the first read answers they get the safe defaults (codes and roles on paper).
 * A value an earlier version kept in localStorage is carried over once, at start-up.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { DEFAULT_PRIVACY } from '../domain/privacy';
import type { PrintPrivacy } from '../domain/privacy';
import { db } from '../db/database';
import { getSetting, setSetting } from '../db/settings';

export interface Preferences {
  privacy: PrintPrivacy;
  weekStartsOn: 0 | 1;
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = Object.freeze({
  privacy: DEFAULT_PRIVACY,
  weekStartsOn: 1,
});

async function readPreferences(): Promise<Preferences> {
  const [privacy, weekStartsOn] = await Promise.all([
    getSetting<PrintPrivacy>('privacy', DEFAULT_PRIVACY),
    getSetting<0 | 1>('weekStartsOn', 1),
  ]);
  return { privacy, weekStartsOn };
}

/** The preferences, live from the settings table (defaults while the first read is pending). */
export function usePreferences(): Preferences {
  return useLiveQuery(readPreferences, []) ?? DEFAULT_PREFERENCES;
}

export function setPrivacy(privacy: PrintPrivacy): Promise<void> {
  return setSetting('privacy', privacy);
}

export function setWeekStartsOn(day: 0 | 1): Promise<void> {
  return setSetting('weekStartsOn', day);
}

const LEGACY_KEY = 'ipt-planner-ui';

/**
 * Moves preferences an earlier version kept in localStorage into the settings table, once: only
 * where the table has no value yet; the old entry is removed after the write.
 */
export async function carryOverLocalPreferences(): Promise<void> {
  if (typeof localStorage === 'undefined') return;
  const raw = localStorage.getItem(LEGACY_KEY);
  if (!raw) return;
  const state = (JSON.parse(raw) as { state?: Partial<Preferences> }).state ?? {};
  await db.transaction('rw', db.settings, async () => {
    const [privacy, weekStartsOn] = await Promise.all([
      db.settings.get('privacy'),
      db.settings.get('weekStartsOn'),
    ]);
    const p = state.privacy;
    if (
      !privacy &&
      p &&
      typeof p.showClientName === 'boolean' &&
      typeof p.showPeopleNames === 'boolean'
    ) {
      await setSetting('privacy', {
        showClientName: p.showClientName,
        showPeopleNames: p.showPeopleNames,
      });
    }
    if (!weekStartsOn && (state.weekStartsOn === 0 || state.weekStartsOn === 1)) {
      await setSetting('weekStartsOn', state.weekStartsOn);
    }
  });
  localStorage.removeItem(LEGACY_KEY);
}
