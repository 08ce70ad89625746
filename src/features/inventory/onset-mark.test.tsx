/** Issue 12 item 5: the therapist marks the life event nearest to onset; the badge follows the mark. */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { listLifeEvents, saveLifeEvent } from '../../db/inventory';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { seedCourse } from './test-fixtures';

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-10T12:00:00'));
  await resetDatabase();
  await seedCourse();
  // Mood first got lower on Sun 1 Feb 2026; Tue 20 Jan 2026 is the nearest life event before it.
  const events = [
    { id: 'e1', date: '2025-10-01', kind: 'life-event' as const, description: 'Moved city' },
    { id: 'e2', date: '2026-01-20', kind: 'life-event' as const, description: 'Row about money' },
    {
      id: 'e3',
      date: '2026-02-01',
      kind: 'mood-change' as const,
      mood: 'lower' as const,
      description: 'Stopped sleeping',
    },
  ];
  for (const e of events) await saveLifeEvent({ ...e, courseId: 'k1' });
});

/** The timeline entry with the "Nearest to onset" badge (exactly one) and what it says. */
function badged(): HTMLElement {
  const timeline = screen.getByRole('list', { name: 'Events in date order' });
  const items = within(timeline)
    .getAllByRole('listitem')
    .filter((li) => within(li).queryByText('Nearest to onset', { exact: true }) !== null);
  expect(items).toHaveLength(1);
  return items[0] as HTMLElement;
}

async function markedIds(): Promise<string[]> {
  return (await listLifeEvents('k1')).filter((e) => e.markedOnset).map((e) => e.id);
}

describe('the life event nearest to onset', () => {
  it('suggests the nearest event, moves the badge to the one marked, and back when unmarked', async () => {
    const { user } = renderApp('/courses/k1/inventory');
    await screen.findByRole('list', { name: 'Events in date order' });
    // Given no mark: the nearest event before the drop is suggested
    expect(badged()).toHaveTextContent('Row about money');
    expect(badged()).toHaveTextContent('(suggested: mark it if it fits)');
    // When the therapist marks the move instead
    await user.click(
      screen.getByRole('button', { name: 'Mark event of Wed 1 Oct 2025 as nearest to onset' }),
    );
    expect(
      await screen.findByText('Marked the event of Wed 1 Oct 2025 as nearest to onset.'),
    ).toBeInTheDocument();
    // Then the badge moves to it, as their mark, and it is stored
    expect(badged()).toHaveTextContent('Moved city');
    expect(badged()).toHaveTextContent('(your mark)');
    expect(await markedIds()).toEqual(['e1']);
    // When they mark the row instead; Then the mark moves, only one event is marked
    await user.click(
      screen.getByRole('button', { name: 'Mark event of Tue 20 Jan 2026 as nearest to onset' }),
    );
    await screen.findByText('Marked the event of Tue 20 Jan 2026 as nearest to onset.');
    expect(badged()).toHaveTextContent('Row about money');
    expect(badged()).toHaveTextContent('(your mark)');
    expect(await markedIds()).toEqual(['e2']);
    expect(
      screen.getByRole('button', { name: 'Mark event of Wed 1 Oct 2025 as nearest to onset' }),
    ).toBeInTheDocument();
    // When they unmark it; Then it is a suggestion again and nothing is stored as marked
    await user.click(screen.getByRole('button', { name: 'Unmark event of Tue 20 Jan 2026' }));
    await screen.findByText('Mark removed.');
    expect(badged()).toHaveTextContent('(suggested: mark it if it fits)');
    expect(await markedIds()).toEqual([]);
    // Three writes in a row: slow on a loaded machine.
  }, 30_000);

  it('offers no mark on a mood change', async () => {
    renderApp('/courses/k1/inventory');
    await screen.findByRole('list', { name: 'Events in date order' });
    expect(screen.queryByRole('button', { name: /Mark event of Sun 1 Feb 2026/ })).toBeNull();
  });

  it('is a toggle button the keyboard reaches and works with Enter, then Space', async () => {
    const { user } = renderApp('/courses/k1/inventory');
    // The page focuses its heading first
    const heading = await screen.findByRole('heading', { level: 1 });
    await vi.waitFor(() => expect(heading).toHaveFocus());
    const mark = await screen.findByRole('button', {
      name: 'Mark event of Wed 1 Oct 2025 as nearest to onset',
    });
    // When the therapist tabs on from the event's Delete button; Then the mark is next
    screen.getByRole('button', { name: 'Delete event of Wed 1 Oct 2025' }).focus();
    await user.tab();
    expect(mark).toHaveFocus();
    // Enter marks the event
    await user.keyboard('{Enter}');
    await screen.findByText('Marked the event of Wed 1 Oct 2025 as nearest to onset.');
    expect(badged()).toHaveTextContent('Moved city');
    // The same button now unmarks it, and Space does so
    const unmark = screen.getByRole('button', { name: 'Unmark event of Wed 1 Oct 2025' });
    unmark.focus();
    await user.keyboard(' ');
    await screen.findByText('Mark removed.');
    expect(await markedIds()).toEqual([]);
    expect(badged()).toHaveTextContent('Row about money');
  });
});
