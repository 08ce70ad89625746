import { execFileSync } from 'node:child_process';

import { expect } from '@playwright/test';
import type { Locator, Page, TestInfo } from '@playwright/test';

import { printToPdf } from '../pdf';
import type { PrintedPdf } from '../pdf';

export type PaperFormat = 'A4' | 'Letter';

/**
 * A printed packet read back page by page: pdftotext in reading order (columns one after the
 * other, not side by side as in the layout text), pages split at its form feeds, spaces folded.
 */
export interface PrintedPages extends PrintedPdf {
  pageTexts: string[];
}

/** The course packet (every session, one per page) and the single-week print view. */
export class AgendaPrintPage {
  constructor(private readonly page: Page) {}

  /** Opens the course packet of the course shown at `courseUrl` and waits for its last session. */
  async gotoPacket(courseUrl: string, length: number) {
    await this.page.goto(`${courseUrl}/print`);
    await expect(
      this.page.getByRole('heading', {
        level: 2,
        name: new RegExp(`^Session ${length} of ${length}`),
      }),
    ).toBeVisible();
  }

  /** Opens the single-week print of `sessionUrl` and waits for its heading. */
  async gotoWeek(sessionUrl: string, n: number, of: number) {
    await this.page.goto(`${sessionUrl}/print`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Session ${n} of ${of}, ${of - n} left` }),
    ).toBeVisible();
  }

  async print(testInfo: TestInfo, name: string, format: PaperFormat): Promise<PrintedPages> {
    const pdf = await printToPdf(this.page, testInfo, name, format);
    const raw = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' });
    const pageTexts = raw.split('\f').slice(0, pdf.pages).map(words);
    return { ...pdf, pageTexts };
  }
}

/** The week screen's events and part content, for the busiest week. */
export class WeekScreen {
  constructor(private readonly page: Page) {}

  /** The number of the first part whose title matches `title` (1-based). */
  async partNumber(title: RegExp): Promise<number> {
    const titles = this.page
      .getByRole('region', { name: 'Agenda' })
      .getByRole('heading', { level: 3 });
    await expect(titles.filter({ hasText: title }).first()).toBeVisible();
    const all = await titles.allTextContents();
    return all.findIndex((t) => title.test(t)) + 1;
  }

  async setPartContent(n: number, content: string) {
    await this.page.getByRole('button', { name: `Edit part ${n}` }).click();
    await this.page.getByLabel(`Content of part ${n}`).fill(content);
  }

  /** Marks an event and waits for the confirmation that the agenda follows it. */
  async markEvent(label: RegExp) {
    await this.page.getByRole('checkbox', { name: label }).check();
    await this.page.getByRole('button', { name: 'Save events' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Events recorded; the agenda follows them' }),
    ).toBeVisible();
  }

  banner(): Locator {
    return this.page.getByRole('region', { name: /risk flag/i });
  }
}

/** Words only, so the same agenda laid out on two pages of the same width compares equal. */
export function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
