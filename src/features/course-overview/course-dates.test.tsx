/** Dates that make sense on the course page (issue 12 item 4), on a fixed day: Fri 20 Mar 2026. */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { cancelCourseSession, markSessionHeld } from '../../app-model/commands/courses';
import { planCourse } from '../../domain/course-plan';
import { addClient } from '../../db/clients';
import { db } from '../../db/database';
import { listSessions, saveNewCourse } from '../../db/courses';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

async function plan(courseId: string, clientId: string, unavailableDates: string[] = []) {
  let n = 0;
  await addClient({
    id: clientId,
    code: `C-${clientId}`,
    archived: false,
    createdAt: '2026-01-01T10:00:00Z',
  });
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
      unavailableDates,
    },
    { courseId, clientId, newId: () => `${courseId}-s${(n += 1)}` },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
}

const numbered = async (courseId: string, n: number) =>
  (await listSessions(courseId)).find((s) => s.number === n);
const row = (name: RegExp) =>
  within(screen.getByRole('table', { name: 'Weeks of the course' })).getByRole('row', { name });

beforeEach(async () => {
  // Friday 20 March: sessions 1–3 (Mondays 2, 9 and 16 March) are past, session 4 is next Monday.
  vi.setSystemTime(new Date('2026-03-20T12:00:00'));
  await resetDatabase();
  await plan('k1', 'c1');
});

describe('mark held', () => {
  it('refuses a session whose day has not come, in the row where it was asked, and stores nothing', async () => {
    const { user } = renderApp('/courses/k1');
    await user.click(await screen.findByRole('button', { name: 'Mark held session 5' }));
    expect(await within(row(/^Session 5/)).findByRole('alert')).toHaveTextContent(
      'Session 5 is on Mon 30 Mar 2026: it can be marked held on or after that day.',
    );
    expect((await numbered('k1', 5))?.status).toBe('planned');
  });
});

describe('sessions needing an outcome', () => {
  it('lists past sessions still planned at the top, and drops one once marked held', async () => {
    const { user } = renderApp('/courses/k1');
    const list = await screen.findByRole('list', { name: 'Sessions needing an outcome' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Session 1, Mon 2 Mar 2026',
      'Session 2, Mon 9 Mar 2026',
      'Session 3, Mon 16 Mar 2026',
    ]);
    await user.click(screen.getByRole('button', { name: 'Mark held session 2' }));
    expect(await screen.findByText('Session 2 marked as held.')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Sessions needing an outcome' }))
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual(['Session 1, Mon 2 Mar 2026', 'Session 3, Mon 16 Mar 2026']),
    );
  });
});

describe('the course table', () => {
  it('marks the current week (Mon 16 to Sun 22 Mar) and only that one', async () => {
    renderApp('/courses/k1');
    await screen.findByRole('table', { name: 'Weeks of the course' });
    expect(row(/^Session 3/)).toHaveAttribute('aria-current', 'date');
    expect(row(/^Session 3/)).toHaveTextContent('This week');
    expect(row(/^Session 4/)).not.toHaveAttribute('aria-current');
    const table = screen.getByRole('table', { name: 'Weeks of the course' });
    expect(within(table).getAllByText('This week')).toHaveLength(1);
  });

  it('names the day the therapist marked away', async () => {
    await plan('k2', 'c2', ['2026-03-16']);
    renderApp('/courses/k2');
    const table = await screen.findByRole('table', { name: 'Weeks of the course' });
    const away = within(table).getByRole('row', { name: /^— Mon 16 Mar 2026/ });
    expect(away).toHaveTextContent('Unavailable: you marked this day away (no session)');
    // Session 3 moved to the Monday after.
    expect(row(/^Session 3/)).toHaveTextContent('Mon 23 Mar 2026');
  });
});

describe('put back to planned', () => {
  it('shows that a held session going back leaves the end date, then saves on confirmation', async () => {
    await markSessionHeld('k1', (await numbered('k1', 2))?.id ?? '');
    const { user } = renderApp('/courses/k1');
    await user.click(await screen.findByRole('button', { name: 'Put back to planned session 2' }));
    expect(screen.getByText('The course still ends on Mon 18 May 2026.')).toBeInTheDocument();
    expect((await numbered('k1', 2))?.status).toBe('held');
    await user.click(screen.getByRole('button', { name: 'Confirm: put back to planned' }));
    expect(await screen.findByText(/Session 2 is planned again/)).toBeInTheDocument();
    expect((await numbered('k1', 2))?.status).toBe('planned');
  });

  it('shows a therapist cancellation going back moves the end date back a week (25 May → 18 May)', async () => {
    const five = await numbered('k1', 5);
    await cancelCourseSession({
      courseId: 'k1',
      sessionId: five?.id ?? '',
      by: 'therapist',
      reason: '',
    });
    expect((await numbered('k1', 12))?.date).toBe('2026-05-25');
    const { user } = renderApp('/courses/k1');
    await user.click(
      await screen.findByRole('button', {
        name: 'Put back to planned appointment on Mon 30 Mar 2026',
      }),
    );
    expect(
      screen.getByText('The course will end on Mon 18 May 2026 instead of Mon 25 May 2026.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm: put back to planned' }));
    expect(await screen.findByText(/planned again/)).toBeInTheDocument();
    expect((await numbered('k1', 5))?.date).toBe('2026-03-30');
    expect((await numbered('k1', 12))?.date).toBe('2026-05-18');
  });

  it('says so when the change cannot be saved, and keeps the session as it was', async () => {
    await markSessionHeld('k1', (await numbered('k1', 1))?.id ?? '');
    const proto = db.Table.prototype as unknown as { bulkPut: (...a: unknown[]) => unknown };
    const original = proto.bulkPut;
    let failed = false;
    vi.spyOn(proto, 'bulkPut').mockImplementation(function (this: { name: string }, ...args) {
      if (this.name !== 'sessions' || failed) return original.apply(this, args);
      failed = true;
      return Promise.reject(new DOMException('full', 'QuotaExceededError'));
    });
    const { user } = renderApp('/courses/k1');
    await user.click(await screen.findByRole('button', { name: 'Put back to planned session 1' }));
    await user.click(screen.getByRole('button', { name: 'Confirm: put back to planned' }));
    const panel = screen.getByRole('region', { name: /back to planned/ });
    expect(await within(panel).findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect((await numbered('k1', 1))?.status).toBe('held');
  });
});
