import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The home screen: this week's sessions, open flags first. */
export class ThisWeekPage {
  readonly list: Locator;
  readonly banner: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByRole('list', { name: 'Sessions this week' });
    this.banner = page.getByRole('region', { name: /open risk flag/i });
  }

  async goto() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  }

  rows(): Locator {
    return this.list.locator(':scope > li');
  }

  async printWeek() {
    await this.page.getByRole('link', { name: 'Print this week' }).click();
    await expect(this.page.getByRole('button', { name: 'Print' })).toBeVisible();
  }
}
