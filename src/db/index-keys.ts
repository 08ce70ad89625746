/**
 * Primary keys of an index range, for reads that need thousands of keys and no rows (which
 * sessions were held before a day, which write-ups are final). Read with one native `getAllKeys`
 * inside the caller's read transaction, and watched by live queries as one index range plus "any
 * deletion" (a tracked `count()` of the same range), not key by key: Dexie's live queries record
 * every key a keys query returns, which cost about 110 ms for the 15,000 keys of "Write-ups to
 * finish" (issue 15), while a change is rare and re-running the query is cheap.
 */
import { Dexie } from 'dexie';
import type { IndexableType } from 'dexie';

import type { TableName } from '../domain/schemas';

import { tableOf } from './checked';

/** The keys of `table`'s rows whose `index` is from `lower` up to `upper` (exclusive if `upperOpen`). */
export function keysInRange(
  name: TableName,
  index: string,
  lower: IndexableType,
  upper: IndexableType,
  upperOpen = false,
): Promise<string[]> {
  const table = tableOf(name);
  const range = table.where(index).between(lower, upper, true, !upperOpen);
  const trans = Dexie.currentTransaction as { idbtrans?: IDBTransaction } | null;
  const idb = trans?.idbtrans;
  if (!idb) return range.primaryKeys() as Promise<string[]>;
  // The count is what a live query watches; the keys come from IndexedDB itself. Both are Dexie
  // promises, so the caller's transaction zone carries on after them.
  const watched = range.count();
  const keys = new Dexie.Promise<string[]>((resolve, reject) => {
    const request = idb
      .objectStore(name)
      .index(index)
      .getAllKeys(IDBKeyRange.bound(lower, upper, false, upperOpen));
    request.onsuccess = () => resolve(request.result as string[]);
    request.onerror = () => reject(request.error ?? new Error(`reading ${name} ${index}`));
  });
  return Dexie.Promise.all([keys, watched]).then(([k]) => k) as unknown as Promise<string[]>;
}
