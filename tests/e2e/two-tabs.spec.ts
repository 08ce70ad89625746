/**
 * Two pages (tabs) in one browser context on one write-up: the second tab's save over the
 * first's is refused and offered, and "Keep both" stores both texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { writeOldDatabase } from '../fixtures/db/old-database';
import type { DbFixture } from '../fixtures/db/old-database';

import { fixToday } from './clock';

const URL = '/courses/k1/sessions/s4/write-up';
const fixture = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/fixtures/db/v7.json'), 'utf8'),
) as DbFixture;

test('a save over the other tab’s is offered, and keep both stores both', async ({ context }) => {
  const a = await context.newPage();
  await fixToday(a);
  await a.goto('/favicon.svg');
  await a.evaluate(writeOldDatabase, { name: 'ipt-planner', fixture });
  const b = await context.newPage();
  await fixToday(b);
  for (const page of [a, b]) {
    await page.goto(URL);
    await expect(page.getByLabel('Session note', { exact: true })).toBeVisible();
  }
  await a.getByLabel('Session note', { exact: true }).fill('Typed in A');
  await expect(a.getByRole('status').filter({ hasText: /^Draft saved/ })).toBeVisible();
  await b.getByLabel('Session note', { exact: true }).fill('Typed in B');
  await expect(
    b.getByRole('heading', { name: 'This write-up was changed in another tab' }),
  ).toBeVisible();
  await b.getByRole('button', { name: 'Keep both' }).click();
  await expect(b.getByLabel('Session note', { exact: true })).toHaveValue(
    /^Typed in B\n\n--- From the other tab \(saved .*\) ---\nTyped in A$/,
  );
  await expect(b.getByRole('status').filter({ hasText: /^Draft saved/ })).toBeVisible();
});
