import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { savePerson } from '../../db/inventory';
import { saveMeasure } from '../../db/measures';
import { setSetting } from '../../db/settings';
import { getWriteUp } from '../../db/writeups';
import { setPrivacy } from '../../state/preferences';
import { storedPerson } from '../../../tests/fixtures/person';
import { renderApp } from '../../../tests/setup/render-app';
import { seedGriefCourse } from '../../../tests/setup/seed-grief-course';

const URL2 = '/courses/k1/sessions/s2/write-up';
const valueOf = (label: string) => (screen.getByLabelText(label) as HTMLTextAreaElement).value;

const husband = storedPerson({
  id: 'p1',
  name: 'Dan',
  relationship: 'Husband',
  contactFrequency: 'Every day',
});

beforeEach(async () => {
  // Monday 16 March 2026: session 2 (Monday 9 March, 09:00, 50 minutes) is past
  vi.setSystemTime(new Date('2026-03-16T12:00:00'));
  await seedGriefCourse('WU-1');
});

describe('the progress note says what happened', () => {
  it('states that session’s PHQ-9 with item 9, and never "No risk flag" with a flag open', async () => {
    // Given a PHQ-9 of 9 in session 2 with item 9 answered 1 (it raises an open flag)
    await saveMeasure(
      {
        id: 'm2',
        clientId: 'c1',
        courseId: 'k1',
        sessionId: 's2',
        kind: 'phq9',
        date: '2026-03-09',
        answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
        total: 9,
        status: 'complete',
        recordedAt: '2026-03-09T09:10:00Z',
      },
      { newId: () => 'f1', now: '2026-03-09T09:10:00Z' },
    );
    renderApp(URL2);
    await screen.findByLabelText('Note preview');
    const note = valueOf('Note preview');
    expect(note).toContain('- PHQ-9 9 (mild) on Mon 9 Mar 2026, item 9: 1;');
    expect(note).toContain('- GAD-7 not taken this session.');
    expect(note).toMatch(/- Risk flag open, not yet assessed \(raised Mon 9 Mar 2026\): /);
    expect(note).not.toContain('No risk flag');
  });

  it('puts times, the clinician’s assessment, the plan and the clinician from Settings in the note', async () => {
    await setSetting('clinicianName', 'Dr Alex Example');
    await setSetting('clinicianCredentials', 'DClinPsy');
    const { user } = renderApp(URL2);
    // The times start from the session's 09:00 and its 50 minutes
    expect(await screen.findByLabelText('Start time')).toHaveValue('09:00');
    expect(screen.getByLabelText('End time')).toHaveValue('09:50');
    const end = screen.getByLabelText('End time');
    await user.clear(end);
    await user.type(end, '09:45');
    await user.type(
      screen.getByLabelText('Clinician’s assessment'),
      'Grief is moving; less guilt.',
    );
    await user.type(screen.getByLabelText('Plan'), 'Visit the grave with her sister.');
    await waitFor(() =>
      expect(valueOf('Note preview')).toContain('- Plan: Visit the grave with her sister.'),
    );
    const note = valueOf('Note preview');
    expect(note).toContain('- Time: 09:00–09:45 (50 minutes).');
    expect(note).toContain('- Clinician’s assessment: Grief is moving; less guilt.');
    expect(note).toContain('Clinician: Dr Alex Example, DClinPsy.');
    await waitFor(async () =>
      expect(await getWriteUp('s2')).toMatchObject({
        startTime: '09:00',
        endTime: '09:45',
        clinicianAssessment: 'Grief is moving; less guilt.',
        plan: 'Visit the grave with her sister.',
      }),
    );
  });

  it('refuses an end time before the start at the field', async () => {
    const { user } = renderApp(URL2);
    const end = await screen.findByLabelText('End time');
    await user.clear(end);
    await user.type(end, '08:30');
    expect(await screen.findByText('The end time must be after the start time.')).toBeVisible();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    // The typing is still kept as a draft (so this test ends only after that write, never into
    // the next test's fresh database)
    expect(await screen.findByText(/^Draft saved \d\d:\d\d$/, {}, { timeout: 3000 })).toBeVisible();
  });

  it('asks before finalising, and "Not yet" leaves the draft open', async () => {
    const { user } = renderApp(URL2);
    await user.click(await screen.findByRole('button', { name: 'Finalise write-up' }));
    const ask = screen.getByRole('group', { name: 'Confirm finalising' });
    expect(ask).toHaveTextContent('The record is locked: you cannot edit it afterwards');
    await user.click(within(ask).getByRole('button', { name: 'Not yet' }));
    expect(screen.getByRole('button', { name: 'Finalise write-up' })).toBeVisible();
    expect(screen.getByLabelText('Session note')).toBeEnabled();
    expect((await getWriteUp('s2'))?.status).not.toBe('final');
  });
});

describe('names in the note', () => {
  it('keeps the therapist’s words and replaces a name only when chosen, reversibly', async () => {
    // Given the husband Dan in the inventory and paper set to roles, not names (the default)
    await savePerson(husband);
    const { user } = renderApp(URL2);
    const note = await screen.findByLabelText('Session note');
    await user.type(note, 'Agreed to share one memory with Dan.');
    await waitFor(() =>
      expect(valueOf('Note preview')).toContain('- Agreed to share one memory with Dan.'),
    );
    // The name is marked, not changed
    const panel = screen.getByRole('region', { name: 'Names in the progress note' });
    await user.click(within(panel).getByRole('button', { name: 'Replace “Dan” with “husband”' }));
    expect(valueOf('Note preview')).toContain('- Agreed to share one memory with husband.');
    // And put back
    await user.click(within(panel).getByRole('button', { name: 'Printing “husband”: keep “Dan”' }));
    expect(valueOf('Note preview')).toContain('- Agreed to share one memory with Dan.');
    expect(await screen.findByText(/^Draft saved \d\d:\d\d$/, {}, { timeout: 3000 })).toBeVisible();
    expect((await getWriteUp('s2'))?.note).toBe('Agreed to share one memory with Dan.');
  });

  it('offers nothing to replace when names are printed', async () => {
    await savePerson(husband);
    await setPrivacy({ showClientName: false, showPeopleNames: true });
    const { user } = renderApp(URL2);
    await user.type(await screen.findByLabelText('Session note'), 'Spoke with Dan.');
    await waitFor(() => expect(valueOf('Note preview')).toContain('- Spoke with Dan.'));
    expect(screen.queryByRole('region', { name: 'Names in the progress note' })).toBeNull();
  });
});
