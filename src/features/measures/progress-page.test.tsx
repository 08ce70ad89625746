import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Measure } from '../../domain/measures';
import { getChosenBaseline, listCourseEvents } from '../../db/course-records';
import { measuresTable } from '../../db/measures';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { faultOnce } from './test-faults';
import { seedCourse } from './test-seed';

function score(
  id: string,
  courseId: string,
  sessionId: string,
  date: string,
  total: number,
): Measure {
  const answers = Array.from({ length: 9 }, (_, i) => Math.max(0, Math.min(3, total - i * 3)));
  return {
    id,
    clientId: 'c1',
    courseId,
    sessionId,
    kind: 'phq9',
    date,
    answers,
    total,
    status: 'complete',
    recordedAt: `${date}T09:00:00Z`,
  };
}

beforeEach(async () => {
  await resetDatabase();
  const sessions = await seedCourse();
  const ids = sessions.map((s) => s.id);
  await measuresTable().bulkPut([
    score('old', 'earlier', 'x', '2025-01-06', 24),
    score('a', 'k1', ids[0]!, '2026-03-02', 16),
    score('b', 'k1', ids[1]!, '2026-03-09', 20),
    score('c', 'k1', ids[2]!, '2026-03-16', 9),
  ]);
});

describe('progress page', () => {
  it('shows the table against the first score, and a chosen baseline changes it', async () => {
    const { user } = renderApp('/courses/k1/progress');
    const table = await screen.findByRole('table', { name: 'PHQ-9 by session' });
    expect(
      within(table).getByRole('row', { name: /^3 .* 9 Mild −43.7% Partial response/ }),
    ).toBeInTheDocument();
    // When the therapist picks session 2 (20) as baseline
    await user.selectOptions(screen.getByLabelText('Baseline'), 'Mon 9 Mar 2026: 20');
    // Then week 3 is a response (55% fall)
    expect(
      await within(table).findByRole('row', { name: /^3 .* −55% Response/ }),
    ).toBeInTheDocument();
  });

  it('refuses a baseline from another course at the field', async () => {
    const { user } = renderApp('/courses/k1/progress');
    await user.selectOptions(await screen.findByLabelText('Baseline'), 'Mon 6 Jan 2025: 24');
    expect(screen.getByLabelText('Baseline')).toHaveAccessibleDescription(
      /Choose a baseline from this course, not an earlier one\./,
    );
  });

  it('shows the item answers of a chart point chosen by keyboard', async () => {
    const { user } = renderApp('/courses/k1/progress');
    const point = await screen.findByRole('button', {
      name: /Session 2, Mon 9 Mar 2026: PHQ-9 20, severe/,
    });
    // The screen first moves focus to its heading (as on every navigation)
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    point.focus();
    await user.keyboard('{Enter}');
    const details = await screen.findByRole('region', {
      name: /PHQ-9 of Mon 9 Mar 2026: total 20/,
    });
    expect(within(details).getByText(/Little interest or pleasure/)).toBeInTheDocument();
  });

  it('reads the latest score in the one wording, against the chosen baseline', async () => {
    const { user } = renderApp('/courses/k1/progress');
    // 9 against the first score 16: 7/16 = 43.75% down, shown in whole percent (44%) → partial response.
    expect(
      await screen.findByText(/^Latest: PHQ-9 9 \(mild\) on Mon 16 Mar 2026/),
    ).toHaveTextContent(/baseline 16, down 44%; partial response/);
    await user.selectOptions(screen.getByLabelText('Baseline'), 'Mon 9 Mar 2026: 20');
    expect(await screen.findByText('Baseline saved')).toHaveAttribute('role', 'status');
    // 9 against 20: down 55% → response (50% or more), once the live view has the new choice
    expect(
      await screen.findByText(/^Latest: PHQ-9 9 .*baseline 20, down 55%; response/),
    ).toBeVisible();
  });

  it('keeps the baseline unchanged and says so when the choice cannot be stored', async () => {
    // The choice is a per-course setting (stored in `courseSettings`, formerly `settings`).
    faultOnce(['settings', 'courseSettings'], 'put');
    const { user } = renderApp('/courses/k1/progress');
    await user.selectOptions(await screen.findByLabelText('Baseline'), 'Mon 9 Mar 2026: 20');
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(await getChosenBaseline('k1', 'phq9')).toBeUndefined();
    expect(screen.getByLabelText('Baseline')).toHaveValue('');
  });
});

describe('course events', () => {
  it('keeps the description when the write fails, then adds the event once for a double click', async () => {
    const put = faultOnce('courseEvents', 'put');
    const { user } = renderApp('/courses/k1/progress');
    const text = await screen.findByLabelText('Description');
    await user.type(text, 'Sertraline 50 mg');
    await user.click(screen.getByRole('button', { name: 'Add the event' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(text).toHaveValue('Sertraline 50 mg');
    put.hold(); // the second click lands while the first save is pending
    await user.dblClick(screen.getByRole('button', { name: 'Add the event' }));
    put.release();
    expect(await screen.findByText('Event added')).toHaveAttribute('role', 'status');
    expect(put.calls()).toBe(2);
    expect((await listCourseEvents('k1')).map((e) => e.text)).toEqual(['Sertraline 50 mg']);
    expect(text).toHaveValue('');
  });
});
