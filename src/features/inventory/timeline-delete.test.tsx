/** Issue 12 item 5: a timeline event can be deleted, with an undo that puts it back as it was. */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { listLifeEvents, saveLifeEvent } from '../../db/inventory';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { failNextWrite, seedCourse } from './test-fixtures';

const EVENT = {
  id: 'e1',
  courseId: 'k1',
  date: '2026-01-12',
  kind: 'life-event' as const,
  description: 'Her mother died',
};

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-10T12:00:00'));
  await resetDatabase();
  await seedCourse();
  await saveLifeEvent(EVENT);
});

describe('deleting a timeline event', () => {
  it('deletes it, says what was deleted, and Undo restores it exactly', async () => {
    const { user } = renderApp('/courses/k1/inventory');
    // When the therapist deletes the event of Mon 12 Jan 2026
    await user.click(
      await screen.findByRole('button', { name: 'Delete event of Mon 12 Jan 2026' }),
    );
    // Then it is gone, and the confirmation names it with its Undo
    expect(
      await screen.findByText('Deleted the event of Mon 12 Jan 2026 (Her mother died).'),
    ).toBeInTheDocument();
    expect(await listLifeEvents('k1')).toEqual([]);
    // When they undo; Then the same event is back, as stored before
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Restored the event of Mon 12 Jan 2026.')).toBeInTheDocument();
    expect(await listLifeEvents('k1')).toEqual([EVENT]);
  });

  it('says so when the deletion fails, and the event stays', async () => {
    const { user } = renderApp('/courses/k1/inventory');
    failNextWrite('lifeEvents', 'delete');
    await user.click(
      await screen.findByRole('button', { name: 'Delete event of Mon 12 Jan 2026' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(await listLifeEvents('k1')).toEqual([EVENT]);
  });
});
