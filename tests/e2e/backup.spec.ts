import { expect, test } from '@playwright/test';

import { good, here, HOSTILE } from '../../src/db/restore-fixtures';

import { fixToday } from './clock';
import { BackupPage } from './pages/backup-page';

type Tables = Record<string, unknown[]>;

/** What is stored before each test: `here` and the fixture's full set of one of every record. */
function stored(): Tables {
  const all: Tables = structuredClone(good().tables);
  for (const [t, rows] of Object.entries(here))
    all[t] = [...rows, ...(t === 'settings' ? [] : (all[t] ?? []))];
  return all;
}

test.beforeEach(async ({ page }) => {
  await fixToday(page);
  const backup = new BackupPage(page);
  await backup.goto();
  await backup.write();
  await backup.write(stored());
  await backup.goto();
});

test('export, wipe and restore bring back every record of every table', async ({ page }) => {
  const backup = new BackupPage(page);
  const before = await backup.dump();
  const file = await backup.saveAll();
  await backup.write();
  await backup.goto();
  await backup.choosePath(file);
  await expect(backup.counts('Client')).toHaveText(['2', '0', '0', '0', '0']);
  await backup.addWhatIsNew();
  expect(await backup.dump()).toEqual(before);
});

test('one client’s backup holds only their records and restores into an empty browser', async ({
  page,
}) => {
  test.slow(); // a loaded machine can take most of a minute to assemble the file
  const backup = new BackupPage(page);
  const file = await backup.saveClient('C-AAAA');
  await backup.write();
  await backup.goto();
  await backup.choosePath(file);
  await backup.addWhatIsNew();
  const after = await backup.dump();
  expect(after.clients).toEqual(here.clients);
  expect(after.courses).toEqual(here.courses);
  expect(after.writeups).toEqual(here.writeups);
  expect(after.settings).toEqual([]);
});

test('a backup from another device merges: the same client code is matched, nothing finalised is overwritten', async ({
  page,
}) => {
  // Given a file from another device: client C-AAAA under another id with a new course, and a
  // later draft of the write-up finalised here
  const backup = new BackupPage(page);
  const before = await backup.dump();
  const [client] = here.clients;
  const [writeup] = here.writeups;
  const other = {
    ...good(),
    tables: {
      clients: [{ ...client, id: 'x0' }],
      courses: [{ ...(good().tables.courses![0] as object), id: 'kx', clientId: 'x0' }],
      sessions: [{ ...(good().tables.sessions![0] as object), id: 'sx', courseId: 'kx' }],
    } as Tables,
  };
  const draft = {
    ...good(),
    tables: {
      clients: here.clients,
      courses: here.courses,
      sessions: here.sessions,
      writeups: [
        {
          ...writeup,
          status: 'draft',
          finalisedAt: undefined,
          amendments: [],
          note: 'Older draft',
          updatedAt: '2026-12-01T00:00:00.000Z',
        },
      ],
    },
  };
  // When the first is chosen, the preview says the client is matched by code
  await backup.chooseBytes('other-device.json', JSON.stringify(other));
  await expect(
    page.getByText(/Client C-AAAA in the file is taken as client C-AAAA here/),
  ).toBeVisible();
  await expect(backup.counts('Course')).toHaveText(['1', '0', '0', '0', '0']);
  await backup.addWhatIsNew();
  // And the second: the finalised write-up is in conflict and kept
  await backup.chooseBytes('draft.json', JSON.stringify(draft));
  await expect(backup.counts('Write-up')).toHaveText(['0', '0', '0', '0', '1']);
  await backup.addWhatIsNew();
  // Then one client C-AAAA holds both courses, and the final write-up is as it was
  const after = await backup.dump();
  expect((after.clients as { code: string }[]).filter((c) => c.code === 'C-AAAA')).toHaveLength(1);
  expect(after.courses).toContainEqual(expect.objectContaining({ id: 'kx', clientId: 'c0' }));
  expect(after.writeups).toEqual(before.writeups);
  for (const [t, rows] of Object.entries(before))
    for (const row of rows) expect(after[t]).toContainEqual(row);
});

test(`${HOSTILE.length} broken or hostile files are each refused with the database unchanged`, async ({
  page,
}) => {
  expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  const backup = new BackupPage(page);
  const before = await backup.dump();
  for (const [index, [label, bytes, reason]] of HOSTILE.entries()) {
    const name = `hostile-${index + 1}.json`;

    await test.step(label, async () => {
      await backup.chooseBytes(name, bytes);
      await expect(backup.refusal(name)).toContainText('Nothing has been changed.');
      await expect(backup.refusal(name)).toContainText(reason);
    });
  }
  expect(await backup.dump()).toEqual(before);
});

test('closing the tab in the middle of a large restore leaves the database as it was', async ({
  page,
  context,
}) => {
  const backup = new BackupPage(page);
  const before = await backup.dump();
  const session = good().tables.sessions![0] as object;
  const large = good();
  large.tables.sessions = Array.from({ length: 20_000 }, (_, i) => ({
    ...session,
    id: `bulk-${i}`,
  }));
  large.tables.agendas = [];
  large.tables.ratings = [];
  large.tables.writeups = [];
  large.tables.measures = [];
  large.tables.riskFlags = [];
  large.tables.documents = [];
  await backup.chooseBytes('large.json', JSON.stringify(large));
  await expect(backup.preview).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Add what is new' }).click();
  await expect(page.getByLabel('Restoring')).toBeVisible();
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await fixToday(again);
  const reopened = new BackupPage(again);
  await reopened.goto();
  expect(await reopened.dump()).toEqual(before);
});
