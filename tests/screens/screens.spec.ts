import { mkdirSync } from 'node:fs';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { fixToday } from '../e2e/clock';

import { printViewsOf, screensOf, seedCourse } from './seed';
import type { Screen } from './seed';

/** The sizes every screen is looked at: desktop, tablet landscape and portrait, phone. */
export const SIZES = [
  { name: '1366x900', width: 1366, height: 900 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '768x1024', width: 768, height: 1024 },
  { name: '390x844', width: 390, height: 844 },
] as const;

const DIR = 'screenshots';

async function shoot(page: Page, screen: Screen, file: string) {
  await page.goto(screen.path);
  // Print views may have no level-1 heading; every screen has a heading once it has loaded.
  await expect(page.getByRole('heading').first()).toBeAttached();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  await page.screenshot({ path: file, fullPage: true });
}

test('screenshots of every screen at every size', async ({ page }) => {
  mkdirSync(DIR, { recursive: true });
  await fixToday(page);
  const seeded = await seedCourse(page);
  const screens = [...screensOf(seeded), ...printViewsOf(seeded)];
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const [i, screen] of screens.entries()) {
      const n = String(i + 1).padStart(2, '0');
      await shoot(page, screen, `${DIR}/${size.name}/${n}-${screen.name}.png`);
    }
  }
  // The print views as they print: the print stylesheet at A4 width.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  for (const screen of printViewsOf(seeded))
    await shoot(page, screen, `${DIR}/print/${screen.name}.png`);
});
