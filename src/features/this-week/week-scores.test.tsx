import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import type { Measure } from '../../domain/measures';
import { addClient } from '../../db/clients';
import { setChosenBaseline } from '../../db/course-records';
import { listSessions, saveNewCourse } from '../../db/courses';
import { saveMeasure } from '../../db/measures';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

/** Nine answers adding up to `total` (item 9 always 0). */
const answersOf = (total: number) =>
  Array.from({ length: 9 }, (_, i) => (i === 8 ? 0 : Math.max(0, Math.min(3, total - i * 3))));

beforeEach(async () => {
  // Wednesday of the week of Monday 2 March 2026; the course started two weeks before.
  vi.setSystemTime(new Date('2026-03-04T12:00:00'));
  await resetDatabase();
  await addClient({ id: 'a', code: 'AA-1', archived: false, createdAt: '2026-01-01T10:00:00Z' });
  let n = 0;
  const planned = planCourse(
    {
      startDate: '2026-02-16',
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: 'grief',
      goals: ['Mourn'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: 'k-a', clientId: 'a', newId: () => `a-s${(n += 1)}` },
    '2026-01-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-01-01T10:00:00Z');
  const sessions = await listSessions('k-a');
  // PHQ-9 16, 20, then 9 at session 3 (Mon 2 Mar, this week).
  for (const [i, total] of [16, 20, 9].entries()) {
    const s = sessions[i]!;
    const measure: Measure = {
      id: `m${i + 1}`,
      clientId: 'a',
      courseId: 'k-a',
      sessionId: s.id,
      kind: 'phq9',
      date: s.date,
      answers: answersOf(total),
      total,
      status: 'complete',
      recordedAt: `${s.date}T09:30:00Z`,
    };
    await saveMeasure(measure, { newId: () => `f${i}`, now: `${s.date}T09:30:00Z` });
  }
  // The therapist chose the second score (20) as the baseline.
  await setChosenBaseline('k-a', 'phq9', 'm2');
});

// 9 against the chosen 20 is a fall of 55% (a response: 50% or more); against the first
// score 16 it would be 43.7% (only a partial response), so the two can be told apart.
const AGAINST_CHOSEN = /PHQ-9 9 \(mild\) on Mon 2 Mar 2026.*baseline 20, down 55%; response/;

describe('score lines of the week', () => {
  it('the week row reads the score against the chosen baseline', async () => {
    renderApp('/');
    const list = await screen.findByRole('list', { name: 'Sessions this week' });
    expect(within(list).getByText(AGAINST_CHOSEN)).toBeInTheDocument();
    expect(within(list).queryByText(/baseline 16/)).not.toBeInTheDocument();
  });

  it('the Monday packet reads the same line', async () => {
    renderApp('/week/print');
    // The packet prints each session's full agenda, as its single-week page does
    const pages = await screen.findAllByRole('article');
    const agenda = pages.find((a) => within(a).queryByText(/Client AA-1/));
    if (!agenda) throw new Error('no agenda page for AA-1');
    expect(within(agenda).getByText(AGAINST_CHOSEN)).toBeInTheDocument();
    expect(within(agenda).getByText(/Task to set:/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Blank PHQ-9 for AA-1' })).toBeInTheDocument();
  });
});
