/**
 * The calendar export a therapist takes from the course page: the downloaded .ics is read with an
 * independent parser (ical.js), never with the code that wrote it. One event per planned session
 * at the day and time the course table shows, a cancellation for a cancelled one, neutral titles
 * (the client code only when ticked, never the name), and the same UIDs in a second export.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';

import { fixToday } from './clock';
import { CalendarExport } from './pages/calendar-export';
import { ClientPage } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';
import { CoursePage } from './pages/course-page';

const CODE = 'CAL-7';
const FULL_NAME = 'Dana Whitfield';
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

interface Shown {
  start: string;
  status: string;
}

/** "Mon 23 Nov 2026 10:30" as the local date-time the file should carry: 2026-11-23T10:30. */
function localDateTime(shown: string): string {
  const [, day, month, year, time] = /^\w{3} (\d+) (\w{3}) (\d{4}) (\d\d:\d\d)$/.exec(shown) ?? [];
  const m = MONTHS.indexOf(month ?? '') + 1;
  return `${year}-${String(m).padStart(2, '0')}-${(day ?? '').padStart(2, '0')}T${time}`;
}

/** The rows of the course table as shown (a cancelled one too): date and time, and status. */
async function shownSessions(page: Page): Promise<Shown[]> {
  const texts = await new CoursePage(page).rows.allInnerTexts();
  return texts
    .map((text) => text.split('\t').map((cell) => cell.trim()))
    .filter(([, , , , status]) => /^(Planned|Cancelled)/.test(status ?? ''))
    .map(([, date, , , status]) => ({ start: localDateTime(date ?? ''), status: status ?? '' }));
}

function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    const start = event.startDate;
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      uid: event.uid,
      summary: event.summary,
      status: String(v.getFirstPropertyValue('status')),
      start: `${start.year}-${pad(start.month)}-${pad(start.day)}T${pad(start.hour)}:${pad(start.minute)}`,
      floating: start.zone?.tzid === 'floating',
      minutes: event.endDate.subtractDate(start).toSeconds() / 60,
      text: v.toString(),
    };
  });
}

async function planCourseWithNamedClient(page: Page) {
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient(CODE);
  await page.getByLabel('Full name (optional)').fill(FULL_NAME);
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Details saved')).toBeVisible();
  await new ClientPage(page).planCourse({
    start: '2026-11-02',
    length: 8,
    time: '10:30',
    minutes: 50,
    area: 'Grief',
    goals: ['Talk about Mum'],
  });
}

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

test('the calendar file holds the planned sessions as shown, neutral titles, stable UIDs', async ({
  page,
}) => {
  test.slow();
  await planCourseWithNamedClient(page);
  const course = new CoursePage(page);
  await course.cancel(5, 'Therapist cancelled (or holiday)');
  await course.confirmCancellation();
  const shown = await shownSessions(page);
  const planned = shown.filter((s) => s.status === 'Planned').map((s) => s.start);
  const cancelled = shown.filter((s) => /^Cancelled/.test(s.status)).map((s) => s.start);
  expect(planned.length).toBeGreaterThan(0);
  expect(cancelled).toHaveLength(1);

  const calendar = new CalendarExport(page);
  const firstFile = await calendar.download();
  expect(firstFile.text).not.toMatch(/Dana|Whitfield/);
  const first = parse(firstFile.text);
  const confirmed = first.filter((e) => e.status === 'CONFIRMED');
  expect(confirmed.map((e) => e.start).sort()).toEqual(planned.slice().sort());
  expect(first.filter((e) => e.status === 'CANCELLED').map((e) => e.start)).toEqual(cancelled);
  expect(first).toHaveLength(planned.length + cancelled.length);
  for (const event of first) {
    expect(event.summary).toBe('Session');
    expect(event.floating).toBe(true);
    expect(event.minutes).toBe(50);
    expect(event.text).not.toContain(FULL_NAME.split(' ')[1]);
    expect(event.text).not.toMatch(/IPT|Grief|\d+ of \d+/);
  }
  expect(new Set(first.map((e) => e.uid)).size).toBe(first.length);

  await calendar.withCode.check();
  const second = await calendar.download();
  expect(second.name).toContain(CODE);
  expect(second.text).not.toMatch(/Dana|Whitfield/);
  const again = parse(second.text);
  expect(again.map((e) => [e.uid, e.start])).toEqual(first.map((e) => [e.uid, e.start]));
  for (const event of again) {
    expect(event.summary).toBe(`Session ${CODE}`);
    expect(event.text).not.toContain(FULL_NAME.split(' ')[0]);
    expect(event.text).not.toContain(FULL_NAME.split(' ')[1]);
  }
});
