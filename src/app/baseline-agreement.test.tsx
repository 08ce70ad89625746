/**
 * Issue 10: the therapist's chosen baseline gives the same classification on every screen and
 * print that states one. Worked by hand from the reference (response = a fall of 50 % or more from
 * baseline): PHQ-9s of 14 (2 Mar), 20 (9 Mar) and 9 (16 Mar). Against the first score, 14 → 9 is
 * down 35.7 %: a partial response. The therapist chose the 9 March score of 20 as baseline, so
 * 20 → 9 is down 55 %: a response. Every screen must say "response", none "partial response".
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { chooseBaseline, saveSessionMeasure } from '../app-model/commands/measures';
import { listSessions } from '../db/courses';
import { seedCourse } from '../features/measures/test-seed';
import { renderApp, resetDatabase } from '../../tests/setup/render-app';

const answers = (total: number) => {
  let left = total;
  return Array.from({ length: 9 }, (_, i) => {
    if (i === 8) return 0;
    const v = Math.min(3, left);
    left -= v;
    return v;
  });
};

let sessionIds: string[] = [];

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-16T12:00:00'));
  await resetDatabase();
  await seedCourse();
  const sessions = await listSessions('k1');
  sessionIds = sessions.map((s) => s.id);
  const scores = [14, 20, 9];
  const ids: string[] = [];
  for (const [i, total] of scores.entries()) {
    const session = sessions[i];
    if (!session) throw new Error('fixture');
    const saved = await saveSessionMeasure({
      course: { id: 'k1', clientId: 'c1' },
      session,
      date: session.date,
      kind: 'phq9',
      answers: answers(total),
      status: 'complete',
    });
    ids.push(saved.measure.id);
  }
  await chooseBaseline('k1', 'phq9', ids[1]);
});

afterEach(() => {
  vi.useRealTimers();
});

const RESPONSE = /20 → 9|baseline 20, down 55%; response/;

async function expectResponse() {
  const found = await screen.findAllByText(RESPONSE, { exact: false });
  expect(found.length).toBeGreaterThan(0);
  expect(screen.queryByText(/partial response/i)).not.toBeInTheDocument();
}

describe('the chosen baseline on every screen', () => {
  it.each([
    ['the progress page', '/courses/k1/progress'],
    ['the This week screen', '/'],
    ['the Monday packet', '/week/print'],
    ['the week agenda', () => `/courses/k1/sessions/${sessionIds[2]}`],
    ['the course packet', '/courses/k1/print'],
    ['the write-up', () => `/courses/k1/sessions/${sessionIds[2]}/write-up`],
    ['the end-of-treatment summary', '/courses/k1/summary'],
  ] as const)('%s says response, not partial response', async (_, url) => {
    renderApp(typeof url === 'function' ? url() : url);
    await expectResponse();
  });
});
