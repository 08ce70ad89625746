import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { addClient } from '../../db/clients';
import { listSessions, saveNewCourse } from '../../db/courses';
import { riskFlagsTable } from '../../db/measures';
import { getWriteUp } from '../../db/writeups';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

let n = 0;
const newId = () => `s${(n += 1)}`;
const URL2 = '/courses/k1/sessions/s2/write-up';
const DRAFT = {
  startDate: '2026-03-02',
  length: 12,
  sessionMinutes: 50,
  time: '09:00',
  primaryArea: 'grief' as const,
  goals: ['Mourn'],
  mechanisms: [],
  missedSessionRule: 'counts-as-used' as const,
  unavailableDates: [],
};
const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLTextAreaElement).value;

beforeEach(async () => {
  // Monday 16 March 2026: session 2 (9 March) is past, the 2027 course is still ahead
  vi.setSystemTime(new Date('2026-03-16T12:00:00'));
  n = 0;
  await resetDatabase();
  await addClient({ id: 'c1', code: 'WU-1', archived: false, createdAt: '2026-01-01T10:00:00Z' });
  const planned = planCourse(
    DRAFT,
    { courseId: 'k1', clientId: 'c1', newId },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
});

async function typeNote(user: ReturnType<typeof renderApp>['user'], text: string) {
  const note = await screen.findByLabelText('Session note');
  await user.type(note, text);
  expect(await screen.findByText(/^Draft saved \d\d:\d\d$/, {}, { timeout: 3000 })).toBeVisible();
}

/** Finalising asks inline first (it locks the record); the therapist confirms. */
async function finalise(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Finalise write-up' }));
  await user.click(await screen.findByRole('button', { name: 'Yes, finalise and lock' }));
}

describe('session write-up', () => {
  it('prefills the draft and saves it as the therapist types, surviving a re-render', async () => {
    // Given session 2 of a past course
    const view = renderApp(URL2);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Write-up: session 2 of 12' }),
    ).toBeVisible();
    expect(screen.getByLabelText('Minutes')).toHaveValue(50);
    expect(screen.getByRole('radio', { name: 'Held' })).toBeChecked();
    // When the therapist types a note
    await typeNote(view.user, 'Talked about the funeral');
    // Then it is stored, and a fresh render (a reload) shows it
    expect((await getWriteUp('s2'))?.note).toBe('Talked about the funeral');
    view.unmount();
    renderApp(URL2);
    expect(await screen.findByLabelText('Session note')).toHaveValue('Talked about the funeral');
  });

  it('refuses minutes and scores out of range at the field', async () => {
    const { user } = renderApp(URL2);
    const minutes = await screen.findByLabelText('Minutes');
    await user.clear(minutes);
    await user.type(minutes, '200');
    await user.type(screen.getByLabelText('PHQ-9 total'), '28');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter the session length in whole minutes, 1 to 180.')).toBeVisible();
    expect(screen.getByText('A PHQ-9 total is a whole number from 0 to 27.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Finalise write-up' }));
    expect(
      await screen.findByText('Correct the fields marked above before finalising.'),
    ).toBeVisible();
    expect((await getWriteUp('s2'))?.status).not.toBe('final');
  });

  it('refuses a write-up for a future session', async () => {
    // Given a course for another client starting in January 2027 (sessions s13 onward)
    await addClient({ id: 'c2', code: 'WU-2', archived: false, createdAt: '2026-01-01T10:00:00Z' });
    const later = planCourse(
      { ...DRAFT, startDate: '2027-01-04' },
      { courseId: 'k2', clientId: 'c2', newId },
      '2026-03-01T10:00:00Z',
    );
    if (!later.ok) throw new Error('fixture');
    await saveNewCourse(later.value, '2026-03-01T10:00:00Z');
    // When its first session is opened for writing up
    renderApp('/courses/k2/sessions/s13/write-up');
    // Then it is refused with the day it can be written up
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This session is on Mon 4 Jan 2027; it can be written up from that day.',
    );
    expect(screen.queryByLabelText('Session note')).not.toBeInTheDocument();
    expect(await getWriteUp('s13')).toBeUndefined();
  });

  it('finalises: the record locks with the date and time, and the session is marked held', async () => {
    const { user } = renderApp(URL2);
    await typeNote(user, 'Good session');
    await finalise(user);
    expect(
      await screen.findByText(/^Finalised on \w{3} \d+ \w{3} \d{4} at \d\d:\d\d$/),
    ).toBeVisible();
    expect(screen.queryByLabelText('Session note')).not.toBeInTheDocument();
    const original = screen.getByRole('region', { name: 'Original record' });
    expect(within(original).getByText('Good session')).toBeVisible();
    expect((await listSessions('k1')).find((s) => s.id === 's2')?.status).toBe('held');
  });

  it('blocks finalising while a risk flag is open, with a link to acknowledge it', async () => {
    // Given an open flag raised by hand in session 2
    await riskFlagsTable().add({
      id: 'f1',
      clientId: 'c1',
      courseId: 'k1',
      sessionId: 's2',
      source: 'manual',
      raisedAt: '2026-03-09T09:20:00Z',
      detail: 'Disclosed thoughts of self-harm.',
      status: 'open',
    });
    const { user } = renderApp(URL2);
    // Then the flag shows first, with the way to acknowledge it
    const banner = await screen.findByRole('region', { name: 'Open risk flag' });
    expect(within(banner).getByText(/Disclosed thoughts of self-harm\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Assess and acknowledge' })).toHaveAttribute(
      'href',
      '/courses/k1/risk',
    );
    // When finalising, it is refused inline
    await user.click(screen.getByRole('button', { name: 'Finalise write-up' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A risk flag is open for this client. Acknowledge it on the risk page before finalising.',
    );
    // And once acknowledged it can be finalised
    await riskFlagsTable().update('f1', {
      status: 'acknowledged',
      acknowledgement: {
        assessed: true,
        safetyPlan: 'reviewed',
        action: 'Plan unchanged',
        note: '',
        at: '2026-03-16T10:00:00Z',
      },
    });
    await waitFor(() => expect(screen.queryByText('Open risk flag')).not.toBeInTheDocument());
    await finalise(user);
    expect(await screen.findByText(/^Finalised on/)).toBeVisible();
    expect((await getWriteUp('s2'))?.risk).toBe('acknowledged');
  });

  it('amends with a required reason and keeps the original beside the amendment', async () => {
    const { user } = renderApp(URL2);
    await typeNote(user, 'First version');
    await finalise(user);
    await user.click(await screen.findByRole('button', { name: 'Amend this record' }));
    const minutes = screen.getByLabelText('Minutes');
    await user.clear(minutes);
    await user.type(minutes, '45');
    // When saved without a reason, it is refused at the field
    await user.click(screen.getByRole('button', { name: 'Save amendment' }));
    expect(await screen.findByText('Give the reason for this amendment.')).toBeVisible();
    expect((await getWriteUp('s2'))?.amendments).toEqual([]);
    // With a reason it is listed with its date, time and reason; the original still reads 50
    await user.type(screen.getByLabelText('Reason for the amendment'), 'Ended early');
    await user.click(screen.getByRole('button', { name: 'Save amendment' }));
    const list = await screen.findByRole('region', { name: 'Amendments' });
    expect(list).toHaveTextContent(
      /Amended on .+ at \d\d:\d\d: Minutes: 50 → 45\. Reason: Ended early/,
    );
    const original = screen.getByRole('region', { name: 'Original record' });
    expect(within(original).getByText('50')).toBeVisible();
    expect(valueOf('Note preview')).toContain('Time: 09:00–09:50 (45 minutes).');
  });

  it('shows the note exactly as copied, in DAP or SOAP, with the client code', async () => {
    const { user } = renderApp(URL2);
    await typeNote(user, 'Spoke of her mother');
    expect(valueOf('Note preview')).toContain(
      'IPT progress note — WU-1 — Mon 9 Mar 2026 — Session 2 of 12',
    );
    expect(valueOf('Note preview')).toContain(
      'DATA\n- Attendance: Held.\n- Time: 09:00–09:50 (50 minutes).\n- PHQ-9 not taken this session.\n- GAD-7 not taken this session.',
    );
    await user.selectOptions(screen.getByLabelText('Note layout'), 'SOAP');
    await waitFor(() =>
      expect(valueOf('Note preview')).toContain('SUBJECTIVE\n- Spoke of her mother'),
    );
  });

  it('previews a client cancellation before applying the course rule', async () => {
    const { user } = renderApp(URL2);
    await user.click(await screen.findByRole('radio', { name: 'Cancelled by the client' }));
    expect(
      screen.getByText('The session counts as used. The course still ends on Mon 18 May 2026.'),
    ).toBeVisible();
    expect((await listSessions('k1')).find((s) => s.id === 's2')?.status).toBe('planned');
    await user.click(screen.getByRole('button', { name: 'Confirm cancellation' }));
    expect(await screen.findByText(/Cancelled by the client\./)).toBeVisible();
    expect((await listSessions('k1')).find((s) => s.id === 's2')?.status).toBe('cancelled');
    expect((await getWriteUp('s2'))?.attendance).toBe('cancelled-client');
  });

  it('moves the record to the cancelled slot when the therapist cancels and the rest move out', async () => {
    // Given a therapist cancellation of session 2 (the course plan moves the rest a week)
    const { user, router } = renderApp(URL2);
    await user.click(await screen.findByRole('radio', { name: 'Cancelled by the therapist' }));
    expect(
      screen.getByText(
        'The remaining sessions move out a week. The course will end on Mon 25 May 2026 instead of Mon 18 May 2026.',
      ),
    ).toBeVisible();
    // When confirmed
    await user.click(screen.getByRole('button', { name: 'Confirm cancellation' }));
    // Then the write-up lives on the cancelled slot of 9 March and session 2 moves to 16 March
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Write-up: appointment on Mon 9 Mar 2026',
      }),
    ).toBeVisible();
    const sessions = await listSessions('k1');
    const slot = sessions.find((s) => s.number === null);
    expect(slot?.date).toBe('2026-03-09');
    expect(router.state.location.pathname).toBe(`/courses/k1/sessions/${slot?.id}/write-up`);
    expect(sessions.find((s) => s.id === 's2')?.date).toBe('2026-03-16');
    expect(await getWriteUp(slot?.id ?? '')).toMatchObject({
      attendance: 'cancelled-therapist',
      sessionNumber: null,
    });
    expect(await getWriteUp('s2')).toBeUndefined();
  });
});
