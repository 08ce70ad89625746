/**
 * Backup and restore of the large caseload, through the app's own backup page (issues 14 and 15):
 * - export: "Save a backup of all data" until the download starts, and the file's size;
 * - preview: choosing that file until the preview table shows (parsed and checked in a worker,
 *   then compared with the same caseload stored here, so every record is "identical");
 * - restore: "Replace everything" (typed confirmation) until it says so: every table emptied and
 *   every record written again, in one transaction.
 * Each step also reports the longest main-thread task seen meanwhile (PerformanceObserver
 * 'longtask', installed by lib/measure.mjs), and the records are counted back afterwards.
 */
import { statSync } from 'node:fs';

/** In the page: every object store's count. */
async function countAll() {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('ipt-planner');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => resolve(open.result);
  });
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const counts = await Promise.all(
    names.map(
      (n) =>
        new Promise((resolve, reject) => {
          const req = tx.objectStore(n).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        }),
    ),
  );
  db.close();
  return counts.reduce((a, b) => a + b, 0);
}

const resetLongest = (page) =>
  page.evaluate(() => {
    window.__bench.longest = 0;
    return performance.now();
  });
const finish = (page, t0) =>
  page.evaluate((start) => ({ ms: performance.now() - start, longest: window.__bench.longest }), t0);

/** Runs the three steps in a new page of `context` (from lib/measure.mjs benchContext). */
export async function benchBackup(context, base, { timeout = 300_000 } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  try {
    await page.goto(`${base}/backup`);
    await page.getByRole('heading', { name: 'Backup and restore', level: 1 }).waitFor();
    const before = await page.evaluate(countAll);

    let t0 = await resetLongest(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a backup of all data' }).click();
    const download = await downloading;
    const exported = await finish(page, t0);
    const path = await download.path();
    const bytes = statSync(path).size;

    t0 = await resetLongest(page);
    await page.getByLabel('Backup file').setInputFiles(path);
    await page.getByRole('table', { name: /What the file holds/ }).waitFor();
    const previewed = await finish(page, t0);

    await page.getByLabel('Type REPLACE to replace everything').fill('REPLACE');
    t0 = await resetLongest(page);
    await page.getByRole('button', { name: 'Replace everything' }).click();
    await page.getByText(/^Replaced everything with the \d+ records/).waitFor();
    const restored = await finish(page, t0);
    const after = await page.evaluate(countAll);
    if (after !== before) throw new Error(`restore: ${before} records before, ${after} after`);
    return { records: after, bytes, export: exported, preview: previewed, restore: restored };
  } finally {
    await page.close();
  }
}

/** Prints the figures as a small table. */
export function printBackup(f) {
  const row = (label, x) =>
    `${label.padEnd(26)}${x.ms.toFixed(0).padStart(8)} ms   longest task ${x.longest.toFixed(0).padStart(5)} ms`;
  console.log(
    `\nBackup of ${f.records} records (file ${(f.bytes / 1024 / 1024).toFixed(1)} MB, compact JSON):`,
  );
  console.log(row('Export (to download)', f.export));
  console.log(row('Preview (check + compare)', f.preview));
  console.log(row('Restore (replace all)', f.restore));
}
