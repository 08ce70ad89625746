/** Prints the current page to PDF in Chromium and reads it back: page count and text. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

import { expect } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';

export interface PrintedPdf {
  pages: number;
  text: string;
  path: string;
}

/** Waits until nothing is loading, emulates print media, prints to `format` and returns the page count and the extracted text. */
export async function printToPdf(
  page: Page,
  testInfo: TestInfo,
  name: string,
  format: 'A4' | 'Letter' = 'A4',
): Promise<PrintedPdf> {
  // A print view says while it is still reading (its data, its margin lines): print after that.
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format, printBackground: true, preferCSSPageSize: false });
  await page.emulateMedia({ media: 'screen' });
  const path = testInfo.outputPath(`${name}-${format}.pdf`);
  writeFileSync(path, bytes);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? Number.NaN);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { pages, text, path };
}
