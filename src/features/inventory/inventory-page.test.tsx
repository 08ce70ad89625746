import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { listPeople, saveLifeEvent } from '../../db/inventory';
import { riskFlagsTable } from '../../db/measures';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { seedCourse, seedPerson } from './test-fixtures';

beforeEach(async () => {
  await resetDatabase();
  await seedCourse();
});

async function names(): Promise<string[]> {
  return (await listPeople('k1')).map((p) => p.name);
}

/** The timeline entries marked as nearest to the onset. */
function highlighted(timeline: HTMLElement) {
  const items = within(timeline).getAllByRole('listitem');
  const marked = items.filter((li) => within(li).queryByText('Nearest to onset') !== null);
  expect(marked).toHaveLength(1);
  return marked[0];
}

describe('inventory page', () => {
  it('refuses a person without a name or relationship at the fields, then adds them', async () => {
    // Given an empty inventory
    const { user } = renderApp('/courses/k1/inventory');
    await user.click(await screen.findByRole('button', { name: 'Add a person' }));
    // When the form is sent empty
    await user.click(screen.getByRole('button', { name: 'Add to the inventory' }));
    // Then each required field says what is missing, and nothing is saved
    expect(screen.getByLabelText('Name or initials')).toHaveAccessibleDescription(
      'Enter a name or initials.',
    );
    expect(screen.getByLabelText('Relationship')).toBeInvalid();
    expect(await names()).toEqual([]);
    // When they are filled in, with text that looks like markup
    await user.type(screen.getByLabelText('Name or initials'), 'Sam');
    await user.type(screen.getByLabelText('Relationship'), 'partner');
    await user.type(screen.getByLabelText('What is not so good'), '<b>shouting</b>');
    await user.selectOptions(screen.getByLabelText('Candidate problem area'), 'Role dispute');
    await user.click(screen.getByRole('button', { name: 'Add to the inventory' }));
    // Then the person is saved and their text is shown as text
    expect(await screen.findByRole('heading', { name: /^Sam.*partner/ })).toBeInTheDocument();
    expect(screen.getByText('<b>shouting</b>')).toBeInTheDocument();
    expect(screen.getByText(/Now: Sam \(partner\)\./)).toBeInTheDocument();
    expect(await names()).toEqual(['Sam']);
  });

  it('reorders people with Move up and Move down', async () => {
    // Given three people
    await seedPerson('a', 0, { name: 'Ann', relationship: 'mother' });
    await seedPerson('b', 1, { name: 'Bea', relationship: 'sister' });
    await seedPerson('c', 2, { name: 'Cal', relationship: 'friend' });
    const { user } = renderApp('/courses/k1/inventory');
    // When Cal moves up, then Ann moves down
    await user.click(await screen.findByRole('button', { name: 'Move up: Cal' }));
    await screen.findByText('Moved Cal up.');
    await user.click(screen.getByRole('button', { name: 'Move down: Ann' }));
    await screen.findByText('Moved Ann down.');
    // Then the stored order follows
    expect(await names()).toEqual(['Cal', 'Ann', 'Bea']);
    expect(screen.getByRole('button', { name: 'Move up: Cal' })).toBeDisabled();
  });

  it('removes a person with an inline undo that puts them back in place', async () => {
    await seedPerson('a', 0, { name: 'Ann', relationship: 'mother' });
    await seedPerson('b', 1, { name: 'Bea', relationship: 'sister' });
    await seedPerson('c', 2, { name: 'Cal', relationship: 'friend' });
    const { user } = renderApp('/courses/k1/inventory');
    // When Bea is removed
    await user.click(await screen.findByRole('button', { name: 'Remove Bea' }));
    // Then a notice offers undo, and Bea is gone
    const status = await screen.findByText(/Removed Bea\./);
    expect(await names()).toEqual(['Ann', 'Cal']);
    // When undo is pressed, Bea returns to the middle
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Restored Bea.');
    expect(await names()).toEqual(['Ann', 'Bea', 'Cal']);
  });

  it('moves a person to another ring by keyboard', async () => {
    // Given Ann on ring 2
    await seedPerson('a', 0, { name: 'Ann', relationship: 'mother', ring: 2 });
    const { user } = renderApp('/courses/k1/inventory');
    const closer = await screen.findByRole('button', { name: 'Move Ann closer' });
    // When the therapist focuses "closer" and presses Enter
    // The screen first moves focus to its heading (as on every navigation)
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    closer.focus();
    await user.keyboard('{Enter}');
    // Then Ann is on ring 1: in the table, the picture's description and the store
    await screen.findByText('Ann is now on ring 1.');
    const table = screen.getByRole('table', { name: 'Who is on which ring' });
    expect(within(table).getByRole('row', { name: /Ann/ })).toHaveTextContent('1 (closest)');
    expect(
      screen.getByRole('img', { name: 'Closeness circle at the start of the course' }),
    ).toHaveAccessibleDescription(/Ring 1: Ann\./);
    expect((await listPeople('k1'))[0]?.ring).toBe(1);
    expect(screen.getByRole('button', { name: 'Move Ann closer' })).toBeDisabled();
  });

  it('records the end-of-course circle beside the first', async () => {
    await seedPerson('a', 0, { name: 'Ann', relationship: 'mother', ring: 3 });
    const { user } = renderApp('/courses/k1/inventory');
    await user.click(await screen.findByText('Record the end-of-course circle'));
    await user.selectOptions(
      screen.getByLabelText('Ring for Ann at the end of the course'),
      '1 (closest)',
    );
    expect(
      await screen.findByRole('img', { name: 'Closeness circle at the end of the course' }),
    ).toHaveAccessibleDescription(/Ring 1: Ann\./);
  });

  it('highlights the life event nearest to the onset, and adds events checked at the fields', async () => {
    // Given a mood drop in March and two life events around it
    await seedPerson('a', 0, { name: 'Sam', relationship: 'partner' });
    await saveLifeEvent({
      id: 'e1',
      courseId: 'k1',
      date: '2025-10-01',
      kind: 'life-event',
      description: 'Moved city',
    });
    await saveLifeEvent({
      id: 'e2',
      courseId: 'k1',
      date: '2026-01-20',
      kind: 'life-event',
      description: 'Row with Sam about money',
      personId: 'a',
    });
    await saveLifeEvent({
      id: 'e3',
      courseId: 'k1',
      date: '2026-02-01',
      kind: 'mood-change',
      mood: 'lower',
      description: 'Stopped sleeping',
    });
    const { user } = renderApp('/courses/k1/inventory');
    // Then the row with Sam is the highlighted one
    const timeline = await screen.findByRole('list', { name: 'Events in date order' });
    const key = highlighted(timeline);
    expect(key).toHaveTextContent('Row with Sam about money');
    expect(key).toHaveTextContent('Concerns Sam');
    // When an event is added without a date or description
    await user.click(screen.getByRole('button', { name: 'Add an event' }));
    await user.click(screen.getByRole('button', { name: 'Add to the timeline' }));
    // Then both fields say what is wrong
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(/Enter a date that exists/);
    expect(screen.getByLabelText('What happened')).toHaveAccessibleDescription(
      'Describe what happened.',
    );
    // When filled in, it joins the timeline
    await user.type(screen.getByLabelText('Date'), '2026-01-25');
    await user.type(screen.getByLabelText('What happened'), 'Sam moved out');
    await user.selectOptions(screen.getByLabelText('Person it concerns'), 'Sam (partner)');
    await user.click(screen.getByRole('button', { name: 'Add to the timeline' }));
    await within(timeline).findByText('Sam moved out');
    expect(highlighted(timeline)).toHaveTextContent('Sam moved out');
  });

  it('shows an open risk flag first, before the inventory', async () => {
    // Given an open flag for the client
    await riskFlagsTable().put({
      id: 'f1',
      clientId: 'c1',
      courseId: 'k1',
      source: 'item9',
      raisedAt: '2026-03-02T09:00:00Z',
      detail: 'Item 9 answered 1',
      status: 'open',
    });
    renderApp('/courses/k1/inventory');
    // Then the banner heads the screen, above the people
    const banner = await screen.findByRole('heading', { name: 'Open risk flag' });
    const people = await screen.findByRole('heading', { name: 'People in the client’s life' });
    expect(banner.compareDocumentPosition(people) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
