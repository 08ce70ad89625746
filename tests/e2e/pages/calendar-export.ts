import { readFile } from 'node:fs/promises';

import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The course page's "Add the sessions to a calendar" card: the code opt-in and the download. */
export class CalendarExport {
  readonly card: Locator;
  readonly withCode: Locator;

  constructor(private readonly page: Page) {
    this.card = page.getByRole('region', { name: 'Add the sessions to a calendar' });
    this.withCode = this.card.getByLabel('Add the client code to each event title');
  }

  /** Downloads the .ics file, waits for the card's confirmation and returns the file's text. */
  async download(): Promise<{ name: string; text: string }> {
    const started = this.page.waitForEvent('download');
    await this.card.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
    const file = await started;
    await expect(
      this.card
        .getByRole('status')
        .filter({ hasText: `Calendar file saved (${file.suggestedFilename()}).` }),
    ).toBeVisible();
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  }
}
