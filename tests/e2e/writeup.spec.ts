import { readFileSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { fixToday } from './clock';
import { ClientPage } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';
import { RiskPage } from './pages/risk-page';
import { WriteUpPage } from './pages/writeup-page';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

async function expectNoViolations(page: Page, screen: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.help}`);
  expect(summary).toEqual([]);
}

test('write up a session: draft survives a reload, a flag blocks finalising, finalise, amend, copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient('WU-E2E');
  await new ClientPage(page).planCourse({
    start: '2026-03-02',
    time: '09:00',
    length: 12,
    area: 'Grief',
    goals: ['Mourn her mother'],
  });
  const courseId = new URL(page.url()).pathname.split('/').at(-1) ?? '';

  // Write up session 2; the draft survives a reload
  const writeup = new WriteUpPage(page);
  await writeup.openFromList(courseId, 2);
  await expectNoViolations(page, 'write-up (draft)');
  await writeup.writeNote('Talked about the funeral and her sister.');
  await page.reload();
  await expect(writeup.note).toHaveValue('Talked about the funeral and her sister.');
  const writeUpUrl = page.url();

  // An open risk flag blocks finalising until it is acknowledged
  await page.goto(`/courses/${courseId}/risk`);
  await page.getByLabel('Session (optional)').selectOption({ label: 'Session 2 (Mon 9 Mar 2026)' });
  await page
    .getByLabel('What was disclosed or observed')
    .fill('Said she sometimes wishes she were gone.');
  await page.getByRole('button', { name: 'Raise the flag' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Flag raised' })).toBeVisible();
  await page.goto(writeUpUrl);
  // The flag shows first on the write-up, and the note already says it belongs to this session
  await expect(
    page
      .getByRole('region', { name: 'Open risk flag' })
      .getByText('Said she sometimes wishes she were gone.'),
  ).toBeVisible();
  await expect(writeup.preview).toHaveValue(
    /Risk flag recorded for this session on Wed 18 Nov 2026, not yet assessed: Said she sometimes wishes she were gone\./,
  );
  await writeup.tryFinalise();
  await expect(page.getByRole('alert')).toHaveText(
    'A risk flag is open for this client. Acknowledge it on the risk page before finalising.',
  );
  await page.getByRole('link', { name: 'Assess and acknowledge' }).click();
  // A first flag needs a full assessment ("plan unchanged" needs an earlier one)
  await expect(page.getByRole('button', { name: /Assessed, plan unchanged/ })).toHaveCount(0);
  const risk = new RiskPage(page);
  await risk.acknowledge(risk.form(/Raised by the clinician/), {
    thoughts: /^Passive/,
    plan: 'No',
    intent: 'No',
    means: 'No',
    history: /^No past attempts/,
    protective: 'Her sister; her faith.',
    level: 'Low',
    reasoning: 'Passive wish since the funeral; no plan or intent; engaged.',
    safetyPlan: 'No safety plan needed',
    followUp: 'Review at the next session.',
  });
  await expect(risk.history).toBeVisible();
  await page.goto(writeUpUrl);

  // Finalise: the record locks
  await writeup.finalise();
  await expect(writeup.note).toHaveCount(0);
  await expect(writeup.original()).toContainText('Talked about the funeral and her sister.');
  await expectNoViolations(page, 'write-up (final)');

  // Copy as note: the clipboard holds exactly the preview
  await writeup.copyNote();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('IPT progress note — WU-E2E — Mon 9 Mar 2026 — Session 2 of 12');
  expect(copied).toContain('DATA\n- Attendance: Held.\n- Time: 09:00–09:50 (50 minutes).');
  expect(copied).toContain('- Talked about the funeral and her sister.');
  expect(copied).toMatch(
    /- Risk flag recorded for this session on Wed 18 Nov 2026, acknowledged Wed 18 Nov 2026: Said she sometimes wishes she were gone\./,
  );
  expect(copied).not.toContain('No risk flag');
  await expect(writeup.preview).toHaveValue(copied);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as text file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('progress-note-WU-E2E-2026-03-09.txt');
  expect(readFileSync(await download.path(), 'utf8')).toBe(copied);

  // Amend: a reason is required; the original stays beside the amendment
  await writeup.tryAmend({ minutes: 45, reason: '' });
  await expect(page.getByText('Give the reason for this amendment.')).toBeVisible();
  await writeup.saveAmendment('Session ended early; typed 50 by mistake');
  await expect(writeup.amendments()).toContainText(
    /Amended on .+ at \d\d:\d\d: Minutes: 50 → 45\. Reason: Session ended early; typed 50 by mistake/,
  );
  await expect(writeup.original()).toContainText('50');
  await expect(writeup.preview).toHaveValue(/Time: 09:00–09:50 \(45 minutes\)\./);
  await page.reload();
  await expect(writeup.amendments()).toBeVisible();

  // The lists show the state; both pass axe
  await page.goto(`/courses/${courseId}/write-ups`);
  await expect(page.getByRole('row', { name: /Session 2 .*Final, amended/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Session 3 .*Not written up/ })).toBeVisible();
  await expectNoViolations(page, 'course write-ups');
  await page.goto('/write-ups/pending');
  await expect(page.getByRole('row', { name: /WU-E2E Session 3/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /WU-E2E Session 2/ })).toHaveCount(0);
  await expectNoViolations(page, 'pending write-ups');
});
