import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { saveFormulation } from '../../db/inventory';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { seedCourse, seedPerson } from './test-fixtures';

const TEXT =
  'After your mother Margaret died in March, you have pulled away from Dan. Read one letter to Dan.';

beforeEach(async () => {
  await resetDatabase();
  await seedCourse();
  await seedPerson('p1', 0, { name: 'Margaret', relationship: 'Mother (died March 2026)' });
  await seedPerson('p2', 1, { name: 'Dan', relationship: 'Husband' });
  await saveFormulation({ id: 'f1', courseId: 'k1', text: TEXT, editedAt: '2026-03-09T10:00:00Z' });
});

describe('formulation on paper', () => {
  it('prints the therapist’s words as typed, and replaces a name only where chosen', async () => {
    const { user } = renderApp('/courses/k1/formulation/print');
    // Then the text is exactly as typed: no "mother mother", no lower-cased month
    expect(await screen.findByText(TEXT)).toBeVisible();
    expect(document.body.textContent).not.toContain('mother mother');
    expect(document.body.textContent).not.toMatch(/\bmarch\b/);
    // And each name is marked in the review panel
    const panel = screen.getByRole('region', { name: 'Names in the formulation' });
    expect(within(panel).getAllByRole('button')).toHaveLength(3);
    // When the therapist replaces the second "Dan" only
    const dans = within(panel).getAllByRole('button', { name: 'Replace “Dan” with “husband”' });
    await user.click(dans[1]!);
    expect(
      screen.getByText(
        'After your mother Margaret died in March, you have pulled away from Dan. Read one letter to husband.',
      ),
    ).toBeVisible();
    // And back
    await user.click(within(panel).getByRole('button', { name: 'Printing “husband”: keep “Dan”' }));
    expect(screen.getByText(TEXT)).toBeVisible();
  });
});
