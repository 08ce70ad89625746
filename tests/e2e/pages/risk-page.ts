import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The clinician's structured risk assessment, as chosen and written in the acknowledge form. */
export interface Assessment {
  thoughts: RegExp;
  plan: 'Yes' | 'No';
  intent: 'Yes' | 'No';
  means: 'Yes' | 'No';
  history: RegExp;
  protective: string;
  level: 'Low' | 'Moderate' | 'High';
  reasoning: string;
  safetyPlan: 'Safety plan made' | 'Safety plan reviewed' | 'No safety plan needed';
  followUp: string;
}

/** A course's risk page: open flags with their assessment form, a manual flag, the history. */
export class RiskPage {
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.history = page.getByRole('list', { name: 'Acknowledged flags' });
  }

  async goto(courseUrl: string) {
    await this.page.goto(`${courseUrl}/risk`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Risk for/ })).toBeVisible();
  }

  /** The acknowledge form of the open flag whose source matches `source`. */
  form(source: RegExp): Locator {
    return this.page.getByRole('form', { name: source });
  }

  /** Fills every field of `form` (nothing else). */
  async fill(form: Locator, a: Assessment) {
    const choose = (group: string, option: string | RegExp) =>
      form
        .getByRole('group', { name: group, exact: true })
        .getByRole('radio', { name: option })
        .check();
    await choose('Thoughts of death or suicide', a.thoughts);
    await choose('A plan', a.plan);
    await choose('Intent to act', a.intent);
    await choose('Access to means', a.means);
    await choose('Past attempts or self-harm', a.history);
    await form.getByLabel('Protective factors').fill(a.protective);
    await choose('Your judgement of the risk', a.level);
    await form.getByLabel('What your judgement rests on (your words)').fill(a.reasoning);
    await choose('Safety plan', a.safetyPlan);
    await form.getByLabel('Crisis contacts given').check();
    await form.getByLabel('Follow-up').fill(a.followUp);
  }

  /** Fills and acknowledges, then waits for the lasting confirmation (the form leaves with the flag). */
  async acknowledge(form: Locator, a: Assessment) {
    await this.fill(form, a);
    await form.getByRole('button', { name: 'Acknowledge flag' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'it is now in the risk history' }),
    ).toBeVisible();
  }
}
