/**
 * Every print view on A4: how many pages it takes (as few as its content needs), and what each
 * printed page carries in its margins: the client code (never on a client handout), the
 * clinician's name from Settings, the print date (never on the de-identified supervision pack)
 * and "Page n of N".
 */
import { expect, test } from '@playwright/test';
import type { Page, TestInfo } from '@playwright/test';

import { fixToday } from './clock';
import { ClientPage } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';
import { FormulationPage } from './pages/formulation-page';
import { InventoryPage } from './pages/inventory-page';
import { MeasuresPage } from './pages/measures-page';
import { printToPdf } from './pdf';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

const CODE = 'PRN-7';
const CLINICIAN = 'Dr Ana Lindqvist';
/** The fixed day of the browser tests (clock.ts), as every screen and page writes a day. */
const PRINT_DATE = 'Wed 18 Nov 2026';

interface View {
  name: string;
  path: (course: string, client: string, session: string) => string;
  heading: RegExp;
  /**
   * Pages on A4. Before issue 13: the inventory took 3 (the circle alone on page one), then 2;
   * with the people side by side its circle, three people and one event fit one page. The end
   * summary (progress, plan, letter) and the supervision pack keep one part per page by design,
   * and the week's packet is the agenda then the client's blank PHQ-9.
   */
  pages: number;
  /** The top margin names the client by code (not on handouts, nor on the several-client packet). */
  code: boolean;
  /** The margin line carries the print date (not on the de-identified supervision pack). */
  date: boolean;
}

const VIEWS: View[] = [
  {
    name: 'week agenda',
    path: (c, _, s) => `${c}/sessions/${s}/print`,
    heading: /Session 3/,
    pages: 1,
    code: true,
    date: true,
  },
  {
    name: 'all agendas',
    path: (c) => `${c}/print`,
    heading: /agendas/i,
    pages: 12,
    code: true,
    date: true,
  },
  {
    name: 'progress summary',
    path: (c) => `${c}/progress/print`,
    heading: /Progress/,
    pages: 1,
    code: true,
    date: true,
  },
  {
    name: 'inventory',
    path: (c) => `${c}/inventory/print`,
    heading: /Interpersonal inventory/,
    pages: 1,
    code: true,
    date: true,
  },
  {
    name: 'formulation',
    path: (c) => `${c}/formulation/print`,
    heading: /Formulation/,
    pages: 1,
    code: true,
    date: true,
  },
  {
    name: 'task card',
    path: (c, _, s) => `${c}/sessions/${s}/task-card/print`,
    heading: /task/i,
    pages: 1,
    code: false,
    date: true,
  },
  {
    name: 'relapse plan',
    path: (c) => `${c}/relapse-plan/print`,
    heading: /plan/i,
    pages: 1,
    code: false,
    date: true,
  },
  {
    name: 'end summary',
    path: (c) => `${c}/summary/print`,
    heading: /summary/i,
    pages: 3,
    code: false,
    date: true,
  },
  {
    name: 'supervision pack',
    path: (c) => `${c}/supervision/print`,
    heading: /upervision/,
    pages: 3,
    code: true,
    date: false,
  },
  {
    name: 'safety plan',
    path: (_, cl) => `${cl}/safety-plan/print`,
    heading: /My safety plan/,
    pages: 1,
    code: false,
    date: true,
  },
  {
    name: 'this week packet',
    path: () => '/week/print',
    heading: /week/i,
    pages: 2,
    code: false,
    date: true,
  },
];

interface Paths {
  clientUrl: string;
  courseUrl: string;
  sessionId: string;
}

async function setUp(page: Page): Promise<Paths> {
  await page.goto('/settings');
  await page.getByLabel('Your name').fill(CLINICIAN);
  await page.getByRole('button', { name: 'Save clinician details' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Clinician details saved' }),
  ).toBeVisible();
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient(CODE);
  const clientUrl = new URL(page.url()).pathname;
  await new ClientPage(page).planCourse({
    start: '2026-11-04',
    length: 12,
    area: 'Role dispute',
    stage: 'Impasse',
    goals: ['Talk about money without shouting'],
  });
  const courseUrl = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Session 3', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions\/[^/]+$/);
  const sessionId = /sessions\/([^/]+)/.exec(page.url())?.[1] ?? '';
  const measures = new MeasuresPage(page);
  await measures.openFromCourse(courseUrl, 1);
  await measures.enterPhq9([2, 2, 1, 2, 1, 1, 2, 1, 0]);
  const inventory = new InventoryPage(page);
  await page.goto(courseUrl);
  await inventory.open();
  await inventory.addPerson({
    name: 'Samira',
    relationship: 'partner',
    ring: '1 (closest)',
    area: 'Role dispute',
  });
  await inventory.addPerson({ name: 'Odile', relationship: 'mother', ring: '2 (middle)' });
  await inventory.addPerson({ name: 'Jonas', relationship: 'friend', ring: '3 (furthest out)' });
  await inventory.addEvent({
    date: '2025-11-10',
    what: 'Argument about debts',
    person: 'Samira (partner)',
  });
  const formulation = new FormulationPage(page);
  await formulation.goto(courseUrl);
  await formulation.useDraftAndAppend('We start with the bills.');
  await page.getByLabel('The client agrees the work may be discussed in supervision').check();
  await formulation.agreeContract('2026-11-04');
  return { clientUrl, courseUrl, sessionId };
}

/** What one printed view shows, read from its PDF. */
async function readView(page: Page, testInfo: TestInfo, view: View, paths: Paths) {
  await page.goto(view.path(paths.courseUrl, paths.clientUrl, paths.sessionId));
  await expect(page.getByRole('heading', { level: 1, name: view.heading })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
  const pdf = await printToPdf(page, testInfo, view.name.replaceAll(' ', '-'));
  // pdftotext ends each page with a form feed; the margin lines are each page's first and last.
  const pages = pdf.text.split('\f').slice(0, pdf.pages);
  const lines = (p: string) => p.split('\n').filter((l) => l.trim() !== '');
  const head = pages.map((p) => lines(p)[0] ?? '');
  const foot = pages.map((p) => lines(p).at(-1) ?? '');
  return {
    name: view.name,
    pages: pdf.pages,
    numbered: foot.every((f, i) => f.endsWith(`Page ${i + 1} of ${pdf.pages}`)),
    clinician: head.every((h) => h.endsWith(CLINICIAN)),
    date: foot.every((f) => f.startsWith(`Printed ${PRINT_DATE}`)),
    code: head.every((h) => h.startsWith(`Client ${CODE}`)),
  };
}

test('every print view: pages on A4, and code, clinician, date and "Page n of N" on each page', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const paths = await setUp(page);
  const read = [];
  for (const view of VIEWS) read.push(await readView(page, testInfo, view, paths));
  await testInfo.attach('page-counts', {
    body: JSON.stringify(Object.fromEntries(read.map((r) => [r.name, r.pages])), null, 2),
  });
  // Records carry the code atop every page, handouts and the week's packet (several clients) do
  // not; the de-identified supervision pack has no print date.
  expect(read).toEqual(
    VIEWS.map((v) => ({
      name: v.name,
      pages: v.pages,
      numbered: true,
      clinician: true,
      date: v.date,
      code: v.code,
    })),
  );
});
