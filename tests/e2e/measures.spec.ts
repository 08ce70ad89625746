import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { fixToday } from './clock';
import { ClientPage } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';
import { MeasuresPage } from './pages/measures-page';
import { ProgressPage } from './pages/progress-page';
import type { Assessment } from './pages/risk-page';
import { RiskPage } from './pages/risk-page';
import { ThisWeekPage } from './pages/this-week-page';
import { printToPdf } from './pdf';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

async function expectNoViolations(page: Page, screen: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${screen}: ${v.id} ${v.help}`)).toEqual([]);
}

/**
 * The first test's course starts four weeks before this week's Monday, so its five PHQ-9s are
 * dated on or before the fixed day (TODAY, Wednesday 18 Nov 2026) and session 5 falls this week.
 */
const FOUR_WEEKS_BEFORE_THIS_MONDAY = '2026-10-19';
/** Monday of the fixed day's week. */
const MONDAY_THIS_WEEK = '2026-11-16';

const PASSIVE: Assessment = {
  thoughts: /^Passive thoughts/,
  plan: 'No',
  intent: 'No',
  means: 'No',
  history: /^No past attempts/,
  protective: 'Her sister; the allotment',
  level: 'Low',
  reasoning: 'Fleeting wish not to wake up, no plan, reasons for living',
  safetyPlan: 'No safety plan needed',
  followUp: 'Ask about item 9 next session',
};

const WEEKS = [
  [3, 3, 3, 3, 2, 2, 1, 1, 0], // 18 baseline, moderately severe
  [3, 3, 2, 2, 2, 1, 1, 0, 1], // 15, item 9 = 1
  [2, 2, 2, 2, 1, 1, 1, 1, 0], // 12, partial response
  [1, 1, 1, 1, 1, 1, 1, 1, 0], // 8, response
  [1, 1, 1, 1, 0, 0, 0, 0, 0], // 4, remission range
];

test('PHQ-9s across the weeks: bands, response and remission; item 9 flag everywhere until acknowledged; the week packet', async ({
  page,
}, testInfo) => {
  test.slow(); // five weeks of PHQ-9s, the assessment and a printed packet in one walk
  await new ClientsPage(page).goto();
  await new ClientsPage(page).addClient('ME-4');
  await new ClientPage(page).planCourse({
    start: FOUR_WEEKS_BEFORE_THIS_MONDAY,
    length: 12,
    area: 'Grief',
    goals: ['Mourn and reconnect'],
  });
  const courseUrl = new URL(page.url()).pathname;
  await expectNoViolations(page, 'course');

  const measures = new MeasuresPage(page);
  for (const [i, answers] of WEEKS.entries()) {
    await measures.openFromCourse(courseUrl, i + 1);
    await measures.enterPhq9(answers);
  }
  await expect(page.getByRole('region', { name: 'Open risk flag' })).toBeVisible();
  await expectNoViolations(page, 'measures');

  // Progress: bands, response and remission in the table and on the chart.
  const progress = new ProgressPage(page);
  await progress.goto(courseUrl);
  await expect(progress.row(1)).toContainText('Moderately severe');
  await expect(progress.row(1)).toContainText('Baseline');
  await expect(progress.row(2)).toContainText('Open');
  await expect(progress.row(3)).toContainText('Partial response');
  await expect(progress.row(4)).toContainText('−55.6%');
  await expect(progress.row(4)).toContainText('Response');
  await expect(progress.row(5)).toContainText('Minimal');
  await expect(progress.row(5)).toContainText('Remission range; Response');
  await expect(progress.chart.getByRole('button')).toHaveCount(5);
  await expect(progress.point(2)).toHaveAccessibleName(/risk flag/);
  await expect(progress.legend).toContainText('Response line (50% of baseline): 9');
  await expect(progress.legend).toContainText('Remission: below 5');
  await expect(progress.legend).toContainText('Moderately severe (15–19)');
  await expect(progress.legend).toContainText('Risk flag raised with this score');
  await progress.point(4).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /total 8/ })).toContainText('Several days (1)');
  await expectNoViolations(page, 'progress');

  // The flag shows first on the week view, the course page and the agenda.
  const week = new ThisWeekPage(page);
  await week.goto();
  await expect(week.banner).toContainText('ME-4: PHQ-9 item 9 above 0');
  await expect(week.rows().first()).toContainText('Open risk flag');
  await page.goto('/clients');
  await expect(new ClientsPage(page).rows.first()).toContainText('Open risk flag ME-4');
  await expectNoViolations(page, 'this week');
  await page.goto(courseUrl);
  await expect(page.getByRole('region', { name: 'Open risk flag' })).toBeVisible();
  await page.getByRole('link', { name: 'Session 2', exact: true }).click();
  await expect(page.getByRole('region', { name: /open risk flag/i })).toBeVisible();

  // Assess and acknowledge it: refused at the fields until complete, then in the risk history.
  const risk = new RiskPage(page);
  await risk.goto(courseUrl);
  await expectNoViolations(page, 'risk');
  const form = risk.form(/Acknowledge: PHQ-9 item 9/);
  await expect(form.getByRole('button', { name: /plan unchanged/ })).toHaveCount(0);
  await form.getByRole('button', { name: 'Acknowledge flag' }).click();
  await expect(
    form.getByText('Give your judgement of the risk: low, moderate or high.'),
  ).toBeVisible();
  await expectNoViolations(page, 'risk with errors');
  await risk.fill(form, { ...PASSIVE, safetyPlan: 'Safety plan made' });
  await form.getByRole('button', { name: 'Acknowledge flag' }).click();
  await expect(form.getByText(/There is no safety plan for this client yet/)).toBeVisible();
  await risk.acknowledge(form, PASSIVE);
  await expect(risk.history).toContainText(
    'Risk assessment Wed 18 Nov 2026: low (passive thoughts, no plan, no intent)',
  );
  await expect(risk.history).toContainText('Judgement rests on: Fleeting wish not to wake up');
  await page.goto(`/clients`);
  await expect(new ClientsPage(page).table).not.toContainText('Open risk flag');
  await week.goto();
  await expect(week.banner).toHaveCount(0);

  // This week's packet: one agenda and one blank PHQ-9 per session.
  await week.printWeek();
  await expectNoViolations(page, 'week print');
  const pdf = await printToPdf(page, testInfo, 'week');
  expect(pdf.pages).toBe(2);
  expect(pdf.text).toContain('ME-4');
  expect(pdf.text).toContain('Thoughts that you would be better off dead');
  expect(pdf.text).toContain('No permission required to reproduce');
  expect(pdf.text).not.toContain('Open risk flag');
});

test('safety plan, suitability, settings and the progress summary pass axe and print', async ({
  page,
}, testInfo) => {
  await page.goto('/settings');
  await page.getByLabel('Service or person').fill('Crisis line');
  await page.getByLabel('Phone').fill('116 123');
  await page.getByRole('button', { name: 'Add the contact' }).click();
  await expect(page.getByRole('list', { name: 'Crisis contacts' })).toContainText('116 123');
  await expectNoViolations(page, 'settings');

  await new ClientsPage(page).goto();
  await new ClientsPage(page).addClient('SP-1');
  const clientUrl = new URL(page.url()).pathname;
  await new ClientPage(page).planCourse({
    start: MONDAY_THIS_WEEK,
    area: 'Interpersonal deficits / sensitivity',
    goals: ['Make one friend'],
  });
  const courseUrl = new URL(page.url()).pathname;
  await expect(page.getByText(/weaker in trials/)).toBeVisible();
  await page.getByRole('link', { name: 'Suitability check', exact: true }).click();
  await page.getByRole('button', { name: 'Save the suitability check' }).click();
  await expect(page.getByText('Record whether psychosis is present.')).toBeVisible();
  await expectNoViolations(page, 'suitability');

  await page.goto(`${clientUrl}/safety-plan`);
  await page.getByLabel('Things I can do on my own to cope').fill('Walk the dog\nCall my sister');
  await page.getByRole('button', { name: 'Save the safety plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Safety plan saved' })).toBeVisible();
  await expectNoViolations(page, 'safety plan');
  await page.getByRole('link', { name: 'Print the safety plan' }).click();
  await expect(page.getByRole('heading', { name: 'My safety plan', exact: true })).toBeVisible();
  await expectNoViolations(page, 'safety plan print');
  const plan = await printToPdf(page, testInfo, 'safety-plan');
  expect(plan.pages).toBe(1);
  expect(plan.text).toContain('Call my sister');
  expect(plan.text).toContain('Crisis line: 116 123');
  expect(plan.text).not.toMatch(/PHQ|flag|score/i);

  await page.goto(`${courseUrl}/progress/print`);
  await expect(page.getByRole('heading', { name: 'Progress summary: SP-1' })).toBeVisible();
  await expectNoViolations(page, 'progress print');
  const summary = await printToPdf(page, testInfo, 'progress', 'Letter');
  expect(summary.pages).toBeLessThanOrEqual(2);
});
