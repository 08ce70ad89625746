import { execFileSync } from 'node:child_process';

import { expect } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';

import { printToPdf } from '../pdf';

/** A print view read back from paper: the PDF's text in reading order, spaces and line breaks folded. */
export class HandoutPaper {
  constructor(private readonly page: Page) {}

  /** Waits for the print view (its Print button and first page) to be shown. */
  async expectPrintView() {
    await expect(this.page.getByRole('button', { name: 'Print' })).toBeVisible();
    await expect(this.page.locator('.print-page').first()).toBeVisible();
  }

  /** Prints to A4 and returns the text on paper, whitespace folded to single spaces. */
  async read(testInfo: TestInfo, name: string): Promise<string> {
    const pdf = await printToPdf(this.page, testInfo, name, 'A4');
    return execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' })
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** Writes the client's safety plan (one item per line) and waits for its confirmation. */
  async writeSafetyPlan(clientUrl: string, sections: Record<string, string[]>) {
    await this.page.goto(`${clientUrl}/safety-plan`);
    for (const [label, lines] of Object.entries(sections))
      await this.page.getByLabel(label).fill(lines.join('\n'));
    await this.page.getByRole('button', { name: 'Save the safety plan' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Safety plan saved' }),
    ).toBeVisible();
  }
}
