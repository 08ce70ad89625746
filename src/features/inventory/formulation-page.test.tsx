import { screen, within } from '@testing-library/react';
import { format } from 'date-fns';
import { beforeEach, describe, expect, it } from 'vitest';

import { getCourse } from '../../db/courses';
import { getContract, getFormulation, savePerson } from '../../db/inventory';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { seedCourse, seedPerson } from './test-fixtures';

beforeEach(async () => {
  await resetDatabase();
  await seedCourse();
});

describe('formulation page', () => {
  it('drafts from the course and inventory, keeps the therapist’s edit, and offers a new draft without overwriting', async () => {
    // Given a partner marked as the role-dispute person
    const sam = await seedPerson('a', 0, {
      name: 'Sam',
      relationship: 'partner',
      problemArea: 'role-dispute',
    });
    const view = renderApp('/courses/k1/formulation');
    // Then the draft names the role, the stage, the goal and the end date
    const draft = await screen.findByLabelText('Suggested draft');
    expect(draft).toHaveTextContent(/You and your partner want different things/);
    expect(draft).toHaveTextContent(/Talk about the housework without shouting/);
    expect(draft).toHaveTextContent(/12 sessions, with our last session on Mon 18 May 2026/);
    // When the therapist uses the draft, edits it and saves
    await view.user.click(screen.getByRole('button', { name: 'Use this draft' }));
    const box = screen.getByLabelText('Formulation (your wording)');
    expect(box).toHaveValue(draft.textContent);
    const end = (box as HTMLTextAreaElement).value.length;
    await view.user.type(box, ' We agreed to start with money.', {
      initialSelectionStart: end,
      initialSelectionEnd: end,
    });
    await view.user.click(screen.getByRole('button', { name: 'Save formulation' }));
    expect(await screen.findByText('Formulation saved.')).toBeInTheDocument();
    view.unmount();
    // When the screen is opened again
    renderApp('/courses/k1/formulation');
    // Then the therapist's wording is what is shown
    expect(
      ((await screen.findByLabelText('Formulation (your wording)')) as HTMLTextAreaElement).value,
    ).toMatch(/We agreed to start with money\.$/);
    expect(screen.queryByText('A new draft is available')).not.toBeInTheDocument();
    // When the inventory changes the draft's inputs
    await savePerson({ ...sam, relationship: 'husband' });
    // Then a new draft is offered and the saved text is untouched
    expect(await screen.findByText('A new draft is available')).toBeInTheDocument();
    expect(
      (screen.getByLabelText('Formulation (your wording)') as HTMLTextAreaElement).value,
    ).toMatch(/We agreed to start with money\.$/);
    expect((await getFormulation('k1'))?.text).toMatch(/your partner/);
  });

  it('refuses an empty formulation and an agreement without a date at the fields', async () => {
    const { user } = renderApp('/courses/k1/formulation');
    const agreement = await screen.findByRole('group', {
      name: 'Did the client agree with the formulation?',
    });
    await user.click(within(agreement).getByRole('radio', { name: 'Yes' }));
    // The day is offered as today (Date is frozen at the test's day); emptied, it is refused
    const agreedOn = screen.getByLabelText('Date the client agreed');
    expect(agreedOn).toHaveValue(format(new Date(), 'yyyy-MM-dd'));
    await user.clear(agreedOn);
    await user.click(screen.getByRole('button', { name: 'Save formulation' }));
    expect(screen.getByLabelText('Formulation (your wording)')).toHaveAccessibleDescription(
      'Write the formulation, or use the draft.',
    );
    expect(screen.getByLabelText('Date the client agreed')).toBeInvalid();
    expect(await getFormulation('k1')).toBeUndefined();
  });

  it('prefills the contract from the course, validates it at the fields, and moves the course rule with it', async () => {
    // Given the contract form prefilled from the 12-week course
    const { user } = renderApp('/courses/k1/formulation');
    const sessions = await screen.findByLabelText('Number of sessions');
    expect(sessions).toHaveValue(12);
    expect(screen.getByLabelText('End date')).toHaveValue('2026-05-18');
    expect(screen.getByRole('radio', { name: 'Weekly' })).toBeChecked();
    // When an impossible length is entered and the contract marked agreed without a date
    await user.clear(sessions);
    await user.type(sessions, '10');
    await user.click(
      within(screen.getByRole('group', { name: 'Was the contract agreed?' })).getByRole('radio', {
        name: 'Yes',
      }),
    );
    // Then the date agreed is offered as today, and emptied it is refused
    const agreedOn = screen.getByLabelText('Date agreed');
    // (the test's fixed day: Date is frozen at it)
    expect(agreedOn).toHaveValue(format(new Date(), 'yyyy-MM-dd'));
    await user.clear(agreedOn);
    await user.click(screen.getByRole('button', { name: 'Save contract' }));
    // Then both fields say why, and nothing is saved
    expect(sessions).toHaveAccessibleDescription(/A course is 12–16 weekly sessions/);
    expect(screen.getByLabelText('Date agreed')).toHaveAccessibleDescription(
      'Enter the date the contract was agreed.',
    );
    expect(await getContract('k1')).toBeUndefined();
    // When fixed, with the other missed-session rule
    await user.clear(sessions);
    await user.type(sessions, '12');
    await user.type(screen.getByLabelText('Date agreed'), '2026-03-16');
    await user.click(screen.getByRole('radio', { name: /Extends the course/ }));
    await user.click(screen.getByRole('button', { name: 'Save contract' }));
    // Then the contract is saved and the course follows its rule
    expect(
      await screen.findByText(
        'Contract saved. The course plan now follows its missed-session rule.',
      ),
    ).toBeInTheDocument();
    expect(await getContract('k1')).toMatchObject({
      sessions: 12,
      agreed: true,
      agreedDate: '2026-03-16',
    });
    expect((await getCourse('k1'))?.missedSessionRule).toBe('extends');
  });
});
