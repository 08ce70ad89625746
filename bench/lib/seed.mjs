/**
 * Loads the generated caseload into the app's IndexedDB in Chromium, through the app's origin:
 * the app is opened first so Dexie creates the database at the app's current schema, then each
 * table is fetched as JSON from the bench server (/__data/<table>.json) and written with raw
 * IndexedDB in chunks (one transaction per chunk), and every table is counted back.
 */

/** The tables as the server's in-memory data files. */
export function tableFiles(tables) {
  return new Map(
    Object.entries(tables).map(([name, rows]) => [
      `${name}.json`,
      Buffer.from(JSON.stringify(rows)),
    ]),
  );
}

/** Opens the app once (creating its database), then writes every table of `tables`. */
export async function seedCaseload(context, baseURL, tables) {
  const page = await context.newPage();
  await page.goto(`${baseURL}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // The empty week's sentence shows once the app's first query has answered, so Dexie has opened
  // (and created) the database by then.
  await page.getByText('No sessions this week.').waitFor();
  // Wait until the app's upgrade has created the stores (on a loaded machine the database can be
  // listed while Dexie is still creating them; leaving then would abort the upgrade).
  await page.waitForFunction(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'ipt-planner' && (d.version ?? 0) > 0)) return false;
    return new Promise((resolve) => {
      const open = indexedDB.open('ipt-planner');
      open.onerror = () => resolve(false);
      open.onsuccess = () => {
        const ready = open.result.objectStoreNames.contains('clients');
        open.result.close();
        resolve(ready);
      };
    });
  });
  await page.goto(`${baseURL}/__floor/seed`);
  const counts = await page.evaluate(writeTables, Object.keys(tables));
  await page.close();
  for (const [store, rows] of Object.entries(tables)) {
    if (counts[store] !== rows.length) {
      throw new Error(
        `seeding ${store}: wrote ${rows.length}, the database holds ${counts[store]}`,
      );
    }
  }
  return counts;
}

/** In the page: fetch each table, write it in chunks, count it back. */
async function writeTables(stores) {
  const CHUNK = 2000;
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('ipt-planner');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result);
  });
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('aborted'));
    });
  const counts = {};
  for (const store of stores) {
    if (!db.objectStoreNames.contains(store))
      throw new Error(`the app's database has no store ${store}`);
    const rows = await (await fetch(`/__data/${store}.json`)).json();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const tx = db.transaction(store, 'readwrite');
      const os = tx.objectStore(store);
      for (const row of rows.slice(i, i + CHUNK)) os.put(row);
      await done(tx);
    }
    const tx = db.transaction(store, 'readonly');
    const req = tx.objectStore(store).count();
    await done(tx);
    counts[store] = req.result;
  }
  db.close();
  return counts;
}
