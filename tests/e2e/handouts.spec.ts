import { readFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';

import { fixToday } from './clock';
import { ClientPage } from './pages/client-page';
import { AgendaPage } from './pages/agenda-page';
import { ClientsPage } from './pages/clients-page';
import { CoursePage } from './pages/course-page';
import { DocumentsPage } from './pages/documents-page';
import { FormulationPage } from './pages/formulation-page';
import { HandoutPaper } from './pages/handout-paper';
import { InventoryPage } from './pages/inventory-page';
import { WriteUpPage } from './pages/writeup-page';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

/** The issue's own sentences (issue 12): a bereaved client, her late mother Margaret, husband Dan. */
const FORMULATION = 'After your mother Margaret died in March you have pulled away from Dan.';
const TASK = 'Choose three photos of Margaret and read one to Dan.';
const NOTE = 'Agreed to share one memory of Margaret with Dan this week.';
const LETTER = 'You spoke about Margaret with Dan, and it helped.';
const AGENDA_NOTE = 'Dan drove her to the grave; Margaret’s birthday falls in March.';

/** What no output may show: a role written over a typed name ("mother mother"), or a month lowered. */
function expectUnaltered(paper: string) {
  expect(paper).not.toMatch(/mother mother|\bmarch\b/);
}

test('every client handout and the note print the therapist’s words as typed, names included', async ({
  page,
}, testInfo) => {
  test.slow(); // five prints and a write-up in one walk
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient('HO-3');
  const clientUrl = new URL(page.url()).pathname;
  await new ClientPage(page).planCourse({
    start: '2026-03-02',
    length: 12,
    area: 'Grief',
    goals: ['Talk about Margaret with Dan'],
  });
  const courseUrl = new URL(page.url()).pathname;
  const courseId = courseUrl.split('/').at(-1) ?? '';
  const inventory = new InventoryPage(page);
  await inventory.open();
  await inventory.addPerson({ name: 'Margaret', relationship: 'Mother (died March 2026)' });
  await inventory.addPerson({ name: 'Dan', relationship: 'Husband' });
  const paper = new HandoutPaper(page);

  // The week's agenda (the therapist's paper, roles by setting): typed notes and task as typed,
  // each name offered for replacement in the panel, none replaced unasked
  await page.goto(courseUrl);
  await new CoursePage(page).openSession(5);
  const agenda = new AgendaPage(page);
  await agenda.expectSession(5, 12);
  await page.getByLabel('Notes for the week').fill(AGENDA_NOTE);
  await agenda.setTask(TASK);
  await agenda.save();
  await agenda.openPrint();
  await expect(page.getByRole('region', { name: /^Names in the Session 5/ })).toBeVisible();
  const week = await paper.read(testInfo, 'agenda');
  expect(week).toContain(AGENDA_NOTE);
  expect(week).toContain(TASK);
  expectUnaltered(week);

  // Formulation (paper for the client at session 3): the sentence as typed
  const formulation = new FormulationPage(page);
  await formulation.goto(courseUrl);
  await formulation.useDraftAndAppend(FORMULATION);
  await page.goto(`${courseUrl}/formulation/print`);
  await paper.expectPrintView();
  const formulationPaper = await paper.read(testInfo, 'formulation');
  expect(formulationPaper).toContain(FORMULATION);
  expectUnaltered(formulationPaper);

  // Task card
  const docs = new DocumentsPage(page);
  await docs.gotoHub(courseUrl);
  await docs.openTaskCard(5);
  await docs.editTaskCard({ task: TASK, when: 'Sunday after lunch with Dan' });
  await docs.openPrint('Print the card');
  const card = await paper.read(testInfo, 'task-card');
  expect(card).toContain(TASK);
  expect(card).toContain('Sunday after lunch with Dan');
  expectUnaltered(card);

  // Relapse plan: a name among the people to turn to is kept
  await docs.gotoHub(courseUrl);
  await page.getByRole('link', { name: 'Edit the relapse-prevention plan' }).click();
  await docs.editRelapsePlan({
    'My early warning signs': ['Not wanting to visit Margaret’s grave'],
    'People I can turn to': ['Dan', 'My sister'],
  });
  await docs.openPrint('Print the plan');
  const plan = await paper.read(testInfo, 'relapse-plan');
  expect(plan).toContain('Not wanting to visit Margaret’s grave');
  expect(plan).toMatch(/\bDan\b/);
  expectUnaltered(plan);

  // Summary and letter
  await docs.gotoHub(courseUrl);
  await page.getByRole('link', { name: 'Edit the end-of-treatment summary and letter' }).click();
  await docs.appendToLetter(LETTER);
  await docs.openPrint('Print the summary');
  const summary = await paper.read(testInfo, 'summary');
  expect(summary).toContain(LETTER);
  expect(summary).toContain('Talk about Margaret with Dan');
  expectUnaltered(summary);

  // Safety plan
  await paper.writeSafetyPlan(clientUrl, {
    'People and places that help me': ['Dan', 'Sitting by Margaret’s roses'],
  });
  await page.getByRole('link', { name: 'Print the safety plan' }).click();
  await paper.expectPrintView();
  const safety = await paper.read(testInfo, 'safety-plan');
  expect(safety).toContain('Sitting by Margaret’s roses');
  expect(safety).toMatch(/\bDan\b/);
  expectUnaltered(safety);

  // The note: the therapist's words quoted as typed in the preview and the downloaded file
  const writeup = new WriteUpPage(page);
  await writeup.openFromList(courseId, 2);
  await writeup.writeNote(NOTE);
  await expect(writeup.preview).toHaveValue(new RegExp(NOTE));
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as text file' }).click();
  const file = readFileSync(await (await downloading).path(), 'utf8');
  expect(file).toContain(NOTE);
  expectUnaltered(file);
});
