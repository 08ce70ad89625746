import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export interface CourseInput {
  start: string;
  length?: number;
  area: 'Grief' | 'Role dispute' | 'Role transition' | 'Interpersonal deficits / sensitivity';
  stage?: 'Renegotiation' | 'Impasse' | 'Dissolution';
  goals: string[];
  time?: string;
  minutes?: number;
}

/** A client's page and the new-course form reached from it. */
export class ClientPage {
  constructor(private readonly page: Page) {}

  async planCourse(input: CourseInput) {
    await this.page.getByRole('link', { name: 'Plan a new course' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: /New course for/ }),
    ).toBeVisible();
    await this.page.getByLabel('First session date').fill(input.start);
    if (input.time) await this.page.getByLabel('Time', { exact: true }).fill(input.time);
    if (input.length)
      await this.page.getByLabel('Number of weekly sessions').fill(String(input.length));
    if (input.minutes)
      await this.page.getByLabel('Session length (minutes)').fill(String(input.minutes));
    await this.page.getByLabel('Primary problem area').selectOption({ label: input.area });
    if (input.stage) await this.page.getByRole('radio', { name: new RegExp(input.stage) }).check();
    for (const [i, goal] of input.goals.entries())
      await this.page.getByLabel(new RegExp(`^Goal ${i + 1}`)).fill(goal);
    await this.page.getByRole('button', { name: 'Plan the course' }).click();
    await expect(this.page.getByRole('table', { name: 'Weeks of the course' })).toBeVisible();
  }
}
