/**
 * Phone and tablet: every screen of a seeded course at 390×844 and 768×1024 keeps inside the
 * viewport, gives every control a touch target of at least 44×44 px, and passes axe at that size.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { printViewsOf, screensOf, seedCourse } from '../screens/seed';

import { fixToday } from './clock';

const SIZES = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
];
const TARGET = 44;

/** Elements whose right edge is past the viewport, outside any scrolling or clipping box. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== 'visible' || style.clip !== 'auto') return true;
      }
      return false;
    };
    const found: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= limit || clipped(el)) continue;
      const text = (el.textContent ?? '').trim().slice(0, 40);
      found.push(
        `${el.tagName.toLowerCase()}.${el.className} right ${Math.round(box.right)}: ${text}`,
      );
    }
    const page = document.documentElement.scrollWidth;
    if (page > limit) found.unshift(`the page scrolls sideways: ${page} px wide`);
    return found.slice(0, 5);
  });
}

/** Visible controls smaller than the target; links inside a paragraph's text are exempt. */
function smallTargets(page: Page, target: number): Promise<string[]> {
  return page.evaluate((min) => {
    const found: string[] = [];
    const controls = document.body.querySelectorAll(
      'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button]',
    );
    for (const control of Array.from(controls)) {
      const choice = control.matches('input[type=radio], input[type=checkbox]');
      const el: Element | null = choice
        ? (control.closest('label') ?? document.querySelector(`label[for="${control.id}"]`))
        : control;
      if (!el || (control.matches('a') && control.closest('p'))) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width < 2 || box.height < 2 || style.visibility === 'hidden') continue;
      if (el.closest('.visually-hidden, [aria-hidden=true]')) continue;
      if (box.width >= min - 0.5 && box.height >= min - 0.5) continue;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      found.push(
        `${el.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
    }
    return found.slice(0, 8);
  }, target);
}

for (const size of SIZES) {
  test(`every screen fits ${size.width}×${size.height}, with touch-sized controls, and passes axe`, async ({
    page,
  }) => {
    test.setTimeout(12 * 60_000); // a seeded course, then some thirty-five screens
    await fixToday(page);
    const seeded = await seedCourse(page);
    await page.setViewportSize(size);
    for (const screen of [...screensOf(seeded), ...printViewsOf(seeded)]) {
      const where = `${screen.name} at ${size.width}`;
      await page.goto(screen.path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByText('Loading…')).toHaveCount(0);
      expect.soft(await overflowing(page), `${where}: wider than the screen`).toEqual([]);
      expect.soft(await smallTargets(page, TARGET), `${where}: small targets`).toEqual([]);
      const axe = await new AxeBuilder({ page }).analyze();
      expect
        .soft(
          axe.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.help}`),
          `${where}: axe`,
        )
        .toEqual([]);
    }
  });
}
