import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ProgressChart } from './progress-chart';
import type { ProgressChartProps } from './progress-chart';

const chart: ProgressChartProps = {
  title: 'PHQ-9 by session',
  xMax: 12,
  yMax: 27,
  bands: [
    { from: 0, to: 5, label: 'Minimal' },
    { from: 5, to: 10, label: 'Mild' },
    { from: 20, to: 28, label: 'Severe' },
  ],
  lines: [{ value: 5, label: 'Remission: below 5', tone: 'remission' }],
  phases: [{ from: 1, to: 12, label: 'Middle' }],
  annotations: [{ x: 3, label: 'Medication started: sertraline' }],
  series: [
    {
      name: 'PHQ-9',
      tone: 'primary',
      points: [
        { id: 'a', x: 1, y: 22, label: 'Session 1, Mon 2 Mar 2026: PHQ-9 22, severe' },
        {
          id: 'b',
          x: 2,
          y: 8,
          label: 'Session 2, Mon 9 Mar 2026: PHQ-9 8, mild, risk flag',
          flagged: true,
        },
      ],
    },
  ],
};

describe('ProgressChart', () => {
  it('makes every point a button reached by Tab and chosen with Enter', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    render(<ProgressChart {...chart} onSelect={onSelect} />);
    const group = screen.getByRole('group', { name: 'PHQ-9 by session' });
    await user.tab();
    expect(
      within(group).getByRole('button', { name: 'Session 1, Mon 2 Mar 2026: PHQ-9 22, severe' }),
    ).toHaveFocus();
    await user.tab();
    const second = within(group).getByRole('button', { name: /^Session 2, .*risk flag$/ });
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('b');
  });

  it('names bands, lines, the risk marker and events in a legend, not over the scores', () => {
    render(<ProgressChart {...chart} />);
    const legend = screen.getByRole('list', { name: /^Legend/ });
    const items = within(legend)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'PHQ-9 score',
      'Minimal (0–4)',
      'Mild (5–9)',
      'Severe (20–27)',
      'Remission: below 5',
      'Risk flag raised with this score',
      '1Event 1, session 3: Medication started: sertraline',
    ]);
    // The picture itself names none of them: nothing is written over the scores.
    const group = screen.getByRole('group', { name: 'PHQ-9 by session' });
    for (const words of ['Minimal', 'Mild', 'Severe', /Remission/, /Medication/])
      expect(within(group).queryByText(words)).not.toBeInTheDocument();
    expect(within(group).getByText('Middle')).toBeInTheDocument();
  });

  it('draws at the width of its container, and at a fixed width on paper', () => {
    const { rerender } = render(<ProgressChart {...chart} />);
    const svg = () => screen.getByRole('group', { name: 'PHQ-9 by session' });
    expect(svg()).toHaveAttribute('width', '100%');
    rerender(<ProgressChart {...chart} width={640} height={280} />);
    expect(svg()).toHaveAttribute('viewBox', '0 0 640 280');
    expect(svg()).toHaveStyle({ maxWidth: '640px' });
  });

  it('leaves out a phase name where its strip has no room', () => {
    render(
      <ProgressChart
        {...chart}
        width={300}
        phases={[
          { from: 1, to: 11, label: 'Middle' },
          { from: 12, to: 12, label: 'Termination' },
        ]}
      />,
    );
    const group = screen.getByRole('group', { name: 'PHQ-9 by session' });
    expect(within(group).getByText('Middle')).toBeInTheDocument();
    expect(within(group).queryByText('Termination')).not.toBeInTheDocument();
  });
});
