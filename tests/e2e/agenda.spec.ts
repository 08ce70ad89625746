import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { fixToday } from './clock';
import { AgendaPage } from './pages/agenda-page';
import { ClientPage } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';
import { CoursePage } from './pages/course-page';
import { printToPdf } from './pdf';

async function expectNoViolations(page: Page, screen: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.help}`);
  expect(summary).toEqual([]);
}

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

async function planCourse(
  page: Page,
  code: string,
  input: Parameters<ClientPage['planCourse']>[0],
) {
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient(code);
  await new ClientPage(page).planCourse(input);
}

test('a 16-week role dispute: weeks differ, an edit survives a reload, one week prints on one page', async ({
  page,
}, testInfo) => {
  await planCourse(page, 'RD-16', {
    start: '2026-03-02',
    area: 'Role dispute',
    stage: 'Impasse',
    goals: ['Raise the housework argument calmly'],
    minutes: 60,
  });
  const course = new CoursePage(page);
  const agenda = new AgendaPage(page);

  await course.openSession(9);
  await agenda.expectSession(9, 16);
  const week9 = await agenda.shownPartTitles();
  await page.goBack();
  await course.openSession(5);
  await agenda.expectSession(5, 16);
  await expect(agenda.partTitles().first()).toBeVisible();
  await expect(agenda.partTitles()).not.toHaveText(week9);
  await expectNoViolations(page, 'week screen');

  await agenda.editPart(1, { title: 'Scores first, then the week' });
  await agenda.setTask('Ask my partner for ten minutes on Sunday');
  await agenda.save();
  await page.reload();
  await agenda.expectSession(5, 16);
  await expect(agenda.partTitles().first()).toHaveText(/Scores first, then the week/);
  await expect(page.getByLabel('Task for the coming week')).toHaveValue(
    'Ask my partner for ten minutes on Sunday',
  );

  await agenda.openPrint();
  await expectNoViolations(page, 'week print view');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToPdf(page, testInfo, 'week-5', format);
    testInfo.annotations.push({ type: `week 5 pages (${format})`, description: String(pdf.pages) });
    expect(pdf.pages, `${format} pages`).toBe(1);
    expect(pdf.text).toContain('RD-16');
    expect(pdf.text).toContain('Session 5 of 16');
    expect(pdf.text).toContain('Scores first, then the week');
    expect(pdf.text).toContain('Ask my partner for ten minutes on Sunday');
    expect(pdf.text).not.toContain('Strategy menu');
  }

  // A mid-course week with a review is the longest middle week: it still fits one page
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await agenda.goToSession(6);
  await agenda.goToSession(7);
  await agenda.goToSession(8);
  await agenda.expectSession(8, 16);
  await agenda.openPrint();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToPdf(page, testInfo, 'week-8', format);
    expect(pdf.pages, `week 8 ${format} pages`).toBe(1);
  }

  await page.goto(page.url().replace(/\/sessions\/.*$/, '/print'));
  await expect(page.getByRole('heading', { level: 2, name: /^Session 16 of 16/ })).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const packet = await printToPdf(page, testInfo, 'packet', format);
    testInfo.annotations.push({
      type: `packet pages (${format})`,
      description: String(packet.pages),
    });
    expect(packet.pages, `packet ${format}`).toBe(16);
    expect(packet.text).toContain('Session 1 of 16');
    expect(packet.text).toContain('Session 16 of 16');
  }
});

test('a 12-week grief course: early and middle weeks differ and print on one page', async ({
  page,
}, testInfo) => {
  await planCourse(page, 'GR-12', {
    start: '2026-09-07',
    length: 12,
    area: 'Grief',
    goals: ['Mourn my father'],
  });
  const course = new CoursePage(page);
  const agenda = new AgendaPage(page);
  await course.openSession(5);
  await agenda.expectSession(5, 12);
  const week5 = await agenda.shownPartTitles();
  await agenda.goToSession(6);
  await agenda.goToSession(7);
  await agenda.goToSession(8);
  await agenda.goToSession(9);
  await agenda.expectSession(9, 12);
  await expect(agenda.partTitles().first()).toBeVisible();
  await expect(agenda.partTitles()).not.toHaveText(week5);
  await agenda.openPrint();
  const pdf = await printToPdf(page, testInfo, 'grief-9', 'Letter');
  expect(pdf.pages).toBe(1);
  expect(pdf.text).toContain('GR-12');
  expect(pdf.text).toContain('Session 9 of 12');
});
