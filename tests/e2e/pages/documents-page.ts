import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The documents hub, each document's editor and its print view. */
export class DocumentsPage {
  constructor(private readonly page: Page) {}

  async gotoHub(courseUrl: string) {
    await this.page.goto(`${courseUrl}/documents`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: /^Documents for/ }),
    ).toBeVisible();
  }

  async openTaskCard(session: number) {
    await this.page.getByRole('link', { name: new RegExp(`task card ${session}$`) }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Task card for session ${session}` }),
    ).toBeVisible();
  }

  async editTaskCard(fields: Partial<Record<'task' | 'when' | 'obstacle' | 'plan', string>>) {
    const labels = {
      task: 'The task, in the client’s words',
      when: 'When',
      obstacle: 'What might get in the way',
      plan: 'The plan if it does',
    } as const;
    for (const [key, value] of Object.entries(fields)) {
      await this.page.getByLabel(labels[key as keyof typeof labels]).fill(value);
    }
    await this.page.getByRole('button', { name: 'Save the card' }).click();
    await this.confirmed('Task card saved.');
  }

  async editRelapsePlan(sections: Record<string, string[]>) {
    for (const [label, lines] of Object.entries(sections)) {
      await this.page.getByLabel(label).fill(lines.join('\n'));
    }
    await this.page.getByRole('button', { name: 'Save the plan' }).click();
    await this.confirmed('Relapse plan saved.');
  }

  async appendToLetter(text: string) {
    const letter = this.page.getByLabel('Letter to the client');
    await expect(letter).toHaveValue(/^Dear /);
    await letter.press('ControlOrMeta+End');
    await letter.pressSequentially(`\n${text}`);
    await this.page.getByRole('button', { name: 'Save the letter' }).click();
    await this.confirmed('Letter saved.');
  }

  async answerAdherence(question: string, answer: 'Yes' | 'Partly' | 'No') {
    await this.page
      .getByRole('group', { name: question })
      .getByRole('radio', { name: answer })
      .check();
  }

  async saveAdherence() {
    await this.page.getByRole('button', { name: 'Save the self-check' }).click();
    await this.confirmed('Self-check saved.');
  }

  /** Waits for a save's confirmation next to its button. */
  private async confirmed(message: string) {
    await expect(this.page.getByRole('status').filter({ hasText: message })).toBeVisible();
  }

  /** Follows a "Print …" link and waits for the print view. */
  async openPrint(link: string | RegExp) {
    await this.page.getByRole('link', { name: link }).click();
    await expect(this.page.getByRole('button', { name: 'Print' })).toBeVisible();
    await expect(this.page.locator('.print-page').first()).toBeVisible();
  }
}
