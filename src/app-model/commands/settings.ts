/** Settings commands: crisis contacts. Each reads the stored list inside its own transaction. */
import type { CrisisContactInput } from '../../domain/measures';
import { db } from '../../db/database';
import { getCrisisContacts, setCrisisContacts } from '../../db/settings';
import { Refusal } from '../errors';

/** Adds a crisis contact to the stored list; returns it. */
export async function addCrisisContact(contact: CrisisContactInput): Promise<CrisisContactInput> {
  await db.transaction('rw', db.settings, async () => {
    await setCrisisContacts([...(await getCrisisContacts()), contact]);
  });
  return contact;
}

/** Removes the contact at `index` if it is still `name` (another tab may have changed the list). */
export async function removeCrisisContact(index: number, name: string): Promise<string> {
  await db.transaction('rw', db.settings, async () => {
    const list = await getCrisisContacts();
    if (list[index]?.name !== name) throw new Refusal('conflict');
    await setCrisisContacts(list.filter((_, j) => j !== index));
  });
  return name;
}
