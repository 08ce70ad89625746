import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The week screen (agenda) and its print views. */
export class AgendaPage {
  readonly agenda: Locator;

  constructor(private readonly page: Page) {
    this.agenda = page.getByRole('region', { name: 'Agenda' });
  }

  async expectSession(n: number, of: number) {
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Session ${n} of ${of}, ${of - n} left` }),
    ).toBeVisible();
  }

  partTitles(): Locator {
    return this.agenda.getByRole('heading', { level: 3 });
  }

  async editPart(n: number, change: { title?: string; minutes?: string }) {
    await this.page.getByRole('button', { name: `Edit part ${n}` }).click();
    if (change.title !== undefined)
      await this.page.getByLabel(`Title of part ${n}`).fill(change.title);
    if (change.minutes !== undefined)
      await this.page.getByLabel(`Minutes of part ${n}`).fill(change.minutes);
  }

  async setTask(task: string) {
    await this.page.getByLabel('Task for the coming week').fill(task);
  }

  /** Saves the agenda and waits for its confirmation next to the button. */
  async save() {
    await this.page.getByRole('button', { name: 'Save agenda' }).click();
    await expect(
      this.agenda.getByRole('status').filter({ hasText: /^Agenda saved$/ }),
    ).toBeVisible();
  }

  /** The part titles once the week's agenda is shown (never an empty list mid-render). */
  async shownPartTitles(): Promise<string[]> {
    await expect(this.partTitles().first()).toBeVisible();
    return this.partTitles().allTextContents();
  }

  async openPrint() {
    await this.page.getByRole('link', { name: 'Print this week' }).click();
    await expect(this.page.getByRole('button', { name: 'Print' })).toBeVisible();
  }

  async goToSession(n: number) {
    await this.page.getByRole('link', { name: new RegExp(`: session ${n}$`) }).click();
  }
}
