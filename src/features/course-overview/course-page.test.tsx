import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { addClient } from '../../db/clients';
import { db } from '../../db/database';
import { getCourse, listSessions, saveNewCourse } from '../../db/courses';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

let n = 0;
const newId = () => `s${(n += 1)}`;

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-20T12:00:00'));
  await resetDatabase();
  await addClient({ id: 'c1', code: 'GX-2', archived: false, createdAt: '2026-01-01T10:00:00Z' });
  const planned = planCourse(
    {
      startDate: '2026-03-02',
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: 'grief',
      goals: ['Mourn'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: 'k1', clientId: 'c1', newId },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
});

describe('course overview', () => {
  it('previews a therapist cancellation, then moves the end date a week when confirmed', async () => {
    // Given a 12-week course ending Mon 18 May 2026
    const { user } = renderApp('/courses/k1');
    await user.click(await screen.findByRole('button', { name: 'Cancel session 5' }));
    // When the therapist says they cancelled
    await user.click(screen.getByRole('radio', { name: 'Therapist cancelled (or holiday)' }));
    // Then the effect is shown before anything is saved
    expect(
      screen.getByText(/will end on Mon 25 May 2026 instead of Mon 18 May 2026/),
    ).toBeInTheDocument();
    expect((await listSessions('k1')).filter((s) => s.status === 'cancelled')).toHaveLength(0);
    // When confirmed, session 5 moves a week and a cancelled slot remains
    await user.click(screen.getByRole('button', { name: 'Confirm cancellation' }));
    expect(
      await screen.findByText(/Session 5 on Mon 30 Mar 2026 is cancelled/),
    ).toBeInTheDocument();
    const sessions = await listSessions('k1');
    expect(sessions.find((s) => s.number === 5)?.date).toBe('2026-04-06');
    expect(sessions.find((s) => s.number === 12)?.date).toBe('2026-05-25');
  });

  it('keeps the end date when a client cancellation counts as used', async () => {
    const { user } = renderApp('/courses/k1');
    await user.click(await screen.findByRole('button', { name: 'Cancel session 7' }));
    await user.click(screen.getByRole('radio', { name: 'Client cancelled' }));
    expect(
      screen.getByText('The session counts as used. The course still ends on Mon 18 May 2026.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm cancellation' }));
    const table = await screen.findByRole('table', { name: 'Weeks of the course' });
    const row = within(table).getByRole('row', { name: /Session 7/ });
    expect(await within(row).findByText('Cancelled')).toBeInTheDocument();
  });

  it('refuses to reschedule onto another session’s day and says why', async () => {
    const { user } = renderApp('/courses/k1');
    await user.click(await screen.findByRole('button', { name: 'Reschedule session 3' }));
    const date = screen.getByLabelText('New date');
    await user.clear(date);
    await user.type(date, '2026-03-23');
    await user.click(screen.getByRole('button', { name: 'Move session 3' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That day already has session 4.');
    expect((await listSessions('k1')).find((s) => s.number === 3)?.date).toBe('2026-03-16');
  });

  it('refuses phase boundaries that leave termination too short', async () => {
    const { user } = renderApp('/courses/k1');
    const middleEnd = await screen.findByLabelText('Last session of the middle phase');
    await user.clear(middleEnd);
    await user.type(middleEnd, '11');
    await user.click(screen.getByRole('button', { name: 'Save phases' }));
    expect(
      await screen.findByText('The termination phase is the last 2–4 sessions.'),
    ).toBeInTheDocument();
  });

  it('keeps the panel and the choice when the cancellation cannot be saved', async () => {
    // Given the cancel panel for session 5 with the therapist's choice and a reason
    const { user } = renderApp('/courses/k1');
    await user.click(await screen.findByRole('button', { name: 'Cancel session 5' }));
    await user.click(screen.getByRole('radio', { name: 'Therapist cancelled (or holiday)' }));
    await user.type(screen.getByLabelText('Reason (optional)'), 'Training day');
    vi.spyOn(db.sessions, 'bulkPut').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    // When confirmed and the browser refuses the write
    await user.click(screen.getByRole('button', { name: 'Confirm cancellation' }));
    // Then it says so in the panel, keeps what was chosen and typed, and nothing moved
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(screen.getByRole('radio', { name: 'Therapist cancelled (or holiday)' })).toBeChecked();
    expect(screen.getByLabelText('Reason (optional)')).toHaveValue('Training day');
    const sessions = await listSessions('k1');
    expect(sessions.find((s) => s.number === 5)?.date).toBe('2026-03-30');
    expect(sessions.filter((s) => s.status === 'cancelled')).toHaveLength(0);
  });

  it('cancels once when Confirm cancellation is double-clicked', async () => {
    const { user } = renderApp('/courses/k1');
    await user.click(await screen.findByRole('button', { name: 'Cancel session 5' }));
    await user.click(screen.getByRole('radio', { name: 'Therapist cancelled (or holiday)' }));
    await user.dblClick(screen.getByRole('button', { name: 'Confirm cancellation' }));
    await screen.findByText(/Session 5 on Mon 30 Mar 2026 is cancelled/);
    // One cancelled slot, and the course moved out by one week, not two
    const sessions = await listSessions('k1');
    expect(sessions.filter((s) => s.status === 'cancelled')).toHaveLength(1);
    expect(sessions.find((s) => s.number === 12)?.date).toBe('2026-05-25');
  });

  it('marks a session held with a confirmation, and says so when it cannot', async () => {
    const { user } = renderApp('/courses/k1');
    vi.spyOn(db.sessions, 'bulkPut').mockRejectedValueOnce(
      new DOMException('stopped', 'AbortError'),
    );
    await user.click(await screen.findByRole('button', { name: 'Mark held session 1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/stopped the save part-way/);
    expect((await listSessions('k1')).find((s) => s.number === 1)?.status).toBe('planned');
    await user.click(screen.getByRole('button', { name: 'Mark held session 1' }));
    expect(await screen.findByText('Session 1 marked as held.')).toBeInTheDocument();
    expect((await listSessions('k1')).find((s) => s.number === 1)?.status).toBe('held');
  });

  it('keeps a typed new date when the move cannot be saved', async () => {
    const { user } = renderApp('/courses/k1');
    await user.click(await screen.findByRole('button', { name: 'Reschedule session 3' }));
    const date = screen.getByLabelText('New date');
    await user.clear(date);
    await user.type(date, '2026-03-18');
    vi.spyOn(db.sessions, 'bulkPut').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    await user.click(screen.getByRole('button', { name: 'Move session 3' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(date).toHaveValue('2026-03-18');
    expect((await listSessions('k1')).find((s) => s.number === 3)?.date).toBe('2026-03-16');
  });

  it('saves phase boundaries with a confirmation, keeping them typed when the save fails', async () => {
    const { user } = renderApp('/courses/k1');
    const initialEnd = await screen.findByLabelText('Last session of the initial phase');
    await user.clear(initialEnd);
    await user.type(initialEnd, '4');
    vi.spyOn(db.courses, 'update').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    await user.click(screen.getByRole('button', { name: 'Save phases' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(initialEnd).toHaveValue(4);
    expect((await getCourse('k1'))?.boundaries.initialEnd).toBe(3);
    await user.click(screen.getByRole('button', { name: 'Save phases' }));
    expect(await screen.findByText('Phases saved')).toBeInTheDocument();
    expect((await getCourse('k1'))?.boundaries.initialEnd).toBe(4);
  });
});
