/**
 * Settings kept with the data (they travel in backups): printing privacy, the week's first day,
 * crisis contacts, record keeping and backup habits. Every row is checked on read: a value that
 * does not match its key's schema reads as the fallback, never as whatever was stored.
 */
import type { CrisisContactInput } from '../domain/measures';
import type { SettingKey, SettingRow, SettingValue } from '../domain/schemas/settings';

import { readGet } from './checked';
import { db } from './database';

export type CrisisContact = CrisisContactInput;
export type { SettingKey, SettingValue } from '../domain/schemas/settings';
import '../domain/schemas/settings';

/** The stored value of `key`, or `fallback` when it is unset or cannot be read. */
export async function getSetting<T>(key: SettingKey, fallback: T): Promise<T> {
  const { row } = await readGet('settings', key);
  return row === undefined ? fallback : (row.value as T);
}

/** Stores `value` under `key`; the value's type is the key's (see domain/schemas/settings.ts). */
export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await db.settings.put({ key, value } as SettingRow);
}

/** The locally configured crisis lines, shown with every risk flag and on client handouts. */
export function getCrisisContacts(): Promise<CrisisContact[]> {
  return getSetting<CrisisContact[]>('crisisContacts', []);
}

export function setCrisisContacts(contacts: readonly CrisisContact[]): Promise<void> {
  return setSetting('crisisContacts', [...contacts]);
}
