import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

type Tables = Record<string, unknown[]>;

/**
 * The Backup and restore page (/backup): saving a backup (all, or one client), choosing a file,
 * its preview and the two ways to restore it. Also reads and writes the app's IndexedDB directly
 * (a full dump of every object store, seeding, wiping) so tests compare what is really stored.
 */
export class BackupPage {
  readonly fileInput: Locator;
  readonly preview: Locator;
  readonly progress: Locator;

  constructor(private readonly page: Page) {
    this.fileInput = page.getByLabel('Backup file');
    this.preview = page.getByRole('table', { name: /What the file holds/ });
    this.progress = page.getByRole('progressbar');
  }

  async goto() {
    await this.page.goto('/backup');
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Backup and restore' }),
    ).toBeFocused();
  }

  /** Saves a backup of all data; returns the downloaded file's path once the page confirms. */
  async saveAll(): Promise<string> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Save a backup of all data' }).click();
    const download = await downloading;
    await expect(
      this.page.getByRole('status').filter({ hasText: /^Backup file saved/ }),
    ).toBeVisible();
    return download.path();
  }

  /** Saves one client's records; returns the downloaded file's path once the page confirms. */
  async saveClient(code: string): Promise<string> {
    await this.page.getByLabel('Client', { exact: true }).selectOption({ label: code });
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Save this client’s records' }).click();
    const download = await downloading;
    await expect(
      this.page.getByRole('status').filter({ hasText: /^Client backup saved/ }),
    ).toBeVisible();
    return download.path();
  }

  /** Chooses a file from disk and waits for its preview. */
  async choosePath(path: string) {
    await this.fileInput.setInputFiles(path);
    await expect(this.preview).toBeVisible();
  }

  /** Chooses a file made in the test (nothing is awaited: the caller checks the outcome). */
  async chooseBytes(name: string, bytes: string | Uint8Array) {
    await this.fileInput.setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(bytes),
    });
  }

  /** The refusal of `name`, with its reasons. */
  refusal(name: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: `${name} was refused.` });
  }

  /** The preview row of one kind of record: its five counts in order. */
  counts(record: string): Locator {
    return this.preview.getByRole('row', { name: new RegExp(`^${record}\\b`) }).getByRole('cell');
  }

  /** "Add what is new", waiting for the confirmation. */
  async addWhatIsNew() {
    await this.page.getByRole('button', { name: 'Add what is new' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: /^Added \d+ records/ }),
    ).toBeVisible();
  }

  /** "Replace everything" after typing the word, waiting for the confirmation. */
  async replaceEverything() {
    await this.page.getByLabel('Type REPLACE to replace everything').fill('REPLACE');
    await this.page.getByRole('button', { name: 'Replace everything' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: /^Replaced everything with/ }),
    ).toBeVisible();
  }

  /** Every object store's rows, in key order. */
  dump(): Promise<Tables> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('ipt-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => resolve(open.result);
      });
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const out: Record<string, unknown[]> = {};
      await Promise.all(
        names.map(
          (n) =>
            new Promise<void>((resolve, reject) => {
              const req = tx.objectStore(n).getAll();
              req.onsuccess = () => resolve(void (out[n] = req.result as unknown[]));
              req.onerror = () => reject(req.error);
            }),
        ),
      );
      db.close();
      return out;
    });
  }

  /** Empties every store (`tables` omitted) or writes `tables` into the stores as they are. */
  write(tables?: Tables): Promise<void> {
    return this.page.evaluate(async (tables) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('ipt-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => resolve(open.result);
      });
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readwrite');
      for (const n of names) {
        if (!tables) tx.objectStore(n).clear();
        for (const row of tables?.[n] ?? []) tx.objectStore(n).put(row);
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, tables);
  }
}
