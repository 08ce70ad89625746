import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The caseload table (sortable, filterable) and the add-client form. */
export class ClientsPage {
  readonly table: Locator;
  /** The body rows, one per client shown, in the order shown. */
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Clients' });
    this.rows = this.table.locator('tbody tr');
  }

  /** Shows only the clients of one filter. */
  async show(filter: 'Current' | 'Finished' | 'Archived' | 'With an open flag' | 'All') {
    await this.page.getByRole('radio', { name: filter, exact: true }).check();
  }

  /** Sorts by a column (a second click reverses), and waits for the header to say so. */
  async sortBy(column: string, direction: 'ascending' | 'descending' = 'ascending') {
    const header = this.table.getByRole('columnheader', { name: column });
    await header.getByRole('button').click();
    if ((await header.getAttribute('aria-sort')) !== direction)
      await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', direction);
  }

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
