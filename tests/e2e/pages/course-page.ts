import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The course overview: the week table and the cancel / reschedule panels. */
export class CoursePage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Weeks of the course' });
    this.rows = this.table.locator('tbody tr');
  }

  row(sessionNumber: number): Locator {
    return this.table.getByRole('row', { name: new RegExp(`^Session ${sessionNumber}\\b`) });
  }

  async expectWeeks(count: number) {
    await expect(this.rows).toHaveCount(count);
  }

  async cancel(
    sessionNumber: number,
    who: 'Therapist cancelled (or holiday)' | 'Client cancelled' | 'Client did not attend',
  ) {
    await this.page
      .getByRole('button', { name: `Cancel session ${sessionNumber}`, exact: true })
      .click();
    await this.page.getByRole('radio', { name: who }).check();
  }

  effect(): Locator {
    return this.page.getByText(/The course (will end|still ends) on/);
  }

  /**
   * Confirms the open cancellation and waits for both its confirmation and the table showing one
   * more cancelled row (the confirmation can come a moment before the table is redrawn).
   */
  async confirmCancellation() {
    const cancelled = this.rows.filter({
      has: this.page.getByRole('cell', { name: /^Cancelled\b/ }),
    });
    const before = await cancelled.count();
    await this.page.getByRole('button', { name: 'Confirm cancellation' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /is cancelled\./ })).toBeVisible();
    await expect(cancelled).toHaveCount(before + 1);
  }

  /** The address of a session's week screen, read from its link in the table. */
  async sessionHref(sessionNumber: number): Promise<string> {
    const link = this.page.getByRole('link', { name: `Session ${sessionNumber}`, exact: true });
    await expect(link).toBeVisible();
    return (await link.getAttribute('href')) ?? '';
  }

  async openSession(sessionNumber: number) {
    await this.page.getByRole('link', { name: `Session ${sessionNumber}`, exact: true }).click();
  }
}
