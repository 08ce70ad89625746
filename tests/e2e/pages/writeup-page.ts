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
    await expect(
      this.page.getByRole('status').filter({ hasText: /^Draft saved \d\d:\d\d$/ }),
    ).toBeVisible();
  }

  /** Clicks Finalise; refusals (an open flag, a field) show at the button and are checked by the test. */
  async tryFinalise() {
    await this.finaliseButton.click();
  }

  /** Finalises (confirming the inline question) and waits for the locked record's stamp. */
  async finalise() {
    await this.finaliseButton.click();
    await this.page.getByRole('button', { name: 'Yes, finalise and lock' }).click();
    await expect(this.finalisedNotice()).toBeVisible();
  }

  finalisedNotice(): Locator {
    return this.page.getByText(/^Finalised on \w{3} \d+ \w{3} \d{4} at \d\d:\d\d$/);
  }

  /** Opens the amendment form, fills it and submits; a missing reason is refused at the field. */
  async tryAmend(changes: { minutes?: number; reason: string }) {
    await this.page.getByRole('button', { name: 'Amend this record' }).click();
    if (changes.minutes !== undefined)
      await this.page.getByLabel('Minutes').fill(String(changes.minutes));
    await this.page.getByLabel('Reason for the amendment').fill(changes.reason);
    await this.page.getByRole('button', { name: 'Save amendment' }).click();
  }

  /** Gives the reason in an open amendment form, saves it and waits for the confirmation. */
  async saveAmendment(reason: string) {
    await this.page.getByLabel('Reason for the amendment').fill(reason);
    await this.page.getByRole('button', { name: 'Save amendment' }).click();
    await expect(
      this.page
        .getByRole('status')
        .filter({ hasText: 'Amendment saved. The original record is kept above it.' }),
    ).toBeVisible();
  }

  /** Copies the note and waits for the clipboard's confirmation. */
  async copyNote() {
    await this.page.getByRole('button', { name: 'Copy as note' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /^Note copied/ })).toBeVisible();
  }

  original(): Locator {
    return this.page.getByRole('region', { name: 'Original record' });
  }

  amendments(): Locator {
    return this.page.getByRole('region', { name: 'Amendments' });
  }
}
