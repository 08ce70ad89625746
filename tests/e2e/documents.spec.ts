import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { fixToday } from './clock';
import { AgendaPage } from './pages/agenda-page';
import { ClientPage } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';
import { CoursePage } from './pages/course-page';
import { DocumentsPage } from './pages/documents-page';
import { FormulationPage } from './pages/formulation-page';
import { MeasuresPage } from './pages/measures-page';
import { printToPdf } from './pdf';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

const NOTE = 'Confided the secret about the overdraft';
const FORMULATION_MARK = 'Zebra crossing sentinel sentence for the formulation only.';
const JARGON = [
  'sick role',
  'deficit',
  'impasse',
  'dissolution',
  'role dispute',
  'role transition',
  'problem area',
  'formulation',
  'risk flag',
  'suicid',
  'moderately severe',
];
/** PHQ-9 at session 1: total 12, item 9 answered "Several days" (raises a flag). */
const PHQ9_START = [2, 3, 1, 2, 0, 1, 2, 0, 1];
const PHQ9_END = [1, 0, 0, 1, 0, 0, 0, 0, 0];

async function expectNoViolations(page: Page, screen: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${screen}: ${v.id} ${v.help}`)).toEqual([]);
}

function expectClientSafe(text: string) {
  const lower = text.toLowerCase();
  expect(lower).not.toContain(NOTE.toLowerCase());
  expect(lower).not.toContain('zebra crossing');
  for (const phrase of [
    'several days',
    'more than half the days',
    'nearly every day',
    'better off dead',
    '2, 3, 1, 2',
  ]) {
    expect(lower).not.toContain(phrase);
  }
  for (const term of JARGON) expect(lower).not.toContain(term);
}

test('documents: generate, edit, print on A4 and Letter, nothing forbidden on client paper', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient('DOC-1');
  await new ClientPage(page).planCourse({
    start: '2026-03-02',
    length: 12,
    area: 'Role transition',
    goals: ['Make one new friend at work'],
  });
  const courseUrl = new URL(page.url()).pathname;
  const docs = new DocumentsPage(page);

  // The week's agenda holds a therapist note and the agreed task.
  await new CoursePage(page).openSession(5);
  await expect(page.getByRole('heading', { level: 1, name: /^Session 5 of 12/ })).toBeVisible();
  const agenda = new AgendaPage(page);
  await page.getByLabel('Notes for the week').fill(NOTE);
  await agenda.setTask('Ask my colleague to lunch');
  await agenda.save();
  const measures = new MeasuresPage(page);
  await measures.openFromCourse(courseUrl, 1);
  await measures.enterPhq9(PHQ9_START);
  await measures.openFromCourse(courseUrl, 11);
  await measures.enterPhq9(PHQ9_END);

  // Without consent, the supervision pack is refused with a way to the contract.
  await docs.gotoHub(courseUrl);
  await expectNoViolations(page, 'documents hub');
  await page.getByRole('link', { name: 'Edit the supervision pack' }).click();
  await expect(page.getByText('Not available without consent')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the contract' })).toBeVisible();
  await expectNoViolations(page, 'supervision refused');

  // Formulation (with a marker sentence) and the contract with consent to supervision.
  const formulation = new FormulationPage(page);
  await formulation.goto(courseUrl);
  await formulation.useDraftAndAppend(FORMULATION_MARK);
  await page.getByLabel('The client agrees the work may be discussed in supervision').check();
  await formulation.agreeContract('2026-03-16');

  // Task card: generated from the agreed task, edited (with a jargon sentence), printed.
  await docs.gotoHub(courseUrl);
  await docs.openTaskCard(5);
  await expect(page.getByLabel('The task, in the client’s words')).toHaveValue(
    'Ask my colleague to lunch',
  );
  await expectNoViolations(page, 'task card editor');
  await docs.editTaskCard({
    task: 'Ask my colleague to lunch. This is role transition work.',
    when: 'Friday at noon',
    obstacle: 'Feeling shy',
    plan: 'Send a message instead',
  });
  await docs.openPrint('Print the card');
  await expectNoViolations(page, 'task card print');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToPdf(page, testInfo, 'task-card', format);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Ask my colleague to lunch.');
    expect(pdf.text).toContain('Mon 6 Apr 2026 at 10:00');
    // A handout addresses the client, never by the record code (no name is recorded here)
    expect(pdf.text).not.toContain('DOC-1');
    expect(pdf.text).toContain('Session 5 of 12');
    expectClientSafe(pdf.text);
  }

  // Relapse plan: drafted, edited, printed.
  await docs.gotoHub(courseUrl);
  await page.getByRole('link', { name: 'Edit the relapse-prevention plan' }).click();
  // The hub's own heading is visible until the editor's route has loaded.
  await expect(page).toHaveURL(/\/relapse-plan$/);
  await expectNoViolations(page, 'relapse plan editor');
  await docs.editRelapsePlan({
    'My early warning signs': ['Sleeping badly', 'Staying in my room'],
    'What might set things off': ['The anniversary of the move', 'Impasse with my manager'],
    'What helped me': ['Asking directly', 'Going to the climbing club'],
    'People I can turn to': ['My sister', 'A friend from the club'],
    'What I will do first': ['Call my sister', NOTE],
  });
  await docs.openPrint('Print the plan');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToPdf(page, testInfo, 'relapse-plan', format);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('Sleeping badly');
    expect(pdf.text).toContain('My warning signs last two weeks or more.');
    expectClientSafe(pdf.text);
  }

  // End-of-treatment summary: letter edited, printed.
  await docs.gotoHub(courseUrl);
  await page.getByRole('link', { name: 'Edit the end-of-treatment summary and letter' }).click();
  await expect(
    page.getByRole('region', { name: 'Progress, as the client will read it' }),
  ).toContainText('Your score went from 12 at the start to 2 now');
  await expectNoViolations(page, 'summary editor');
  await docs.appendToLetter('It was good to see you take the lead.');
  await docs.openPrint('Print the summary');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToPdf(page, testInfo, 'summary', format);
    expect(pdf.pages).toBe(3);
    expect(pdf.text).toContain('Your score went from 12 at the start to 2 now.');
    expect(pdf.text).toContain('It was good to see you take the lead.');
    expect(pdf.text).toContain('Going to the climbing club');
    expectClientSafe(pdf.text);
  }

  // Supervision pack: self-check filled in, printed de-identified (session numbers, no dates).
  await docs.gotoHub(courseUrl);
  await page.getByRole('link', { name: 'Edit the supervision pack' }).click();
  await expect(page).toHaveURL(/\/supervision$/);
  await expectNoViolations(page, 'supervision editor');
  await docs.answerAdherence('Was the treatment contract agreed?', 'Yes');
  await docs.answerAdherence(
    'Was the ending raised on time (2–4 sessions before the last)?',
    'Partly',
  );
  await docs.saveAdherence();
  await docs.openPrint('Print the supervision pack');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToPdf(page, testInfo, 'supervision', format);
    expect(pdf.pages).toBe(3);
    expect(pdf.text).toContain('Client DOC-1');
    expect(pdf.text).toContain('Ask my colleague to lunch');
    expect(pdf.text).toMatch(/Partly/);
    // The pack's own words carry no dates; the formulation prints as the therapist agreed it,
    // and its contract sentence (the course's last session) is their text, not the app's.
    expect(pdf.text).toContain('Zebra crossing sentinel');
    const ownWords = pdf.text.replace(/last session on\s+\w{3}\s+\d{1,2}\s+\w{3}\s+2026/g, '');
    expect(ownWords).not.toMatch(/2026/);
  }
});
