/** Settings kept with the data (they travel in backups): crisis contacts and record keeping. */
import { db } from './database';

export interface CrisisContact {
  name: string;
  phone: string;
  note?: string;
}

interface SettingRow<T> {
  key: string;
  value: T;
}

const settingsTable = <T>() => db.table<SettingRow<T>, string>('settings');

export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  return (await settingsTable<T>().get(key))?.value ?? fallback;
}

export async function setSetting<T>(key: string, value: T): Promise<void> {
  await settingsTable<T>().put({ key, value });
}

/** The locally configured crisis lines, shown with every risk flag and on client handouts. */
export function getCrisisContacts(): Promise<CrisisContact[]> {
  return getSetting<CrisisContact[]>('crisisContacts', []);
}

export function setCrisisContacts(contacts: readonly CrisisContact[]): Promise<void> {
  return setSetting('crisisContacts', [...contacts]);
}
