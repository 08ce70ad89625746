import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { saveLifeEvent } from '../../db/inventory';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { seedCourse, seedPerson } from './test-fixtures';

beforeEach(async () => {
  await resetDatabase();
  await seedCourse();
  await seedPerson('p1', 0, {
    name: 'Margaret',
    relationship: 'Mother (died March 2026)',
    good: 'Margaret rang every Sunday',
  });
  await seedPerson('p2', 1, { name: 'Dan', relationship: 'Husband', notGood: 'Dan works late' });
  await saveLifeEvent({
    id: 'e1',
    courseId: 'k1',
    date: '2026-03-01',
    kind: 'life-event',
    description: 'Margaret died in March',
  });
});

describe('inventory on paper', () => {
  it('prints the typed details and timeline as typed, replacing a name only where chosen', async () => {
    const { user } = renderApp('/courses/k1/inventory/print');
    expect(await screen.findByText('Margaret rang every Sunday')).toBeVisible();
    expect(screen.getByText('Dan works late')).toBeVisible();
    expect(screen.getByText('Margaret died in March')).toBeVisible();
    expect(document.body.textContent).not.toContain('mother mother');
    expect(document.body.textContent).not.toMatch(/\bmarch\b/);
    // Generated labels still follow the setting: the headings show roles
    expect(screen.getByRole('heading', { name: 'husband' })).toBeVisible();
    const panel = screen.getByRole('region', { name: 'Names in the inventory' });
    await user.click(within(panel).getByRole('button', { name: 'Replace “Dan” with “husband”' }));
    expect(screen.getByText('husband works late')).toBeVisible();
    expect(screen.getByText('Margaret died in March')).toBeVisible();
  });
});
