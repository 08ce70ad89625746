import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The in-session measures screen: PHQ-9 (and GAD-7) entered by keyboard, and the ratings. */
export class MeasuresPage {
  readonly phq9: Locator;

  constructor(private readonly page: Page) {
    this.phq9 = page.getByRole('form', { name: 'PHQ-9' });
  }

  /** From the course page: opens session `n` and its measures screen. */
  async openFromCourse(courseUrl: string, n: number) {
    await this.page.goto(courseUrl);
    await this.page.getByRole('link', { name: `Session ${n}`, exact: true }).click();
    await expect(this.page).toHaveURL(/\/sessions\/[^/]+$/);
    await this.page.goto(`${this.page.url()}/measures`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Measures, session ${n} of 12` }),
    ).toBeVisible();
  }

  /** Types the nine answers as digits from item 1, then saves. */
  async enterPhq9(answers: number[]) {
    await this.phq9.getByRole('radio').first().focus();
    await this.page.keyboard.type(answers.join(''));
    const total = answers.reduce((a, b) => a + b, 0);
    await expect(this.phq9.getByRole('status')).toContainText(`PHQ-9 total ${total} of 27`);
    await this.phq9.getByRole('button', { name: 'Save PHQ-9', exact: true }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: `PHQ-9 saved: ${total},` }),
    ).toBeVisible();
  }
}
