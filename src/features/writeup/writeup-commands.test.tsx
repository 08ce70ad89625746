/**
 * The write-up's writes when storage fails: each failure shows its sentence where the therapist
 * acted and keeps what they typed; a double click writes once; the autosave retries until stored.
 */
import { screen, waitFor } from '@testing-library/react';
import type { Table } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import type { SessionWriteUp } from '../../domain/writeup';
import { addClient } from '../../db/clients';
import { listSessions, saveNewCourse } from '../../db/courses';
import { db } from '../../db/database';
import { getWriteUp } from '../../db/writeups';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

let n = 0;
const newId = () => `s${(n += 1)}`;
const URL2 = '/courses/k1/sessions/s2/write-up';
const QUOTA = 'Not saved: this browser has run out of storage space for IPT Planner.';
const full = () => new DOMException('full', 'QuotaExceededError');

beforeEach(async () => {
  // Monday 16 March 2026: session 2 (9 March) is past
  vi.setSystemTime(new Date('2026-03-16T12:00:00'));
  n = 0;
  await resetDatabase();
  await addClient({ id: 'c1', code: 'WU-1', archived: false, createdAt: '2026-01-01T10:00:00Z' });
  const planned = planCourse(
    {
      startDate: '2026-03-02',
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: 'grief',
      goals: ['Mourn'],
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

type Row = Record<string, unknown>;
/** Dexie's Table prototype: spied there, a write fails whichever Table instance the code uses. */
const tableProto = () => Object.getPrototypeOf(db.table('settings')) as Table;

/**
 * Makes the next `times` puts to `name` (of rows `when` accepts) fail with a full disk; every
 * other write goes through. Returns the spy; `putsTo` counts the calls that reached a table.
 */
function failPuts(name: string, times = 1, when: (row: Row) => boolean = () => true) {
  const proto = tableProto();
  const put = proto.put;
  let left = times;
  return vi.spyOn(proto, 'put').mockImplementation(function (this: Table, row: Row, key?: unknown) {
    if (this.name === name && left > 0 && when(row)) {
      left -= 1;
      return Promise.reject(full()) as ReturnType<Table['put']>;
    }
    return put.call(this, row, key as never);
  });
}

/** The rows put to `name` while `spy` watched. */
function putsTo(spy: ReturnType<typeof failPuts>, name: string): Row[] {
  return spy.mock.calls.flatMap(([row], i) =>
    (spy.mock.contexts[i] as Table | undefined)?.name === name ? [row as Row] : [],
  );
}

/** Makes every write of a write-up with `status` fail with a full disk; others go through. */
const failWrites = (status: SessionWriteUp['status']) =>
  failPuts('writeups', Number.POSITIVE_INFINITY, (row) => row.status === status);

describe('autosave', () => {
  it('retries a failed save, says so, and stores the text once the write succeeds', async () => {
    // Given the first save of the draft fails with a full disk
    failPuts('writeups');
    const { user } = renderApp(URL2);
    await user.type(await screen.findByLabelText('Session note'), 'Talked about the funeral');
    // Then the failure shows while the text stays in the field
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^Not saved — retrying: this browser has run out of storage space/,
    );
    expect(screen.getByLabelText('Session note')).toHaveValue('Talked about the funeral');
    // And the retry stores it and says so
    expect(await screen.findByText(/^Draft saved \d\d:\d\d$/)).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await getWriteUp('s2'))?.note).toBe('Talked about the funeral');
  });

  it('stores what was typed when the screen closes before the pause', async () => {
    const { user, unmount } = renderApp(URL2);
    await user.type(await screen.findByLabelText('Session note'), 'Closed at once');
    unmount();
    await waitFor(async () => expect((await getWriteUp('s2'))?.note).toBe('Closed at once'));
  });
});

describe('finalise', () => {
  it('keeps the text and the draft when the final write fails, with the pending draft stored', async () => {
    // Given the final record cannot be written
    failWrites('final');
    const { user } = renderApp(URL2);
    await user.type(await screen.findByLabelText('Session note'), 'Typed just before finalising');
    // When finalising at once (the autosave's pause not yet over)
    await user.click(screen.getByRole('button', { name: 'Finalise write-up' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, finalise and lock' }));
    // Then the failure shows at the button, the form and its text stay, and the draft is stored
    expect(await screen.findByText(new RegExp(`^${QUOTA}`))).toHaveAttribute('role', 'alert');
    expect(screen.getByLabelText('Session note')).toHaveValue('Typed just before finalising');
    expect(await getWriteUp('s2')).toMatchObject({
      status: 'draft',
      note: 'Typed just before finalising',
    });
    expect((await listSessions('k1')).find((s) => s.id === 's2')?.status).toBe('planned');
  });

  it('finalises once on a double click', async () => {
    const put = failPuts('writeups', 0);
    const { user } = renderApp(URL2);
    await user.type(await screen.findByLabelText('Session note'), 'Good session');
    await user.click(screen.getByRole('button', { name: 'Finalise write-up' }));
    await user.dblClick(await screen.findByRole('button', { name: 'Yes, finalise and lock' }));
    expect(await screen.findByText(/^Finalised on/)).toBeVisible();
    const finals = putsTo(put, 'writeups').filter((row) => row.status === 'final');
    expect(finals).toHaveLength(1);
  });
});

describe('amend', () => {
  async function finalised(user: ReturnType<typeof renderApp>['user']) {
    await user.type(await screen.findByLabelText('Session note'), 'First version');
    await user.click(screen.getByRole('button', { name: 'Finalise write-up' }));
    await user.click(await screen.findByRole('button', { name: 'Yes, finalise and lock' }));
    await user.click(await screen.findByRole('button', { name: 'Amend this record' }));
    const minutes = screen.getByLabelText('Minutes');
    await user.clear(minutes);
    await user.type(minutes, '45');
    await user.type(screen.getByLabelText('Reason for the amendment'), 'Ended early');
  }

  it('keeps the amendment typed when its write fails', async () => {
    const { user } = renderApp(URL2);
    await finalised(user);
    failWrites('final');
    await user.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findByText(new RegExp(`^${QUOTA}`))).toHaveAttribute('role', 'alert');
    expect(screen.getByLabelText('Reason for the amendment')).toHaveValue('Ended early');
    expect(screen.getByLabelText('Minutes')).toHaveValue(45);
    expect((await getWriteUp('s2'))?.amendments).toEqual([]);
  });

  it('adds one amendment on a double click', async () => {
    const { user } = renderApp(URL2);
    await finalised(user);
    await user.dblClick(screen.getByRole('button', { name: 'Save amendment' }));
    expect(
      await screen.findByText('Amendment saved. The original record is kept above it.'),
    ).toBeVisible();
    expect((await getWriteUp('s2'))?.amendments).toHaveLength(1);
  });
});

describe('attendance', () => {
  it('keeps the cancellation preview and the schedule when the write fails', async () => {
    const proto = tableProto();
    const bulkPut = proto.bulkPut;
    let left = 1;
    type BulkPut = Table['bulkPut'];
    vi.spyOn(proto, 'bulkPut').mockImplementation(function (
      this: Table,
      ...args: Parameters<BulkPut>
    ) {
      if (this.name === 'sessions' && left > 0) {
        left -= 1;
        return Promise.reject(full()) as ReturnType<BulkPut>;
      }
      return bulkPut.apply(this, args);
    });
    const { user } = renderApp(URL2);
    await user.click(await screen.findByRole('radio', { name: 'Cancelled by the client' }));
    await user.click(screen.getByRole('button', { name: 'Confirm cancellation' }));
    expect(await screen.findByText(new RegExp(`^${QUOTA}`))).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('radio', { name: 'Cancelled by the client' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Confirm cancellation' })).toBeVisible();
    expect((await listSessions('k1')).find((s) => s.id === 's2')?.status).toBe('planned');
    // And confirming again applies it once, with its confirmation
    await user.dblClick(screen.getByRole('button', { name: 'Confirm cancellation' }));
    expect(await screen.findByText(/Recorded on the course/)).toBeVisible();
    expect(screen.getByText('Cancellation saved')).toBeVisible();
    expect((await listSessions('k1')).filter((s) => s.status === 'cancelled')).toHaveLength(1);
  });
});
