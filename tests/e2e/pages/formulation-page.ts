import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The formulation (suggested draft, the therapist's text) and the treatment contract. */
export class FormulationPage {
  readonly draft: Locator;
  readonly text: Locator;

  constructor(private readonly page: Page) {
    this.draft = page.getByLabel('Suggested draft');
    this.text = page.getByLabel('Formulation (your wording)');
  }

  async goto(courseUrl: string) {
    await this.page.goto(`${courseUrl}/formulation`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: /Formulation and contract for/ }),
    ).toBeVisible();
  }

  /** Takes the draft, adds the therapist's own sentence at the end and saves. */
  async useDraftAndAppend(sentence: string) {
    await this.page.getByRole('button', { name: 'Use this draft' }).click();
    await this.text.press('ControlOrMeta+End');
    await this.text.pressSequentially(` ${sentence}`);
    await this.page.getByRole('button', { name: 'Save formulation' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Formulation saved.' }),
    ).toBeVisible();
  }

  async agreeContract(date: string) {
    const group = this.page.getByRole('group', { name: 'Was the contract agreed?' });
    await group.getByRole('radio', { name: 'Yes' }).check();
    await this.page.getByLabel('Date agreed').fill(date);
    await this.page.getByRole('button', { name: 'Save contract' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: /^Contract saved\./ }),
    ).toBeVisible();
  }
}
