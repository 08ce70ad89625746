import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { addClient } from '../../db/clients';
import { db } from '../../db/database';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

beforeEach(async () => {
  // The form starts on today's date: a Friday.
  vi.setSystemTime(new Date('2026-02-20T12:00:00'));
  await resetDatabase();
  await addClient({ id: 'c1', code: 'RT-4', archived: false, createdAt: '2026-01-01T10:00:00Z' });
});

async function fillDate(user: ReturnType<typeof renderApp>['user'], label: string, value: string) {
  const input = await screen.findByLabelText(label);
  await user.clear(input);
  await user.type(input, value);
}

describe('new course form', () => {
  it('shows every problem at its field and saves nothing until the form is valid', async () => {
    // Given the new-course form with a length of 10 and no focus or goals
    const { user } = renderApp('/clients/c1/courses/new');
    const length = await screen.findByLabelText('Number of weekly sessions');
    await user.clear(length);
    await user.type(length, '10');
    // When the therapist submits
    await user.click(screen.getByRole('button', { name: 'Plan the course' }));
    // Then each field says what is wrong, and no course exists
    expect(await screen.findByText(/A course is 12–16 weekly sessions/)).toBeInTheDocument();
    expect(screen.getByText('Choose the primary problem area.')).toBeInTheDocument();
    expect(screen.getByText('Write at least one goal.')).toBeInTheDocument();
    expect(screen.getByLabelText('Number of weekly sessions')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await db.courses.count()).toBe(0);
  });

  it('asks for the dispute stage when the area is a role dispute', async () => {
    const { user } = renderApp('/clients/c1/courses/new');
    await user.selectOptions(await screen.findByLabelText('Primary problem area'), 'Role dispute');
    await user.type(screen.getByLabelText('Goal 1'), 'Talk with partner without shouting');
    await user.click(screen.getByRole('button', { name: 'Plan the course' }));
    const stage = screen.getByRole('group', { name: 'Stage of the role dispute' });
    expect(within(stage).getByRole('alert')).toHaveTextContent(
      'Choose the stage of the role dispute',
    );
    await user.click(within(stage).getByRole('radio', { name: /Impasse/ }));
    await user.click(screen.getByRole('button', { name: 'Plan the course' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Course for RT-4' }),
    ).toBeInTheDocument();
    const [course] = await db.courses.toArray();
    expect(course?.disputeStage).toBe('impasse');
  });

  it('plans 16 dated weekly sessions with the default phases', async () => {
    // Given a valid 16-week grief course starting Monday 2026-03-02
    const { user } = renderApp('/clients/c1/courses/new');
    await fillDate(user, 'First session date', '2026-03-02');
    await user.selectOptions(screen.getByLabelText('Primary problem area'), 'Grief');
    await user.type(screen.getByLabelText('Goal 1'), 'Talk about my father with my sister');
    // And the form already says when the course will end
    expect(screen.getByText(/Last session: Mon 15 Jun 2026/)).toBeInTheDocument();
    // When it is planned
    await user.click(screen.getByRole('button', { name: 'Plan the course' }));
    // Then the overview lists 16 weeks, Mondays, with phases 3 / 10 / 3
    const table = await screen.findByRole('table', { name: 'Weeks of the course' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(16);
    // Weekly from Monday 2 March, worked out by hand on a calendar
    const dates = rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent);
    expect(dates).toEqual(
      [
        'Mon 2 Mar 2026',
        'Mon 9 Mar 2026',
        'Mon 16 Mar 2026',
        'Mon 23 Mar 2026',
        'Mon 30 Mar 2026',
        'Mon 6 Apr 2026',
        'Mon 13 Apr 2026',
        'Mon 20 Apr 2026',
        'Mon 27 Apr 2026',
        'Mon 4 May 2026',
        'Mon 11 May 2026',
        'Mon 18 May 2026',
        'Mon 25 May 2026',
        'Mon 1 Jun 2026',
        'Mon 8 Jun 2026',
        'Mon 15 Jun 2026',
      ].map((day) => expect.stringContaining(day)),
    );
    const weekdays = rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent);
    expect(weekdays).toEqual(Array.from({ length: 16 }, () => 'Monday'));
    const phases = rows.map((r) => within(r).getAllByRole('cell')[2]?.textContent);
    expect(phases.filter((p) => p === 'Initial')).toHaveLength(3);
    expect(phases.filter((p) => p === 'Middle')).toHaveLength(10);
    expect(phases.filter((p) => p === 'Termination')).toHaveLength(3);
    expect(within(rows[15]!).getByText(/Mon 15 Jun 2026/)).toBeInTheDocument();
  });

  /** Fills a valid grief course starting Monday 2026-03-02. */
  async function fillValid(user: ReturnType<typeof renderApp>['user']) {
    await fillDate(user, 'First session date', '2026-03-02');
    await user.selectOptions(screen.getByLabelText('Primary problem area'), 'Grief');
    await user.type(screen.getByLabelText('Goal 1'), 'Visit the grave with my brother');
  }

  it('starts on today and keeps every field when the course cannot be saved', async () => {
    const { user } = renderApp('/clients/c1/courses/new');
    expect(await screen.findByLabelText('First session date')).toHaveValue('2026-02-20');
    await fillValid(user);
    vi.spyOn(db.sessions, 'bulkAdd').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    await user.click(screen.getByRole('button', { name: 'Plan the course' }));
    // Then the failure is in words, nothing half-saved, and the form as typed
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(await db.courses.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
    expect(screen.getByLabelText('Goal 1')).toHaveValue('Visit the grave with my brother');
    expect(screen.getByLabelText('First session date')).toHaveValue('2026-03-02');
  });

  it('plans one course when Plan the course is double-clicked', async () => {
    const { user } = renderApp('/clients/c1/courses/new');
    await fillValid(user);
    await user.dblClick(screen.getByRole('button', { name: 'Plan the course' }));
    await screen.findByRole('table', { name: 'Weeks of the course' });
    expect(await db.courses.count()).toBe(1);
    expect(await db.sessions.count()).toBe(16);
  });

  it('asks before leaving a filled-in form, and leaves when told to discard', async () => {
    const { user, router } = renderApp('/clients/c1/courses/new');
    await fillValid(user);
    await user.click(screen.getByRole('link', { name: 'Clients' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Unsaved changes' });
    expect(router.state.location.pathname).toBe('/clients/c1/courses/new');
    await user.click(within(prompt).getByRole('button', { name: 'Discard changes and leave' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Clients' })).toBeInTheDocument();
  });
});
