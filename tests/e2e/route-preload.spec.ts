import { expect, test } from '@playwright/test';

import { fixToday } from './clock';

/**
 * A deep link's screen code is requested by the preload links that index.html's inline script
 * adds from the route table, before the entry runs (build/route-preload.ts), not by the entry
 * after it has run; and the page's Content-Security-Policy allows that one script.
 */
test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('a deep link to Progress requests its screen chunk before the entry has arrived', async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  let screenRequested: () => void = () => undefined;
  const screen = new Promise<void>((resolve) => (screenRequested = resolve));
  page.on('request', (r) => {
    if (r.url().includes('/assets/progress-page-')) screenRequested();
  });
  // The entry is held back until the screen's chunk has been asked for: only the head's preload
  // links can ask for it while the entry has not even arrived (without them the page never opens).
  let heldEntryFor = 'nothing';
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await screen;
    heldEntryFor = 'screen chunk';
    await route.continue();
  });
  await page.goto('/courses/no-such-course/progress');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(heldEntryFor).toBe('screen chunk');
  await expect(page.locator('link[rel="modulepreload"][href*="progress-page"]')).toHaveCount(1);
  expect(blocked).toEqual([]);
});

test('only the current route is preloaded; another screen loads when opened', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await expect(page.locator('link[href*="clients-page"]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
});
