/**
 * The documents' saves when storage fails (the sentence shows as an alert and the text stays),
 * a double click saving once, leaving with unsaved changes, and the summary's score sentence
 * taken from the course's chosen baseline.
 */
import { screen } from '@testing-library/react';
import type { Table } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { answersTotalling } from '../../domain/measures/test-fixtures';
import { addClient } from '../../db/clients';
import { setChosenBaseline } from '../../db/course-records';
import { listSessions, saveNewCourse } from '../../db/courses';
import { db } from '../../db/database';
import { getRelapsePlan, getStoredDocument } from '../../db/documents';
import { contractsTable } from '../../db/inventory';
import { measuresTable } from '../../db/measures';
import { writeGate } from '../../../tests/fixtures/db/write-gate';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

let n = 0;
const newId = () => `s${(n += 1)}`;
const QUOTA = /^Not saved: this browser has run out of storage space for IPT Planner\./;
const full = () => new DOMException('full', 'QuotaExceededError');

type Row = Record<string, unknown>;
/** Dexie's Table prototype: spied there, a write fails whichever Table instance the code uses. */
const tableProto = () => Object.getPrototypeOf(db.table('settings')) as Table;

/**
 * Makes the next `times` puts to `name` (of rows `when` accepts) fail with a full disk; every
 * other write goes through. Returns the spy (`putsTo` counts the calls that reached a table) and
 * `hold`/`release`, which make the later puts to `name` wait (for a double click mid-save).
 */
function failPuts(name: string, times = 1, when: (row: Row) => boolean = () => true) {
  const proto = tableProto();
  const put = proto.put;
  let left = times;
  const gate = writeGate();
  const spy = vi.spyOn(proto, 'put').mockImplementation(function (
    this: Table,
    row: Row,
    key?: unknown,
  ) {
    if (this.name !== name) return put.call(this, row, key as never);
    if (left > 0 && when(row)) {
      left -= 1;
      return Promise.reject(full()) as ReturnType<Table['put']>;
    }
    return gate.pass(() => put.call(this, row, key as never)) as ReturnType<Table['put']>;
  });
  return { spy, hold: gate.hold, release: gate.release };
}

/** The rows put to `name` while `spy` watched. */
function putsTo(spy: ReturnType<typeof failPuts>['spy'], name: string): Row[] {
  return spy.mock.calls.flatMap(([row], i) =>
    (spy.mock.contexts[i] as Table | undefined)?.name === name ? [row as Row] : [],
  );
}

beforeEach(async () => {
  // Monday 25 May 2026: the 12-week course from 2 March is over
  vi.setSystemTime(new Date('2026-05-25T12:00:00'));
  n = 0;
  await resetDatabase();
  await addClient({ id: 'c1', code: 'GX-2', archived: false, createdAt: '2026-01-01T10:00:00Z' });
  const planned = planCourse(
    {
      startDate: '2026-03-02',
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: 'role-transition',
      goals: ['Make one new friend at work'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: 'k1', clientId: 'c1', newId },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
});

async function sessionId(number: number): Promise<string> {
  const s = (await listSessions('k1')).find((x) => x.number === number);
  if (!s) throw new Error('fixture');
  return s.id;
}

describe('task card', () => {
  it('keeps the card typed when the save fails, then saves once on a double click', async () => {
    const id = await sessionId(5);
    const put = failPuts('documents');
    const { user } = renderApp(`/courses/k1/sessions/${id}/task-card`);
    const task = await screen.findByLabelText('The task, in the client’s words');
    await user.type(task, 'Ask my colleague to lunch');
    await user.click(screen.getByRole('button', { name: 'Save the card' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(QUOTA);
    expect(task).toHaveValue('Ask my colleague to lunch');
    expect(await getStoredDocument(`task-card:${id}`)).toBeUndefined();
    put.hold(); // the second click lands while the first save is pending
    await user.dblClick(screen.getByRole('button', { name: 'Save the card' }));
    put.release();
    expect(await screen.findByText('Task card saved.')).toHaveAttribute('role', 'status');
    expect(putsTo(put.spy, 'documents')).toHaveLength(2);
    expect((await getStoredDocument(`task-card:${id}`))?.fields.task).toBe(
      'Ask my colleague to lunch',
    );
  });

  it('asks before leaving with unsaved changes, and stays when asked to', async () => {
    const id = await sessionId(5);
    const { user, router } = renderApp(`/courses/k1/sessions/${id}/task-card`);
    await user.type(await screen.findByLabelText('When'), 'Friday');
    await user.click(screen.getByRole('link', { name: 'Back to documents' }));
    expect(await screen.findByRole('alertdialog', { name: 'Unsaved changes' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(`/courses/k1/sessions/${id}/task-card`);
    expect(screen.getByLabelText('When')).toHaveValue('Friday');
  });
});

describe('relapse plan', () => {
  it('keeps the plan typed when the save fails, then saves once on a double click', async () => {
    const put = failPuts('relapsePlans');
    const { user } = renderApp('/courses/k1/relapse-plan');
    const signs = await screen.findByLabelText('My early warning signs');
    await user.type(signs, 'Sleeping badly');
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(QUOTA);
    expect(signs).toHaveValue('Sleeping badly');
    expect(await getRelapsePlan('k1')).toBeUndefined();
    put.hold(); // the second click lands while the first save is pending
    await user.dblClick(screen.getByRole('button', { name: 'Save the plan' }));
    put.release();
    expect(await screen.findByText('Relapse plan saved.')).toBeVisible();
    expect(putsTo(put.spy, 'relapsePlans')).toHaveLength(2);
    expect((await getRelapsePlan('k1'))?.warningSigns).toEqual(['Sleeping badly']);
  });
});

describe('summary letter', () => {
  it('keeps the letter typed when the save fails', async () => {
    failPuts('documents');
    const { user } = renderApp('/courses/k1/summary');
    const letter = await screen.findByLabelText('Letter to the client');
    await user.clear(letter);
    await user.type(letter, 'Dear Anna, thank you.');
    await user.click(screen.getByRole('button', { name: 'Save the letter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(QUOTA);
    expect(letter).toHaveValue('Dear Anna, thank you.');
    expect(await getStoredDocument('summary:k1')).toBeUndefined();
  });

  it('runs from the chosen baseline to the latest score, as the course view states them', async () => {
    // Given PHQ-9 totals of 14 (session 1), 20 (session 2, chosen as baseline) and 6 (session 11)
    const ids = [await sessionId(1), await sessionId(2), await sessionId(11)];
    const dates = ['2026-03-02', '2026-03-09', '2026-05-11'];
    await measuresTable().bulkPut(
      [14, 20, 6].map((total, i) => ({
        id: `m${i + 1}`,
        clientId: 'c1',
        courseId: 'k1',
        sessionId: ids[i] ?? '',
        kind: 'phq9' as const,
        date: dates[i] ?? '',
        answers: answersTotalling('phq9', total),
        total,
        status: 'complete' as const,
        recordedAt: `${dates[i] ?? ''}T09:00:00Z`,
      })),
    );
    await setChosenBaseline('k1', 'phq9', 'm2');
    renderApp('/courses/k1/summary');
    // Then the client's sentence and the drafted letter start from 20, not the first 14
    const progress = await screen.findByRole('region', {
      name: 'Progress, as the client will read it',
    });
    expect(progress).toHaveTextContent('Your score went from 20 at the start to 6 now.');
    const letter = screen.getByLabelText('Letter to the client') as HTMLTextAreaElement;
    expect(letter.value).toContain('Your score went from 20 at the start to 6 now.');
  });
});

describe('adherence self-check', () => {
  it('keeps the answers when the save fails, then saves once on a double click', async () => {
    await contractsTable().put({
      id: 't1',
      courseId: 'k1',
      sessions: 12,
      endDate: '2026-05-18',
      frequency: 'weekly',
      missedSessionRule: 'counts-as-used',
      supervisionConsent: true,
      recordingConsent: false,
      agreed: true,
      agreedDate: '2026-03-16',
    });
    const put = failPuts('adherenceChecks');
    const { user } = renderApp('/courses/k1/supervision');
    const yes = (await screen.findAllByRole('radio', { name: 'Yes' }))[2] as HTMLElement;
    await user.click(yes);
    await user.click(screen.getByRole('button', { name: 'Save the self-check' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(QUOTA);
    expect(yes).toBeChecked();
    put.hold(); // the second click lands while the first save is pending
    await user.dblClick(screen.getByRole('button', { name: 'Save the self-check' }));
    put.release();
    expect(await screen.findByText('Self-check saved.')).toBeVisible();
    expect(putsTo(put.spy, 'adherenceChecks')).toHaveLength(2);
  });
});
