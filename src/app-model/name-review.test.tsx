import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { NameReview, useNameReview } from './name-review';

const people = [
  { name: 'Margaret', relationship: 'Mother (died March 2026)' },
  { name: 'Dan', relationship: 'Husband' },
];
const typed = 'After your mother Margaret died in March you have pulled away from Dan.';

function Harness({ active }: { active: boolean }) {
  const review = useNameReview(typed, people, active);
  return (
    <>
      <NameReview state={review} source={typed} label="the formulation" />
      <p data-testid="printed">{review.text}</p>
    </>
  );
}

describe('NameReview', () => {
  it('prints the therapist’s words unchanged until a name is chosen, then only that one, reversibly', async () => {
    const user = userEvent.setup();
    render(<Harness active />);
    const printed = screen.getByTestId('printed');
    // Given both names are marked, Then nothing is replaced by itself
    expect(screen.getByRole('region', { name: 'Names in the formulation' })).toBeInTheDocument();
    expect(printed).toHaveTextContent(typed);
    // When the therapist replaces "Dan"; Then only that occurrence changes
    await user.click(screen.getByRole('button', { name: 'Replace “Dan” with “husband”' }));
    expect(printed).toHaveTextContent(
      'After your mother Margaret died in March you have pulled away from husband.',
    );
    // When they change their mind; Then the text is as typed again
    await user.click(screen.getByRole('button', { name: 'Printing “husband”: keep “Dan”' }));
    expect(printed).toHaveTextContent(typed);
  });

  it('shows nothing when names are opted in', () => {
    render(<Harness active={false} />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByTestId('printed')).toHaveTextContent(typed);
  });
});
