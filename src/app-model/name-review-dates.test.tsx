import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { NameReview, useTextsReview } from './name-review';

const people = [{ name: 'Dan', relationship: 'Husband' }];
const formulation = 'On 3 March she told Dan; since March 2026 she has stayed in.';
const task = 'Phone her sister before 2026-03-03 or by 03/03/2026.';

function Harness({ dates }: { dates: boolean }) {
  const { review, source, printed } = useTextsReview([formulation, task], people, true, dates);
  return (
    <>
      <NameReview state={review} source={source} label="the supervision pack" />
      <p data-testid="formulation">{printed(0)}</p>
      <p data-testid="task">{printed(1)}</p>
    </>
  );
}

describe('NameReview on de-identified paper', () => {
  it('marks each typed date and replaces only the chosen one, reversibly', async () => {
    const user = userEvent.setup();
    render(<Harness dates />);
    const panel = screen.getByRole('region', { name: 'Dates in the supervision pack' });
    // Given four dates in two texts; Then each is offered, and every text prints as typed
    const offers = within(panel).getAllByRole('button', { name: /^Replace “.+” with “\[date\]”$/ });
    expect(offers.map((b) => b.textContent)).toEqual([
      'Replace “3 March” with “[date]”',
      'Replace “March 2026” with “[date]”',
      'Replace “2026-03-03” with “[date]”',
      'Replace “03/03/2026” with “[date]”',
    ]);
    expect(screen.getByTestId('formulation')).toHaveTextContent(formulation);
    expect(screen.getByTestId('task')).toHaveTextContent(task);
    // When the therapist replaces "3 March"; Then only that occurrence reads "[date]"
    await user.click(
      within(panel).getByRole('button', { name: 'Replace “3 March” with “[date]”' }),
    );
    expect(screen.getByTestId('formulation')).toHaveTextContent(
      'On [date] she told Dan; since March 2026 she has stayed in.',
    );
    expect(screen.getByTestId('task')).toHaveTextContent(task);
    // When they change their mind; Then the text is as typed again
    await user.click(
      within(panel).getByRole('button', { name: 'Printing “[date]”: keep “3 March”' }),
    );
    expect(screen.getByTestId('formulation')).toHaveTextContent(formulation);
  });

  it('keeps the names in their own list, each date in the other', async () => {
    const user = userEvent.setup();
    render(<Harness dates />);
    const names = screen.getByRole('region', { name: 'Names in the supervision pack' });
    expect(
      within(names)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Replace “Dan” with “husband”']);
    // The context shows the text the date stands in, marked
    const dates = screen.getByRole('region', { name: 'Dates in the supervision pack' });
    expect(dates).toHaveTextContent('…Phone her sister before [2026-03-03] or by 03/03/2026.…');
    // Replacing a date and a name together changes just those two
    await user.click(within(names).getByRole('button', { name: 'Replace “Dan” with “husband”' }));
    await user.click(
      within(dates).getByRole('button', { name: 'Replace “03/03/2026” with “[date]”' }),
    );
    expect(screen.getByTestId('formulation')).toHaveTextContent(
      'On 3 March she told husband; since March 2026 she has stayed in.',
    );
    expect(screen.getByTestId('task')).toHaveTextContent(
      'Phone her sister before 2026-03-03 or by [date].',
    );
  });

  it('marks no dates where the paper is not de-identified', () => {
    render(<Harness dates={false} />);
    expect(screen.queryByRole('region', { name: /^Dates in/ })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Names in the supervision pack' })).toBeVisible();
  });
});
