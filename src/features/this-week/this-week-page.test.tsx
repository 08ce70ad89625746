import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { addDays } from '../../domain/dates';
import { addClient } from '../../db/clients';
import { saveNewCourse } from '../../db/courses';
import { putFlag } from '../../db/risk';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

// The week of Monday 2 March 2026, seen on its Wednesday (never the day the suite runs).
const monday = '2026-03-02';

async function seed(clientId: string, code: string, day: number, time: string) {
  await addClient({ id: clientId, code, archived: false, createdAt: '2026-01-01T10:00:00Z' });
  let n = 0;
  const planned = planCourse(
    {
      startDate: addDays(monday, day),
      length: 12,
      sessionMinutes: 50,
      time,
      primaryArea: 'role-transition',
      goals: ['Settle in'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: `k-${clientId}`, clientId, newId: () => `${clientId}-s${(n += 1)}` },
    '2026-01-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-01-01T10:00:00Z');
}

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-04T12:00:00'));
  await resetDatabase();
  // Given three clients seen Monday 09:00, Monday 11:00 and Wednesday 10:00
  await seed('a', 'AA-1', 0, '09:00');
  await seed('b', 'BB-2', 0, '11:00');
  await seed('c', 'CC-3', 2, '10:00');
});

const rowCodes = async () => {
  const list = await screen.findByRole('list', { name: 'Sessions this week' });
  return within(list)
    .getAllByRole('link', { name: /^(AA-1|BB-2|CC-3)$/ })
    .map((link) => link.textContent);
};

describe('this week', () => {
  it('lists sessions in time order with session number, phase and what each must do', async () => {
    renderApp('/');
    expect(await rowCodes()).toEqual(['AA-1', 'BB-2', 'CC-3']);
    expect(screen.getAllByRole('link', { name: 'session 1 of 12' })).toHaveLength(3);
    expect(
      screen.getAllByText('PHQ-9 due: no score yet in this course, so this one is the baseline.'),
    ).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Measures for CC-3, session 1' })).toBeInTheDocument();
  });

  it('puts clients with an open flag first, marked, with the banner', async () => {
    // Given an open flag for the Wednesday client
    await putFlag({
      id: 'f1',
      clientId: 'c',
      courseId: 'k-c',
      source: 'manual',
      raisedAt: '2026-03-02T09:10:00Z',
      detail: 'Disclosed thoughts of self-harm.',
      status: 'open',
    });
    renderApp('/');
    // Then CC-3 comes first and is marked, and the banner names the client
    expect(await rowCodes()).toEqual(['CC-3', 'AA-1', 'BB-2']);
    expect(screen.getByText('Open risk flag', { selector: 'strong' })).toBeInTheDocument();
    const banner = screen.getByRole('region', { name: 'Open risk flag' });
    expect(within(banner).getByText(/CC-3: Raised by the clinician/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Assess risk for CC-3' })).toBeInTheDocument();
  });

  it('lists past sessions still planned as needing an outcome, and none of today’s', async () => {
    // Given Wednesday: the two Monday sessions are past and still planned, CC-3's is today
    renderApp('/');
    const list = await screen.findByRole('list', { name: 'Sessions needing an outcome' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['AA-1, session 1, Mon 2 Mar 2026', 'BB-2, session 1, Mon 2 Mar 2026']);
    expect(within(list).getAllByRole('link')[0]).toHaveAttribute('href', '/courses/k-a');
  });
});
