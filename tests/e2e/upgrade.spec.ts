/**
 * A database written by an earlier version of the app opens in this one with its records: the
 * fixture (tests/fixtures/db/vN.json) is written into the browser's IndexedDB with raw IndexedDB
 * on a same-origin page that does not run the app, then the app is opened on it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { writeOldDatabase } from '../fixtures/db/old-database';
import type { DbFixture } from '../fixtures/db/old-database';

import { fixToday } from './clock';
import { CoursePage } from './pages/course-page';
import { WriteUpPage } from './pages/writeup-page';

const fixture = (version: number) =>
  JSON.parse(
    readFileSync(join(process.cwd(), 'tests/fixtures/db', `v${version}.json`), 'utf8'),
  ) as DbFixture;

/** Writes fixture vN as the app's database before the app has ever run in this browser. */
async function installOldDatabase(page: Page, version: number) {
  await page.goto('/favicon.svg');
  await page.evaluate(writeOldDatabase, { name: 'ipt-planner', fixture: fixture(version) });
}

async function expectClientListed(page: Page) {
  await page.goto('/clients');
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'C-7KQ3' })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('a version 1 database opens with its client and the twelve weeks of the course', async ({
  page,
}) => {
  await installOldDatabase(page, 1);
  await expectClientListed(page);
  await page.goto('/courses/k1');
  await new CoursePage(page).expectWeeks(12);
});

for (const version of [6, 7]) {
  test(`a version ${version} database opens with the finalised, amended write-up and the draft`, async ({
    page,
  }) => {
    await installOldDatabase(page, version);
    await expectClientListed(page);
    await page.goto('/courses/k1');
    await new CoursePage(page).expectWeeks(12);
    const writeup = new WriteUpPage(page);
    await writeup.openFromList('k1', 1);
    await expect(writeup.finalisedNotice()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Amendments' })).toBeVisible();
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: 'Amended on Mon 12 Oct 2026 at 08:50: Note corrected' }),
    ).toBeVisible();
    await writeup.openFromList('k1', 3);
    await expect(writeup.note).toHaveValue('Half written: the argument with Jo');
  });
}
