import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import type { Measure } from '../../domain/measures';
import { measuresTable } from '../../db/measures';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { seedCourse } from './test-seed';

function measure(kind: 'phq9' | 'gad7', sessionId: string, date: string, answers: number[]) {
  const total = answers.reduce((a, b) => a + b, 0);
  const m: Measure = {
    id: `${kind}-${date}`,
    clientId: 'c1',
    courseId: 'k1',
    sessionId,
    kind,
    date,
    answers,
    total,
    status: 'complete',
    recordedAt: `${date}T09:00:00Z`,
  };
  return m;
}

beforeEach(async () => {
  await resetDatabase();
  const ids = (await seedCourse()).map((s) => s.id);
  await measuresTable().bulkPut([
    measure('phq9', ids[0]!, '2026-03-02', [2, 2, 2, 2, 2, 2, 1, 1, 0]), // 14, moderate
    measure('gad7', ids[0]!, '2026-03-02', [3, 2, 2, 2, 2, 2, 3]), // 16, severe (15–21)
    measure('gad7', ids[1]!, '2026-03-09', [2, 2, 1, 1, 1, 1, 1]), // 9, mild (5–9)
  ]);
});

describe('progress: GAD-7 on its own chart', () => {
  it('draws GAD-7 against its own bands, apart from PHQ-9, each point named with its date', async () => {
    renderApp('/courses/k1/progress');
    const gad = await screen.findByRole('group', { name: /^GAD-7 by session/ });
    // GAD-7 bands (ipt-reference.md): 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe
    const legends = screen.getAllByRole('list', { name: /^Legend/ });
    const gadLegend = legends.find((l) => /GAD-7/.test(l.getAttribute('aria-label') ?? ''))!;
    expect(
      within(gadLegend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['GAD-7 score', 'Minimal (0–4)', 'Mild (5–9)', 'Moderate (10–14)', 'Severe (15–21)']);
    expect(
      within(gad).getByRole('button', { name: 'Session 1, Mon 2 Mar 2026: GAD-7 16, severe' }),
    ).toBeInTheDocument();
    expect(
      within(gad).getByRole('button', { name: 'Session 2, Mon 9 Mar 2026: GAD-7 9, mild' }),
    ).toBeInTheDocument();
    // The PHQ-9 chart holds PHQ-9 points only
    const phq = screen.getByRole('group', { name: /^PHQ-9 by session/ });
    expect(
      within(phq)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Session 1, Mon 2 Mar 2026: PHQ-9 14, moderate']);
  });
});
