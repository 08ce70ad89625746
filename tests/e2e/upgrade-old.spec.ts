/**
 * Databases written by versions 2 to 5 of the app open in this one with every record on screen.
 * The fixture file (tests/fixtures/db/vN.json) is read here and is the expectation: each table the
 * fixture holds has a check that finds each of its rows where the therapist would look for it.
 * A version's test runs the checks of every table that version had, so nothing can be skipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { writeOldDatabase } from '../fixtures/db/old-database';
import type { DbFixture } from '../fixtures/db/old-database';

import { fixToday } from './clock';
import { CoursePage } from './pages/course-page';
import { WriteUpPage } from './pages/writeup-page';

type Row = Record<string, unknown> & { id?: string };
type Rows = Record<string, Row[]>;

const fixture = (version: number) =>
  JSON.parse(
    readFileSync(join(process.cwd(), 'tests/fixtures/db', `v${version}.json`), 'utf8'),
  ) as DbFixture;

const str = (row: Row, key: string) => String(row[key]);
const rowsOf = (tables: Rows, table: string) => tables[table] ?? [];

/** A yyyy-MM-dd day as the screens write it: "Mon 5 Oct 2026". */
function shownDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()] ?? '';
  const month = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[date.getUTCMonth()];
  return `${weekday} ${date.getUTCDate()} ${month ?? ''} ${date.getUTCFullYear()}`;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

async function openHeading(page: Page, url: string, heading: string | RegExp) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Every client: listed (or, archived, on its own page); every course: each session's row. */
async function checkClientsCoursesSessions(page: Page, t: Rows) {
  for (const client of rowsOf(t, 'clients')) {
    await openHeading(page, `/clients/${str(client, 'id')}`, `Client ${str(client, 'code')}`);
    if (client.archived === true)
      await expect(page.getByText('Archived', { exact: true })).toBeVisible();
  }
  await openHeading(page, '/clients', 'Clients');
  for (const client of rowsOf(t, 'clients').filter((c) => c.archived !== true))
    await expect(page.getByRole('link', { name: str(client, 'code'), exact: true })).toBeVisible();
  for (const course of rowsOf(t, 'courses')) {
    await openHeading(page, `/courses/${str(course, 'id')}`, /^Course for /);
    const sessions = rowsOf(t, 'sessions').filter((s) => s.courseId === course.id);
    const coursePage = new CoursePage(page);
    await coursePage.expectWeeks(sessions.length);
    for (const s of sessions) {
      const row = coursePage.row(Number(s.number));
      await expect(row).toContainText(`${shownDay(str(s, 'date'))} ${str(s, 'time')}`);
      await expect(row).toContainText(capitalised(str(s, 'status')));
    }
  }
}

const sessionUrl = (row: Row) =>
  `/courses/${str(row, 'courseId')}/sessions/${str(row, 'sessionId')}`;

/** Each stored agenda on its week screen: its parts, its notes, its task; each focus change. */
async function checkAgendas(page: Page, t: Rows) {
  for (const agenda of rowsOf(t, 'agendas')) {
    await openHeading(page, sessionUrl(agenda), /^Session \d+ of \d+/);
    const segments = agenda.segments as { title: string; minutes: number }[];
    const parts = page
      .getByRole('region', { name: 'Agenda' })
      .getByRole('heading', { level: 3 })
      .filter({ hasText: / min$/ });
    await expect(parts).toHaveText(segments.map((s) => `${s.title} ${s.minutes} min`));
    await expect(page.getByLabel('Notes for the week')).toHaveValue(str(agenda, 'notes'));
    if (agenda.taskSet !== undefined)
      await expect(page.getByLabel('Task for the coming week')).toHaveValue(str(agenda, 'taskSet'));
  }
  for (const change of rowsOf(t, 'focusChanges')) {
    const session = rowsOf(t, 'sessions').find(
      (s) => s.courseId === change.courseId && s.number === change.fromSession,
    );
    await openHeading(page, sessionUrl({ ...change, sessionId: session?.id }), /^Session \d+/);
    await expect(page.getByRole('row').filter({ hasText: str(change, 'reason') })).toContainText(
      `Session ${str(change, 'fromSession')}`,
    );
  }
}

/** Each measure's total in its course's progress table, the chosen baseline, the course events. */
async function checkMeasures(page: Page, t: Rows) {
  for (const course of rowsOf(t, 'courses')) {
    const measures = rowsOf(t, 'measures').filter((m) => m.courseId === course.id);
    if (measures.length === 0) continue;
    await openHeading(page, `/courses/${str(course, 'id')}/progress`, /^Progress for /);
    for (const m of measures) {
      const row = page
        .getByRole('table')
        .first()
        .getByRole('row')
        .filter({ hasText: shownDay(str(m, 'date')) });
      await expect(row).toContainText(str(m, 'total'));
    }
    const baselineId = rowsOf(t, 'settings').find(
      (s) => s.key === `baseline:${str(course, 'id')}:phq9`,
    )?.value;
    const baseline = measures.find((m) => m.id === baselineId);
    if (baseline)
      await expect(
        page.getByText(`Baseline ${str(baseline, 'total')}`, { exact: true }),
      ).toBeVisible();
    for (const event of rowsOf(t, 'courseEvents').filter((e) => e.courseId === course.id))
      await expect(page.getByText(str(event, 'text')).first()).toBeVisible();
  }
}

/** Each session's goal and mechanism ratings in the progress page's rating tables. */
async function checkRatings(page: Page, t: Rows) {
  for (const rating of rowsOf(t, 'ratings')) {
    await openHeading(page, `/courses/${str(rating, 'courseId')}/progress`, /^Progress for /);
    const session = rowsOf(t, 'sessions').find((s) => s.id === rating.sessionId);
    const rowOf = (table: string) =>
      page
        .getByRole('table', { name: table })
        .getByRole('row')
        .filter({
          has: page.getByRole('rowheader', { name: str(session ?? {}, 'number'), exact: true }),
        });
    const goals = (rating.goals as (number | null)[]).map((g) => (g === null ? '—' : String(g)));
    await expect(rowOf('Goal ratings by session (0–10)').getByRole('cell')).toHaveText(goals);
    for (const value of Object.values(rating.mechanisms as Record<string, number>))
      await expect(rowOf('Mechanism ratings by session (0–10)')).toContainText(String(value));
  }
}

/** Each flag with its acknowledgement in the risk history. */
async function checkRiskFlags(page: Page, t: Rows) {
  for (const flag of rowsOf(t, 'riskFlags')) {
    await openHeading(page, `/courses/${str(flag, 'courseId')}/risk`, /^Risk for /);
    const history = page.getByRole('listitem').filter({ hasText: str(flag, 'detail') });
    await expect(history).toBeVisible();
    const ack = flag.acknowledgement as { action: string; note: string } | undefined;
    if (ack) {
      await expect(history).toContainText(ack.action);
      await expect(history).toContainText(ack.note);
    }
  }
}

const SAFETY_PLAN_FIELDS: Record<string, string> = {
  warningSigns: 'Warning signs that a crisis may be starting',
  coping: 'Things I can do on my own to cope',
  peoplePlaces: 'People and places that help me',
  professionals: 'Professionals and crisis lines I can contact',
  saferEnvironment: 'Making my surroundings safer',
};

/** The suitability answers, each safety plan's lines, the crisis contacts and the week start. */
async function checkSuitabilitySafetySettings(page: Page, t: Rows) {
  for (const check of rowsOf(t, 'suitability')) {
    await openHeading(page, `/courses/${str(check, 'courseId')}/suitability`, /^Suitability check/);
    for (const [item, present] of Object.entries(check.items as Record<string, boolean>)) {
      const group = page.getByRole('group', {
        name: `${capitalised(item.replace(/-/g, ' '))} present?`,
      });
      await expect(group.getByRole('radio', { name: present ? 'Yes' : 'No' })).toBeChecked();
    }
  }
  for (const plan of rowsOf(t, 'safetyPlans')) {
    await openHeading(page, `/clients/${str(plan, 'clientId')}/safety-plan`, /^Safety plan for /);
    for (const [section, lines] of Object.entries(plan.sections as Record<string, string[]>))
      await expect(page.getByLabel(SAFETY_PLAN_FIELDS[section] ?? section)).toHaveValue(
        lines.join('\n'),
      );
  }
  const setting = (key: string) => rowsOf(t, 'settings').find((s) => s.key === key)?.value;
  await openHeading(page, '/settings', 'Settings');
  const contacts = (setting('crisisContacts') ?? []) as { name: string; phone: string }[];
  for (const contact of contacts)
    await expect(page.getByText(`${contact.name}: ${contact.phone}`)).toBeVisible();
  const weekStart = setting('weekStartsOn') === 1 ? 'Monday' : 'Sunday';
  await expect(page.getByRole('radio', { name: weekStart })).toBeChecked();
}

/** The people and life events on the inventory; the formulation's text and the contract. */
async function checkInventoryFormulation(page: Page, t: Rows) {
  for (const course of rowsOf(t, 'courses')) {
    const id = str(course, 'id');
    const people = rowsOf(t, 'people').filter((p) => p.courseId === id);
    const events = rowsOf(t, 'lifeEvents').filter((e) => e.courseId === id);
    if (people.length + events.length > 0) {
      await openHeading(page, `/courses/${id}/inventory`, /^Interpersonal inventory for /);
      for (const p of people)
        await expect(
          page.getByText(`${str(p, 'name')} · ${str(p, 'relationship')}`, { exact: true }),
        ).toBeVisible();
      for (const e of events)
        await expect(page.getByText(str(e, 'description'), { exact: true })).toBeVisible();
    }
    const formulation = rowsOf(t, 'formulations').find((f) => f.courseId === id);
    const contract = rowsOf(t, 'contracts').find((c) => c.courseId === id);
    if (!formulation && !contract) continue;
    await openHeading(page, `/courses/${id}/formulation`, /^Formulation and contract for /);
    if (formulation)
      await expect(page.getByLabel('Formulation (your wording)')).toHaveValue(
        str(formulation, 'text'),
      );
    if (contract) {
      await expect(page.getByLabel('Number of sessions')).toHaveValue(str(contract, 'sessions'));
      const agreed = page.getByRole('group', { name: 'Was the contract agreed?' });
      await expect(
        agreed.getByRole('radio', { name: contract.agreed ? 'Yes' : /^No/ }),
      ).toBeChecked();
    }
  }
}

/** Each write-up: its state in the course's list; a final one locked, a draft with its note. */
async function checkWriteUps(page: Page, t: Rows) {
  const writeup = new WriteUpPage(page);
  for (const w of rowsOf(t, 'writeups')) {
    await writeup.openFromList(str(w, 'courseId'), Number(w.sessionNumber));
    if (w.status === 'final') await expect(writeup.finalisedNotice()).toBeVisible();
    else await expect(writeup.note).toHaveValue(str(w, 'note'));
    for (const a of (w.amendments ?? []) as { summary: string }[])
      await expect(writeup.amendments()).toContainText(a.summary);
  }
}

/** The check for each table, run when the fixture holds that table. */
const CHECKS: [string[], (page: Page, t: Rows) => Promise<void>][] = [
  [['clients', 'courses', 'sessions'], checkClientsCoursesSessions],
  [['agendas', 'focusChanges'], checkAgendas],
  [['measures', 'courseEvents'], checkMeasures],
  [['ratings'], checkRatings],
  [['riskFlags'], checkRiskFlags],
  [['suitability', 'safetyPlans', 'settings'], checkSuitabilitySafetySettings],
  [['people', 'lifeEvents', 'formulations', 'contracts'], checkInventoryFormulation],
  [['writeups'], checkWriteUps],
];

test.beforeEach(async ({ page }) => {
  await fixToday(page);
});

for (const version of [2, 3, 4, 5]) {
  test(`a version ${version} database opens with every record it held on screen`, async ({
    page,
  }) => {
    test.slow();
    const old = fixture(version);
    const tables = old.tables as Rows;
    const held = Object.keys(tables).filter((name) => rowsOf(tables, name).length > 0);
    const checked = CHECKS.flatMap(([names]) => names).filter((name) => held.includes(name));
    expect(checked, 'a check for every table the fixture holds').toHaveLength(held.length);
    await page.goto('/favicon.svg');
    await page.evaluate(writeOldDatabase, { name: 'ipt-planner', fixture: old });
    const due = CHECKS.filter(([names]) => names.some((name) => held.includes(name)));
    for (const [, check] of due) await check(page, tables);
  });
}
