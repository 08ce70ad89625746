import type { Page } from '@playwright/test';

/**
 * Browser tests run on a fixed day, never the real one, so none depends on the day it runs:
 * Wednesday 18 November 2026 at local midday. Date and Date.now in the page return it; timers
 * run as usual (Playwright's `page.clock.setFixedTime`).
 */
export const TODAY = '2026-11-18';

/** Fixes the page's clock on `day` (yyyy-MM-dd) at local midday; call before the first goto. */
export async function fixToday(page: Page, day: string = TODAY): Promise<void> {
  await page.clock.setFixedTime(new Date(`${day}T12:00:00`));
}
