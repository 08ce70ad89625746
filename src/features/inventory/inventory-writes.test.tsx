/** Every inventory write fails visibly with the input kept, and a double click writes once. */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { getContract, getFormulation, listLifeEvents, listPeople } from '../../db/inventory';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { countWrites, failNextWrite, seedCourse, seedPerson } from './test-fixtures';

const FULL = /run out of storage space/;

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-10T12:00:00'));
  await resetDatabase();
  await seedCourse();
});

const names = async () => (await listPeople('k1')).map((p) => p.name);

describe('inventory writes', () => {
  it('keeps a new person’s answers when the save fails, then adds them once on a double click', async () => {
    const { user } = renderApp('/courses/k1/inventory');
    await user.click(await screen.findByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByLabelText('Name or initials'), 'Noor');
    await user.type(screen.getByLabelText('Relationship'), 'aunt');
    await user.type(screen.getByLabelText('What is good about the relationship'), 'She listens');
    failNextWrite('people', 'bulkPut');
    await user.click(screen.getByRole('button', { name: 'Add to the inventory' }));
    // Then the form says why, beside its button, and keeps every answer
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(screen.getByLabelText('Name or initials')).toHaveValue('Noor');
    expect(screen.getByLabelText('What is good about the relationship')).toHaveValue('She listens');
    expect(await names()).toEqual([]);
    // When sent again with a double click, one person is added
    await user.dblClick(screen.getByRole('button', { name: 'Add to the inventory' }));
    expect(await screen.findByText('Added Noor.')).toBeInTheDocument();
    expect(await names()).toEqual(['Noor']);
  });

  it('says so when a move or a removal fails, and the list stays as stored', async () => {
    await seedPerson('a', 0, { name: 'Ann', relationship: 'mother' });
    await seedPerson('b', 1, { name: 'Bea', relationship: 'sister' });
    const { user } = renderApp('/courses/k1/inventory');
    failNextWrite('people', 'bulkPut', 'AbortError');
    await user.click(await screen.findByRole('button', { name: 'Move up: Bea' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/stopped the save part-way/);
    expect(await names()).toEqual(['Ann', 'Bea']);
    failNextWrite('people', 'bulkDelete');
    await user.click(screen.getByRole('button', { name: 'Remove Ann' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(screen.queryByText(/Removed Ann\./)).not.toBeInTheDocument();
    expect(await names()).toEqual(['Ann', 'Bea']);
  });

  it('says so when a ring change fails', async () => {
    await seedPerson('a', 0, { name: 'Ann', relationship: 'mother', ring: 2 });
    const { user } = renderApp('/courses/k1/inventory');
    failNextWrite('people', 'bulkPut');
    await user.click(await screen.findByRole('button', { name: 'Move Ann closer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect((await listPeople('k1'))[0]?.ring).toBe(2);
  });

  it('keeps a timeline event as typed when it cannot be saved', async () => {
    const { user } = renderApp('/courses/k1/inventory');
    await user.click(await screen.findByRole('button', { name: 'Add an event' }));
    await user.type(screen.getByLabelText('Date'), '2026-01-12');
    await user.type(screen.getByLabelText('What happened'), 'Lost the job');
    failNextWrite('lifeEvents', 'put');
    await user.click(screen.getByRole('button', { name: 'Add to the timeline' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(screen.getByLabelText('What happened')).toHaveValue('Lost the job');
    expect(await listLifeEvents('k1')).toEqual([]);
    await user.dblClick(screen.getByRole('button', { name: 'Add to the timeline' }));
    expect(await screen.findByText('Event of Mon 12 Jan 2026 saved.')).toBeInTheDocument();
    expect(await listLifeEvents('k1')).toHaveLength(1);
  });

  it('asks before leaving with a person half-entered', async () => {
    const { user, router } = renderApp('/courses/k1/inventory');
    await user.click(await screen.findByRole('button', { name: 'Add a person' }));
    await user.type(screen.getByLabelText('Name or initials'), 'Noor');
    await user.click(screen.getByRole('link', { name: 'Back to the course' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Unsaved changes' });
    expect(prompt).toHaveTextContent('the new person’s record');
    await user.click(within(prompt).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/courses/k1/inventory');
    expect(screen.getByLabelText('Name or initials')).toHaveValue('Noor');
  });
});

describe('formulation writes', () => {
  it('keeps the formulation text when the save fails, and writes it once on a double click', async () => {
    const { user } = renderApp('/courses/k1/formulation');
    const box = await screen.findByLabelText('Formulation (your wording)');
    await user.type(box, 'Your low mood began when the arguments started.');
    failNextWrite('formulations', 'put');
    await user.click(screen.getByRole('button', { name: 'Save formulation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(box).toHaveValue('Your low mood began when the arguments started.');
    expect(await getFormulation('k1')).toBeUndefined();
    const writes = countWrites('formulations', 'put');
    await user.dblClick(screen.getByRole('button', { name: 'Save formulation' }));
    expect(await screen.findByText('Formulation saved.')).toBeInTheDocument();
    expect(writes()).toBe(1);
    expect((await getFormulation('k1'))?.text).toBe(
      'Your low mood began when the arguments started.',
    );
  });

  it('keeps the contract as entered when the save fails', async () => {
    const { user } = renderApp('/courses/k1/formulation');
    await user.type(await screen.findByLabelText('Notes (optional)'), 'Review at session 6');
    failNextWrite('contracts', 'put');
    await user.click(screen.getByRole('button', { name: 'Save contract' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(screen.getByLabelText('Notes (optional)')).toHaveValue('Review at session 6');
    expect(await getContract('k1')).toBeUndefined();
  });

  it('asks before leaving with an unsaved formulation, and leaves on discard', async () => {
    const { user, router } = renderApp('/courses/k1/formulation');
    await user.type(await screen.findByLabelText('Formulation (your wording)'), 'Draft');
    await user.click(screen.getByRole('link', { name: 'Back to the course' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Unsaved changes' });
    expect(prompt).toHaveTextContent('the formulation');
    await user.click(within(prompt).getByRole('button', { name: 'Discard changes and leave' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Course for RD-7' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/courses/k1');
  });
});
