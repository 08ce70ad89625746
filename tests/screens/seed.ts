/**
 * A realistic course for looking at every screen: client SC-1 in a 16-week role-dispute course
 * that began seven weeks before the fixed day (Wed 18 Nov 2026), so session 8 falls this week.
 * PHQ-9s for sessions 1–7 (one with item 9 answered, so a flag stays open), a GAD-7, three people
 * in the inventory and an event on the timeline, and a drafted write-up of session 7. Everything
 * is entered through the screens, as a therapist would.
 */
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

import { ClientPage } from '../e2e/pages/client-page';
import { ClientsPage } from '../e2e/pages/clients-page';
import { InventoryPage } from '../e2e/pages/inventory-page';
import { WriteUpPage } from '../e2e/pages/writeup-page';

export interface Seeded {
  clientId: string;
  courseId: string;
  /** Session ids by session number (1-based). */
  sessions: string[];
}

/** Monday seven weeks before the fixed day's week: session 8 is on Mon 16 Nov 2026. */
const START = '2026-09-28';
const LENGTH = 16;

/** PHQ-9 answers, item 1 first; the third has item 9 answered, which raises a flag left open. */
const PHQ9 = [
  [3, 3, 2, 3, 2, 2, 2, 1, 0],
  [3, 2, 2, 3, 2, 2, 1, 1, 0],
  [2, 2, 2, 2, 2, 1, 1, 1, 1],
  [2, 2, 2, 2, 1, 1, 1, 1, 0],
  [2, 1, 2, 1, 1, 1, 1, 0, 0],
  [1, 1, 1, 1, 1, 1, 1, 0, 0],
  [1, 1, 1, 1, 0, 1, 0, 0, 0],
];
const GAD7 = [2, 2, 1, 2, 1, 1, 1];

async function sessionIds(page: Page, courseId: string): Promise<string[]> {
  await page.goto(`/courses/${courseId}`);
  const table = page.getByRole('table', { name: 'Weeks of the course' });
  await expect(table).toBeVisible();
  const ids: string[] = [];
  for (let n = 1; n <= LENGTH; n += 1) {
    const href = await table
      .getByRole('link', { name: `Session ${n}`, exact: true })
      .getAttribute('href');
    ids.push(href?.split('/').at(-1) ?? '');
  }
  return ids;
}

async function enter(page: Page, form: string, answers: number[]) {
  const questionnaire = page.getByRole('form', { name: form });
  await questionnaire.getByRole('radio').first().focus();
  await page.keyboard.type(answers.join(''));
  const total = answers.reduce((a, b) => a + b, 0);
  await questionnaire.getByRole('button', { name: `Save ${form}`, exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${form} saved: ${total},` }),
  ).toBeVisible();
}

async function measures(page: Page, seeded: Seeded) {
  for (const [i, answers] of PHQ9.entries()) {
    await page.goto(`/courses/${seeded.courseId}/sessions/${seeded.sessions[i]}/measures`);
    await expect(
      page.getByRole('heading', { level: 1, name: `Measures, session ${i + 1} of ${LENGTH}` }),
    ).toBeVisible();
    await enter(page, 'PHQ-9', answers);
    if (i === 0 || i === PHQ9.length - 1) {
      await page.getByRole('button', { name: 'Add a GAD-7' }).click();
      await enter(page, 'GAD-7', i === 0 ? GAD7 : GAD7.map((a) => Math.max(0, a - 1)));
    }
  }
}

async function inventory(page: Page, seeded: Seeded) {
  await page.goto(`/courses/${seeded.courseId}/inventory`);
  await expect(
    page.getByRole('heading', { level: 1, name: /Interpersonal inventory for/ }),
  ).toBeVisible();
  const inv = new InventoryPage(page);
  await inv.addPerson({
    name: 'Dan',
    relationship: 'Partner',
    ring: '1 (closest)',
    notGood: 'Arguments about money, silences for days',
    area: 'Role dispute',
  });
  await inv.addPerson({
    name: 'Maria Fernández López',
    relationship: 'Sister',
    ring: '2 (middle)',
  });
  await inv.addPerson({
    name: 'Grandmother',
    relationship: 'Grandmother (died March 2026)',
    ring: '3 (furthest out)',
  });
  await inv.addEvent({ date: '2026-08-14', what: 'Dan moved out for two weeks after a row' });
}

/** Seeds the course on a page whose clock is already fixed (see ../e2e/clock.ts). */
export async function seedCourse(page: Page, options: { full?: boolean } = {}): Promise<Seeded> {
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient('SC-1');
  const clientId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  await new ClientPage(page).planCourse({
    start: START,
    time: '10:00',
    length: LENGTH,
    area: 'Role dispute',
    stage: 'Renegotiation',
    goals: ['Say what she needs from Dan without a row', 'Agree how money is shared'],
  });
  const courseId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  const seeded = { clientId, courseId, sessions: await sessionIds(page, courseId) };
  await measures(page, seeded);
  if (options.full !== false) {
    await inventory(page, seeded);
    const writeup = new WriteUpPage(page);
    await writeup.openFromList(courseId, 7);
    await writeup.writeNote(
      'Worked on the argument of Saturday: what she wanted Dan to hear, what she said instead. Role-played asking for a weekly money talk.',
    );
  }
  return seeded;
}

export interface Screen {
  name: string;
  path: string;
}

/** Every screen of the app for the seeded course, with a file-friendly name. */
export function screensOf(s: Seeded): Screen[] {
  const c = `/courses/${s.courseId}`;
  const week = s.sessions[7];
  return [
    { name: 'this-week', path: '/' },
    { name: 'clients', path: '/clients' },
    { name: 'client', path: `/clients/${s.clientId}` },
    { name: 'new-course', path: `/clients/${s.clientId}/courses/new` },
    { name: 'course', path: c },
    { name: 'week-agenda', path: `${c}/sessions/${week}` },
    { name: 'measures', path: `${c}/sessions/${week}/measures` },
    { name: 'progress', path: `${c}/progress` },
    { name: 'risk', path: `${c}/risk` },
    { name: 'suitability', path: `${c}/suitability` },
    { name: 'safety-plan', path: `/clients/${s.clientId}/safety-plan` },
    { name: 'inventory', path: `${c}/inventory` },
    { name: 'formulation', path: `${c}/formulation` },
    { name: 'write-up', path: `${c}/sessions/${s.sessions[6]}/write-up` },
    { name: 'write-ups', path: `${c}/write-ups` },
    { name: 'write-ups-pending', path: '/write-ups/pending' },
    { name: 'documents', path: `${c}/documents` },
    { name: 'task-card', path: `${c}/sessions/${week}/task-card` },
    { name: 'relapse-plan', path: `${c}/relapse-plan` },
    { name: 'summary', path: `${c}/summary` },
    { name: 'supervision', path: `${c}/supervision` },
    { name: 'settings', path: '/settings' },
    { name: 'backup', path: '/backup' },
    { name: 'not-found', path: '/nowhere' },
  ];
}

/** The print views of the seeded course. */
export function printViewsOf(s: Seeded): Screen[] {
  const c = `/courses/${s.courseId}`;
  const week = s.sessions[7];
  return [
    { name: 'print-week-packet', path: '/week/print' },
    { name: 'print-session', path: `${c}/sessions/${week}/print` },
    { name: 'print-course', path: `${c}/print` },
    { name: 'print-progress', path: `${c}/progress/print` },
    { name: 'print-safety-plan', path: `/clients/${s.clientId}/safety-plan/print` },
    { name: 'print-inventory', path: `${c}/inventory/print` },
    { name: 'print-formulation', path: `${c}/formulation/print` },
    { name: 'print-task-card', path: `${c}/sessions/${week}/task-card/print` },
    { name: 'print-relapse-plan', path: `${c}/relapse-plan/print` },
    { name: 'print-summary', path: `${c}/summary/print` },
    { name: 'print-supervision', path: `${c}/supervision/print` },
  ];
}
