import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { fixToday } from './clock';
import { ClientPage } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';
import { CoursePage } from './pages/course-page';
import { FormulationPage } from './pages/formulation-page';
import { InventoryPage } from './pages/inventory-page';
import { printToPdf } from './pdf';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

/** Replaces every name the review panel marks in the therapist's text with the person's role. */
async function replaceEveryName(page: Page, label: string) {
  const panel = page.getByRole('region', { name: `Names in ${label}` });
  await expect(panel).toBeVisible();
  const replace = panel.getByRole('button', { name: /^Replace “/ });
  for (let left = await replace.count(); left > 0; left -= 1) {
    await replace.first().click();
    await expect(replace).toHaveCount(left - 1);
  }
}

async function expectNoViolations(page: Page, screen: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.help}`);
  expect(summary).toEqual([]);
}

test('a therapist builds the inventory and circle, edits the drafted formulation, prints both by role, and the agenda names the focus person', async ({
  page,
}, testInfo) => {
  // Given a 12-week role-dispute course
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient('INV-4');
  await new ClientPage(page).planCourse({
    start: '2026-03-02',
    length: 12,
    area: 'Role dispute',
    stage: 'Impasse',
    goals: ['Talk about money without shouting'],
  });
  const courseUrl = new URL(page.url()).pathname;

  // When four people are added, the partner marked with the focus area
  const inventory = new InventoryPage(page);
  await inventory.open();
  await expectNoViolations(page, 'inventory (empty)');
  await inventory.addPerson({
    name: 'Samira',
    relationship: 'partner',
    ring: '1 (closest)',
    notGood: 'Samira shouts when money comes up '.repeat(20),
    area: 'Role dispute',
  });
  await inventory.addPerson({ name: 'Odile', relationship: 'mother', ring: '2 (middle)' });
  await inventory.addPerson({ name: 'Jonas', relationship: 'friend', ring: '3 (furthest out)' });
  await inventory.addPerson({ name: 'Kit', relationship: 'work colleague' });
  await expect(page.getByText('Now: Samira (partner).')).toBeVisible();

  // And placed on the circle: Odile closer by keyboard, Kit out to ring 3 by pointer
  await inventory.moveByKeyboard('Odile', 'closer');
  await expect(inventory.ringOf('Odile')).toHaveText('1 (closest)');
  await inventory.placeByPointer('Kit', 3);
  await expect(inventory.ringOf('Kit')).toHaveText('3 (furthest out)');
  await expect(inventory.startCircle.getByText('Samira', { exact: true })).toBeVisible();

  // And the timeline records the onset and the events around it
  await inventory.addEvent({ date: '2025-06-01', what: 'Started a new job' });
  await inventory.addEvent({
    date: '2025-11-10',
    what: 'Argument about debts',
    person: 'Samira (partner)',
  });
  await inventory.addEvent({ date: '2025-11-20', what: 'Sleep worse', mood: 'Mood lower' });
  await expect(inventory.highlightedEvent()).toContainText('Argument about debts');
  await expectNoViolations(page, 'inventory (filled)');

  // Then the formulation is drafted from them, and the therapist's edit survives a reload
  const formulation = new FormulationPage(page);
  await formulation.goto(courseUrl);
  await expect(formulation.draft).toContainText('You and your partner want different things');
  await expect(formulation.draft).toContainText('Argument about debts');
  await expectNoViolations(page, 'formulation');
  await formulation.useDraftAndAppend('Samira and you will start with the bills.');
  await formulation.agreeContract('2026-03-16');
  await page.reload();
  await expect(formulation.text).toHaveValue(/Samira and you will start with the bills\.$/);

  // And on paper: the client code and people by role (default privacy). The therapist's own
  // words print as typed; each name in them is marked, and replaced only where they choose
  await page.goto(`${courseUrl}/inventory/print`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Interpersonal inventory' }),
  ).toBeVisible();
  await expectNoViolations(page, 'inventory print');
  await replaceEveryName(page, 'the inventory');
  const inventoryPdf = await printToPdf(page, testInfo, 'inventory');
  expect(inventoryPdf.text).toContain('INV-4');
  expect(inventoryPdf.text).toContain('partner');
  expect(inventoryPdf.text).toContain('work colleague');
  expect(inventoryPdf.text).not.toMatch(/Samira|Odile|Jonas/);
  const letter = await printToPdf(page, testInfo, 'inventory', 'Letter');
  testInfo.annotations.push({
    type: 'pdf pages',
    description: `inventory A4 ${inventoryPdf.pages}, Letter ${letter.pages}`,
  });
  expect(inventoryPdf.pages).toBeLessThanOrEqual(4);

  await page.goto(`${courseUrl}/formulation/print`);
  await expect(
    page.getByRole('heading', { level: 1, name: /Formulation and treatment/ }),
  ).toBeVisible();
  await expectNoViolations(page, 'formulation print');
  await replaceEveryName(page, 'the formulation');
  const formulationPdf = await printToPdf(page, testInfo, 'formulation');
  expect(formulationPdf.text).toContain('INV-4');
  expect(formulationPdf.text.replace(/\s+/g, ' ')).toContain(
    'partner and you will start with the bills',
  );
  expect(formulationPdf.text).not.toContain('Samira');
  testInfo.annotations.push({
    type: 'pdf pages',
    description: `formulation A4 ${formulationPdf.pages}`,
  });
  expect(formulationPdf.pages).toBe(1);

  // And a middle-phase agenda (session 5) names the focus person on screen
  await page.goto(courseUrl);
  await new CoursePage(page).openSession(5);
  await expect(page.getByRole('heading', { level: 1, name: /Session 5 of 12/ })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Samira');
});
