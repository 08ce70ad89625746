import { execFileSync } from 'node:child_process';

import { expect, test } from '@playwright/test';

import { fixToday, TODAY } from './clock';
import { ClientPage } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';
import { MeasuresPage } from './pages/measures-page';
import { RiskPage } from './pages/risk-page';
import type { Assessment } from './pages/risk-page';
import { WriteUpPage } from './pages/writeup-page';
import { printToPdf } from './pdf';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

/** Four weeks before the fixed day (Wed 18 Nov 2026): session 5 falls on the fixed day itself. */
const START = '2026-10-21';

/** Item 9 answered "More than half the days" (2): total 11, moderate (10–14). */
const ITEM9_TWO = [1, 2, 1, 1, 1, 1, 1, 1, 2];

const ASSESSED: Assessment = {
  thoughts: /^Passive thoughts/,
  plan: 'No',
  intent: 'No',
  means: 'No',
  history: /^No past attempts/,
  protective: 'Her grandchildren; her sister visits',
  level: 'Low',
  reasoning: 'Passive wish not to wake up since the funeral; no plan or intent; engaged.',
  safetyPlan: 'No safety plan needed',
  followUp: 'Ask about item 9 at the next session',
};

/** The assessment in the app's one wording, worked by hand from the choices above. */
const LAST_ASSESSMENT =
  'Last risk assessment Wed 18 Nov 2026: low (passive thoughts, no plan, no intent).';

test('a positive item 9 walks from the PHQ-9 through the assessment, the agenda, the note, the history and the client list', async ({
  page,
}, testInfo) => {
  test.slow(); // two clients, a PHQ-9, the assessment, a printed agenda and a write-up in one walk
  expect(TODAY).toBe('2026-11-18');
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient('AA-1'); // a client without flags, first by code
  await clients.goto();
  await clients.addClient('RW-2');
  await new ClientPage(page).planCourse({
    start: START,
    length: 12,
    area: 'Grief',
    goals: ['Mourn her mother'],
  });
  const courseUrl = new URL(page.url()).pathname;
  const courseId = courseUrl.split('/').at(-1) ?? '';

  // The PHQ-9 of session 5 with item 9 = 2: the flag shows first on the screen
  const measures = new MeasuresPage(page);
  await measures.openFromCourse(courseUrl, 5);
  await measures.enterPhq9(ITEM9_TWO);
  const banner = page.getByRole('region', { name: 'Open risk flag' });
  await expect(banner).toContainText('“More than half the days” (2)');
  const bannerTop = (await banner.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  const formTop = (await measures.phq9.boundingBox())?.y ?? 0;
  expect(bannerTop).toBeLessThan(formTop);

  // The Clients list shows the flag first, ahead of the client who sorts first by code
  await clients.goto();
  await expect(clients.rows.first()).toContainText('Open risk flag RW-2');

  // The structured assessment acknowledges it
  const risk = new RiskPage(page);
  await risk.goto(courseUrl);
  await risk.acknowledge(risk.form(/PHQ-9 item 9/), ASSESSED);
  await expect(risk.history).toContainText(
    'Risk assessment Wed 18 Nov 2026: low (passive thoughts, no plan, no intent)',
  );

  // The week's agenda: the risk line first, then the last assessment, and risk as the first part
  await page.goto(courseUrl);
  await page.getByRole('link', { name: 'Session 5', exact: true }).click();
  await expect(page).toHaveURL(/\/sessions\/[^/]+$/);
  await page.goto(`${page.url()}/print`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Session 5 of 12, 7 left' }),
  ).toBeVisible();
  const pdf = await printToPdf(page, testInfo, 'risk-agenda', 'A4');
  const lines = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
  const riskAt = lines.indexOf('Open risk flag — assess today');
  expect(riskAt).toBeGreaterThan(0);
  expect(lines.join(' ')).toContain(LAST_ASSESSMENT);
  expect(lines.findIndex((l) => l.startsWith('Last risk assessment'))).toBe(riskAt + 1);
  expect(lines.find((l) => /\b\d+ min\b/.test(l))).toMatch(/^(1\. )?Risk assessment/);

  // The write-up note states item 9 and the assessment, never "No risk flag"
  const writeup = new WriteUpPage(page);
  await writeup.openFromList(courseId, 5);
  await expect(writeup.preview).toHaveValue(/PHQ-9 11 \(moderate\)[^\n]*item 9: 2/);
  await expect(writeup.preview).toHaveValue(
    /Risk assessed in this session \(Wed 18 Nov 2026\): low \(passive thoughts, no plan, no intent\)\./,
  );
  await expect(writeup.preview).toHaveValue(
    /Judgement of risk: Passive wish not to wake up since the funeral/,
  );
  await expect(writeup.preview).not.toHaveValue(/No risk flag/);

  // The client page carries the risk history
  await clients.goto();
  await clients.table.getByRole('link', { name: 'RW-2', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Client RW-2/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Acknowledged flags' })).toContainText(
    'Risk assessment Wed 18 Nov 2026: low (passive thoughts, no plan, no intent)',
  );
});
