import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { fixToday } from './clock';
import { AgendaPage } from './pages/agenda-page';
import { AgendaPrintPage, WeekScreen, words } from './pages/agenda-print-page';
import type { PaperFormat, PrintedPages } from './pages/agenda-print-page';
import { ClientPage } from './pages/client-page';
import type { CourseInput } from './pages/client-page';
import { ClientsPage } from './pages/clients-page';
import { CoursePage } from './pages/course-page';

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

const FORMATS: PaperFormat[] = ['A4', 'Letter'];

/**
 * The rule (ipt-reference.md §2, ipt-agenda-content.md §1 and §5) for a 16-week course: initial
 * phase 1–3, middle 4–13, termination 14–16; the mid-course review at week 8; the ending named at
 * L-3 = 13. Each week is one page and starts on a new page, so the packet has exactly 16 pages.
 */
const LENGTH = 16;
const PHASE_OF = (n: number) => (n <= 3 ? 'Initial' : n <= 13 ? 'Middle' : 'Termination');
/** The review week: half the course (8 of 16); interpersonal deficits bring it forward to 6,
 * halfway between the first middle week (4) and the usual review, as the course form promises. */
const REVIEW_WEEK = (area: string) => (area.startsWith('Interpersonal deficits') ? 6 : 8);

const COURSES: { code: string; input: CourseInput; area: string }[] = [
  {
    code: 'GR-P',
    area: 'Grief',
    input: { start: '2026-03-02', area: 'Grief', goals: ['Mourn my mother'] },
  },
  {
    code: 'RD-P',
    area: 'Role dispute',
    input: {
      start: '2026-03-02',
      area: 'Role dispute',
      stage: 'Renegotiation',
      goals: ['Agree the chores'],
    },
  },
  {
    code: 'RT-P',
    area: 'Role transition',
    input: { start: '2026-03-02', area: 'Role transition', goals: ['Settle into retirement'] },
  },
  {
    code: 'ID-P',
    area: 'Interpersonal deficits / sensitivity',
    input: {
      start: '2026-03-02',
      area: 'Interpersonal deficits / sensitivity',
      goals: ['Make one friend'],
    },
  },
];

async function planCourse(page: Page, code: string, input: CourseInput): Promise<string> {
  const clients = new ClientsPage(page);
  await clients.goto();
  await clients.addClient(code);
  await new ClientPage(page).planCourse({ ...input, length: LENGTH });
  return page.url();
}

/** The page's body: without the margin boxes (client line, print date, page number). */
const withoutPageNumber = (text = '') =>
  text
    .replace(/^Client \S+ (?=Session )/, '')
    .replace(/( Printed \w{3} \d{1,2} \w{3} \d{4})?( Page \d+ of \d+)?$/, '');

const heading = (n: number) => `Session ${n} of ${LENGTH}, ${LENGTH - n} left`;

/** What every page of a 16-week packet must show, from the rule above. */
function expectPacket(packet: PrintedPages, code: string, area: string, format: PaperFormat) {
  expect(packet.pages, `${format}: one page per week`).toBe(LENGTH);
  packet.pageTexts.forEach((text, i) => {
    const n = i + 1;
    const where = `${format} page ${n}`;
    expect(text, where).toContain(heading(n));
    for (let m = 1; m <= LENGTH; m++) if (m !== n) expect(text, where).not.toContain(heading(m));
    expect(text, where).toContain(`${PHASE_OF(n)} phase`);
    expect(text, where).toContain(`Client ${code}`);
    expect(text, where).not.toMatch(/undefined|NaN|\[object/);
    if (n >= 4 && n <= 13)
      expect(text, `${where}: problem-area work`).toMatch(new RegExp(`${area}(: [a-z]+)? ·`));
  });
  const page = (n: number) => packet.pageTexts[n - 1] ?? '';
  // The review asks its question before any default prompt, and asks for the decision
  const review = page(REVIEW_WEEK(area));
  expect(review).toContain('Mid-course review');
  const question = review.indexOf('Is the client improving?');
  expect(question).toBeGreaterThan(-1);
  for (const verdict of [
    'Response reached',
    'response reached',
    'Partial response',
    'Little change',
  ])
    if (review.includes(verdict)) expect(review.indexOf(verdict)).toBeGreaterThan(question);
  expect(review).toContain('Record the decision');
  expect(page(13)).toContain('Name the ending');
  expect(page(14)).toContain('Progress against baseline');
  expect(page(15)).toContain('Feelings about ending');
  expect(page(15)).toContain('Relapse-prevention plan');
  expect(page(16)).toContain('Final scores');
  expect(page(16)).toContain('End-of-treatment letter');
  expect(page(16)).toMatch(/Urgent, apart from "when to return"/);
}

for (const { code, input, area } of COURSES) {
  test(`a 16-week ${area} course prints every week in phase order on A4 and Letter`, async ({
    page,
  }, testInfo) => {
    const courseUrl = await planCourse(page, code, input);
    const course = new CoursePage(page);
    const reviewUrl = await course.sessionHref(REVIEW_WEEK(area));
    const endingUrl = await course.sessionHref(14);

    const print = new AgendaPrintPage(page);
    await print.gotoPacket(courseUrl, LENGTH);
    const packets = new Map<PaperFormat, PrintedPages>();
    for (const format of FORMATS) {
      const packet = await print.print(testInfo, `${code}-packet`, format);
      testInfo.annotations.push({
        type: `${area} packet pages (${format})`,
        description: String(packet.pages),
      });
      expectPacket(packet, code, area, format);
      packets.set(format, packet);
    }

    // The packet prints the same agenda as the single-week page, word for word
    for (const [n, url] of [
      [REVIEW_WEEK(area), reviewUrl],
      [14, endingUrl],
    ] as const) {
      await print.gotoWeek(url, n, LENGTH);
      for (const format of FORMATS) {
        const week = await print.print(testInfo, `${code}-week-${n}`, format);
        expect(week.pages, `week ${n} ${format}`).toBe(1);
        // The page footer numbers the pages of each print ("Page 8 of 16" / "Page 1 of 1")
        expect(withoutPageNumber(week.pageTexts[0])).toBe(
          withoutPageNumber(packets.get(format)?.pageTexts[n - 1]),
        );
      }
    }
  });
}

/** About 600 characters of the therapist's own focus text, as typed. */
const LONG_FOCUS = [
  'Her mother died in March after a short illness; she nursed her alone at home for six weeks while her brother stayed away.',
  'She says she never cried at the funeral and has not been back to the house since.',
  'She feels guilty about the last argument, over whether to call the ambulance, and angry that her brother did not come.',
  'Today: go back to the last week in hospital, stay with the guilt when it comes, and ask what she would say to her mother now.',
  'If there is time, who else knew her mother well enough to talk with about her, and what stops her from calling them.',
].join('\n');

test('the busiest week (open flag, missed session, new problem, long focus text) prints on one page on A4 and Letter', async ({
  page,
}, testInfo) => {
  // Sessions every Wednesday: session 3 was last week, session 4 is today (the fixed clock)
  const courseUrl = await planCourse(page, 'BW-16', {
    start: '2026-10-28',
    area: 'Grief',
    goals: ['Mourn my mother'],
    minutes: 60,
  });
  const course = new CoursePage(page);
  await course.cancel(3, 'Client did not attend');
  await course.confirmCancellation();
  const weekUrl = await course.sessionHref(4);

  await page.goto(`${courseUrl}/risk`);
  await page
    .getByLabel('Session (optional)')
    .selectOption({ label: 'Session 4 (Wed 18 Nov 2026)' });
  await page
    .getByLabel('What was disclosed or observed')
    .fill('Said she sometimes wishes she were gone.');
  await page.getByRole('button', { name: 'Raise the flag' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Flag raised' })).toBeVisible();

  await page.goto(weekUrl);
  const agenda = new AgendaPage(page);
  await agenda.expectSession(4, LENGTH);
  const week = new WeekScreen(page);
  await week.markEvent(/A new problem outside the focus/);
  // An open flag not yet assessed: crisis work takes the place of the focus step
  const focusPart = await week.partNumber(/Crisis work|Grief ·/);
  await week.setPartContent(focusPart, LONG_FOCUS);
  await agenda.save();

  const print = new AgendaPrintPage(page);
  await print.gotoWeek(weekUrl, 4, LENGTH);
  for (const format of FORMATS) {
    const pdf = await print.print(testInfo, 'busiest-week', format);
    testInfo.annotations.push({
      type: `busiest week pages (${format})`,
      description: String(pdf.pages),
    });
    expect(pdf.pages, `${format}: the busiest week fits one page`).toBe(1);
    const text = pdf.pageTexts[0] ?? '';
    expect(text).toContain('Open risk flag — assess today');
    expect(text).toContain('Risk assessment');
    expect(text).toContain('After the missed session');
    expect(text).toMatch(/new problem/i);
    for (const line of LONG_FOCUS.split('\n')) expect(text).toContain(words(line));
    expect(text).toContain('Task to set');
    expect(text).toContain('Notes');
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  }
});
