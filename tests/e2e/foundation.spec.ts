import { expect, test } from '@playwright/test';

import { fixToday } from './clock';
import { ClientPage } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';
import { CoursePage } from './pages/course-page';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('a therapist adds a client, plans 16 weeks, reloads, and cancels a week', async ({ page }) => {
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient('JT-16');
  await new ClientPage(page).planCourse({
    start: '2026-03-02',
    area: 'Role dispute',
    stage: 'Impasse',
    goals: ['Raise the housework argument calmly'],
  });

  const course = new CoursePage(page);
  await course.expectWeeks(16);
  await expect(course.row(1)).toContainText('Mon 2 Mar 2026');
  await expect(course.row(1)).toContainText('Initial');
  await expect(course.row(4)).toContainText('Middle');
  await expect(course.row(13)).toContainText('Middle');
  await expect(course.row(14)).toContainText('Termination');
  // Across the EU daylight-saving change (29 March) the weekday holds.
  await expect(course.row(5)).toContainText('Mon 30 Mar 2026');
  await expect(course.row(16)).toContainText('Mon 15 Jun 2026');

  await page.reload();
  await course.expectWeeks(16);
  await expect(course.row(16)).toContainText('Mon 15 Jun 2026');

  await course.cancel(6, 'Therapist cancelled (or holiday)');
  await expect(course.effect()).toHaveText(
    'The remaining sessions move out a week. The course will end on Mon 22 Jun 2026 instead of Mon 15 Jun 2026.',
  );
  await course.confirmCancellation();
  await expect(course.row(16)).toContainText('Mon 22 Jun 2026');
  await expect(page.getByText(/16 sessions, Mon 2 Mar 2026 to Mon 22 Jun 2026/)).toBeVisible();
});

test('after the first visit, a deep link opens with the network off', async ({ page, context }) => {
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient('OF-1');
  await new ClientPage(page).planCourse({
    start: '2026-01-05',
    length: 12,
    area: 'Grief',
    goals: ['Mourn'],
  });
  await new CoursePage(page).openSession(9);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Session 9 of 12, 3 left' }),
  ).toBeVisible();
  const deepLink = page.url();

  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);
  await page.goto(deepLink);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Session 9 of 12, 3 left' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('link', { name: 'OF-1', exact: true })).toBeVisible();
  await context.setOffline(false);
});

test('an unknown address shows the not-found page inside the app', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
