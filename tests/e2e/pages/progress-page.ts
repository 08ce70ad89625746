import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The progress view: chart, table, review, ratings and course events. */
export class ProgressPage {
  readonly chart: Locator;
  /** The PHQ-9 chart's legend below it: bands, reference lines, the risk marker, events. */
  readonly legend: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.chart = page.getByRole('group', { name: /PHQ-9 by session with severity bands/ });
    this.legend = page.getByRole('list', { name: /^Legend: PHQ-9/ });
    this.table = page.getByRole('table', { name: 'PHQ-9 by session' });
  }

  async goto(courseUrl: string) {
    await this.page.goto(`${courseUrl}/progress`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Progress for/ })).toBeVisible();
  }

  row(sessionNumber: number): Locator {
    return this.table.getByRole('row', { name: new RegExp(`^${sessionNumber} `) });
  }

  point(sessionNumber: number): Locator {
    return this.chart.getByRole('button', {
      name: new RegExp(`^Session ${sessionNumber}, .*: PHQ-9`),
    });
  }
}
