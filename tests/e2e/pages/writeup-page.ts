import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The session write-up screen and the course's list of write-ups. */
export class WriteUpPage {
  readonly note: Locator;
  readonly preview: Locator;
  readonly finaliseButton: Locator;

  constructor(private readonly page: Page) {
    this.note = page.getByLabel('Session note', { exact: true });
    this.preview = page.getByLabel('Note preview');
    this.finaliseButton = page.getByRole('button', { name: 'Finalise write-up' });
  }

  /** Opens a session's write-up from the course's list of write-ups. */
  async openFromList(courseId: string, sessionNumber: number) {
    await this.page.goto(`/courses/${courseId}/write-ups`);
    await this.page
      .getByRole('table', { name: 'Past sessions and their write-ups' })
      .getByRole('link', { name: `Session ${sessionNumber}`, exact: true })
      .click();
    await expect(
      this.page.getByRole('heading', {
        level: 1,
        name: new RegExp(`^Write-up: session ${sessionNumber} of`),
      }),
    ).toBeVisible();
  }

  /** Types into the note and waits until the draft is stored. */
  async writeNote(text: string) {
    await this.note.fill(text);
    await expect(this.page.getByText(/^Draft saved \d\d:\d\d$/)).toBeVisible();
  }

  async finalise() {
    await this.finaliseButton.click();
  }

  finalisedNotice(): Locator {
    return this.page.getByText(/^Finalised on \w{3} \d+ \w{3} \d{4} at \d\d:\d\d$/);
  }

  async amend(changes: { minutes?: number; reason: string }) {
    await this.page.getByRole('button', { name: 'Amend this record' }).click();
    if (changes.minutes !== undefined)
      await this.page.getByLabel('Minutes').fill(String(changes.minutes));
    await this.page.getByLabel('Reason for the amendment').fill(changes.reason);
    await this.page.getByRole('button', { name: 'Save amendment' }).click();
  }

  original(): Locator {
    return this.page.getByRole('region', { name: 'Original record' });
  }

  amendments(): Locator {
    return this.page.getByRole('region', { name: 'Amendments' });
  }
}
