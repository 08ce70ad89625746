import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The clients list and the add-client form. */
export class ClientsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/clients');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  }

  /** Adds a client with the given code and returns to nothing: the client page opens. */
  async addClient(code: string) {
    await this.page.getByRole('button', { name: 'Add a client' }).click();
    await this.page.getByLabel('Client code').fill(code);
    await this.page.getByRole('button', { name: 'Add client' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Client ${code}` }),
    ).toBeVisible();
  }
}
