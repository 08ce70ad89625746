import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { fixToday } from './clock';
import { ClientPage } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

async function expectNoViolations(page: Page, screen: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.help}`);
  expect(summary).toEqual([]);
}

test('every screen passes axe', async ({ page }) => {
  await page.goto('/');
  await expectNoViolations(page, 'this week');
  const clients = new ClientsPage(page);
  await clients.goto();
  await expectNoViolations(page, 'clients (empty)');
  await clients.addClient('AX-1');
  await expectNoViolations(page, 'client');
  await page.getByRole('link', { name: 'Plan a new course' }).click();
  await page.getByLabel('Number of weekly sessions').fill('10');
  await page.getByRole('button', { name: 'Plan the course' }).click();
  await expect(page.getByText('Choose the primary problem area.')).toBeVisible();
  await expectNoViolations(page, 'new course with errors');
  // Leaving a form with unsaved typing asks first (inline, never a modal); axe checks the question too
  await page.goBack();
  const question = page.getByRole('alertdialog', { name: 'Unsaved changes' });
  await expect(question).toBeVisible();
  await expectNoViolations(page, 'new course, leaving with unsaved changes');
  await question.getByRole('button', { name: 'Discard changes and leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Client AX-1' })).toBeVisible();
  await new ClientPage(page).planCourse({
    start: '2026-09-07',
    area: 'Role dispute',
    stage: 'Renegotiation',
    goals: ['Ask directly'],
  });
  await expectNoViolations(page, 'course');
  await page.getByRole('button', { name: 'Cancel session 2', exact: true }).click();
  await page.getByRole('radio', { name: 'Client cancelled' }).check();
  await expectNoViolations(page, 'course with cancel panel');
  await page.getByRole('link', { name: 'Session 5', exact: true }).click();
  await expectNoViolations(page, 'session');
  await page.getByRole('link', { name: 'Clients' }).click();
  await expectNoViolations(page, 'clients (list)');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expectNoViolations(page, 'settings');
  await page.goto('/nowhere');
  await expectNoViolations(page, 'not found');
});

test('adding a client works by keyboard alone, and focus follows navigation', async ({ page }) => {
  await page.goto('/clients');
  const heading = page.getByRole('heading', { level: 1, name: 'Clients' });
  // Focus moves to the new screen's heading, so a screen reader announces where the user is.
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Add a client' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Client code')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('KB-1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Client KB-1' })).toBeFocused();
  // Backwards from the heading: the main navigation (Settings, then Clients).
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Clients', exact: true })).toBeFocused();
});
