import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { listCourseFlags } from '../../db/risk';
import { listSessionMeasures } from '../../db/measures';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { seedCourse } from './test-seed';

let sessionId = '';

beforeEach(async () => {
  await resetDatabase();
  const sessions = await seedCourse();
  sessionId = sessions[0]?.id ?? '';
});

const phq9 = () => screen.findByRole('form', { name: 'PHQ-9' });

describe('measures entry', () => {
  it('moves through the items as digits are typed and scores live', async () => {
    // Given the PHQ-9 of session 1
    const { user } = renderApp(`/courses/k1/sessions/${sessionId}/measures`);
    const form = await phq9();
    // When the therapist focuses item 1 and types nine digits
    await user.click(within(form).getAllByRole('radio', { name: 'Not at all (0)' })[0]!);
    await user.keyboard('211223110');
    // Then every item is answered in turn and the total and band are shown
    const item2 = within(form).getByRole('group', { name: /^2\. Feeling down/ });
    expect(within(item2).getByRole('radio', { name: 'Several days (1)' })).toBeChecked();
    expect(within(form).getByRole('status')).toHaveTextContent('PHQ-9 total 13 of 27: Moderate');
    const item9 = within(form).getByRole('group', { name: /^9\. Thoughts/ });
    expect(within(item9).getByRole('radio', { name: 'Not at all (0)' })).toBeChecked();
  });

  it('refuses Save with a missing answer named at the item, and keeps a draft', async () => {
    const { user } = renderApp(`/courses/k1/sessions/${sessionId}/measures`);
    const form = await phq9();
    // Given items 1–3 answered
    await user.click(within(form).getAllByRole('radio', { name: 'Several days (1)' })[0]!);
    await user.keyboard('123');
    // When saved
    await user.click(within(form).getByRole('button', { name: 'Save PHQ-9' }));
    // Then item 4 is named at its field and nothing is stored
    const item4 = within(form).getByRole('group', { name: /^4\. Feeling tired/ });
    expect(within(item4).getByRole('alert')).toHaveTextContent(
      'Item 4 (Feeling tired or having little energy) has no answer',
    );
    expect(await listSessionMeasures(sessionId)).toHaveLength(0);
    // When kept as a draft instead
    await user.click(within(form).getByRole('button', { name: 'Save PHQ-9 as draft' }));
    expect(await screen.findByText(/saved as a draft/)).toBeInTheDocument();
    const [draft] = await listSessionMeasures(sessionId);
    expect(draft?.status).toBe('draft');
    expect(draft?.total).toBeUndefined();
  });

  it('raises an item 9 flag with the measure and shows the screen statement', async () => {
    const { user } = renderApp(`/courses/k1/sessions/${sessionId}/measures`);
    const form = await phq9();
    expect(within(form).getByText(/item 9 is a screen, not a risk assessment/)).toBeInTheDocument();
    // When a full form is saved with item 9 = 1
    await user.click(within(form).getAllByRole('radio', { name: 'Several days (1)' })[0]!);
    await user.keyboard('111111111');
    await user.click(within(form).getByRole('button', { name: 'Save PHQ-9' }));
    // Then the measure and its flag are stored, and the banner shows first
    expect(await screen.findByText(/A risk flag was raised/)).toBeInTheDocument();
    const flags = await listCourseFlags('k1');
    expect(flags.map((f) => f.source)).toEqual(['item9']);
    expect(await screen.findByRole('heading', { name: 'Open risk flag' })).toBeInTheDocument();
  });

  it('refuses a goal rating outside 0–10 at the field', async () => {
    const { user } = renderApp(`/courses/k1/sessions/${sessionId}/measures`);
    const goal = await screen.findByLabelText('Goal 1: Mourn (0–10)');
    await user.type(goal, '11');
    await user.click(screen.getByRole('button', { name: 'Save ratings' }));
    expect(await screen.findByText('A rating is 0 to 10, not 11.')).toBeInTheDocument();
    expect(goal).toHaveAttribute('aria-invalid', 'true');
    await user.clear(goal);
    await user.type(goal, '6');
    await user.click(screen.getByRole('button', { name: 'Save ratings' }));
    expect(await screen.findByText('Ratings saved')).toBeInTheDocument();
  });

  it('shows mechanism ratings only when switched on, with the lower-is-better note', async () => {
    const { user } = renderApp(`/courses/k1/sessions/${sessionId}/measures`);
    const toggle = await screen.findByRole('checkbox', {
      name: 'Rate the four mechanisms in this course',
    });
    expect(screen.queryByLabelText(/Decreasing interpersonal stress/)).not.toBeInTheDocument();
    await user.click(toggle);
    expect(await screen.findByLabelText(/Decreasing interpersonal stress/)).toBeInTheDocument();
    expect(screen.getByText(/lower is better/)).toBeInTheDocument();
    expect(screen.getByText(/not a validated measure/)).toBeInTheDocument();
  });
});
