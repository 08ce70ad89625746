/**
 * The week screen's writes run as commands: each shows its confirmation, fails visibly with what
 * was typed or chosen kept, and writes once on a double click. The agenda, leaving the week, the
 * task outcome and the new suggestions; the week's records are in week-records-commands.test.tsx.
 */
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { buildAgenda } from '../../domain/agenda/generate';
import { getSavedAgenda, saveAgenda } from '../../db/agendas';
import { getCourse, updateCourse } from '../../db/courses';

import { FULL, onSessionFiveDay, openWeek, watch } from './week-commands.test-util';

onSessionFiveDay();

describe('saving the agenda', () => {
  it('keeps the notes and says why when the disk is full, then saves on retry', async () => {
    const puts = watch('agendas', 'put', true);
    const { user } = await openWeek(5);
    await user.type(screen.getByLabelText('Notes for the week'), 'Bring the letter');
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(screen.getByLabelText('Notes for the week')).toHaveValue('Bring the letter');
    expect(await getSavedAgenda('s5')).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    expect(await screen.findByText('Agenda saved')).toHaveAttribute('role', 'status');
    expect((await getSavedAgenda('s5'))?.notes).toBe('Bring the letter');
    expect(puts.calls()).toBe(2);
  });

  it('writes once on a double click', async () => {
    const puts = watch('agendas', 'put');
    const { user } = await openWeek(5);
    await user.type(screen.getByLabelText('Task for the coming week'), 'Call my sister');
    await user.dblClick(screen.getByRole('button', { name: 'Save agenda' }));
    expect(await screen.findByText('Agenda saved')).toHaveAttribute('role', 'status');
    expect(puts.calls()).toBe(1);
    expect((await getSavedAgenda('s5'))?.taskSet).toBe('Call my sister');
  });
});

describe('leaving the week with unsaved typing', () => {
  it('asks first, naming each form with unsaved changes, and stays when asked', async () => {
    const { user } = await openWeek(9);
    await user.type(screen.getByLabelText('Notes for the week'), 'Bring the letter');
    await user.click(screen.getByText('Change the focus from this session'));
    await user.type(screen.getByLabelText('Reason for the change'), 'They are talking again');
    await user.click(screen.getByRole('link', { name: 'Next: session 10' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Unsaved changes' });
    expect(ask).toHaveTextContent(
      'You have changes in the agenda and the change of focus that are not saved yet.',
    );
    await user.click(within(ask).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.getByRole('heading', { level: 1, name: /^Session 9 of 16/ })).toBeVisible();
    expect(screen.getByLabelText('Notes for the week')).toHaveValue('Bring the letter');
  });

  it('lets the therapist leave freely once the agenda is saved', async () => {
    const { user } = await openWeek(9);
    await user.type(screen.getByLabelText('Notes for the week'), 'Bring the letter');
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    await screen.findByText('Agenda saved');
    await user.click(screen.getByRole('link', { name: 'Next: session 10' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Session 10 of 16/ }),
    ).toBeVisible();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('recording last week’s task outcome', () => {
  beforeEach(async () => {
    // Given a task set in week 4
    const course = await getCourse('k1');
    if (!course) throw new Error('fixture');
    const segments = buildAgenda({ course, sessionNumber: 4 }).segments;
    await saveAgenda({
      sessionId: 's4',
      courseId: 'k1',
      segments,
      generatedBase: segments,
      notes: '',
      taskSet: 'Ask Sam for a walk on Sunday',
      strategiesUsed: [],
      updatedAt: '2026-03-23T10:00:00Z',
    });
  });

  async function chooseOutcome() {
    const view = await openWeek(5);
    const review = await screen.findByRole('region', { name: 'Task to review' });
    await view.user.click(within(review).getByRole('radio', { name: 'Done' }));
    await view.user.type(within(review).getByLabelText('What happened'), 'They walked twice');
    return { ...view, review };
  }

  it('keeps the outcome and the note when the write fails', async () => {
    watch('agendas', 'put', true);
    const { user, review } = await chooseOutcome();
    await user.click(within(review).getByRole('button', { name: 'Record outcome' }));
    expect(await within(review).findByRole('alert')).toHaveTextContent(FULL);
    expect(within(review).getByRole('radio', { name: 'Done' })).toBeChecked();
    expect(within(review).getByLabelText('What happened')).toHaveValue('They walked twice');
    expect((await getSavedAgenda('s5'))?.taskReview).toBeUndefined();
  });

  it('records once on a double click', async () => {
    const puts = watch('agendas', 'put');
    const { user, review } = await chooseOutcome();
    await user.dblClick(within(review).getByRole('button', { name: 'Record outcome' }));
    expect(await screen.findByText('Outcome recorded: done')).toHaveAttribute('role', 'status');
    expect(puts.calls()).toBe(1);
    expect((await getSavedAgenda('s5'))?.taskReview?.note).toBe('They walked twice');
  });
});

describe('keeping or taking the new suggestions', () => {
  beforeEach(async () => {
    // Given an edited week-5 agenda, then the session length goes from 50 to 60 minutes
    const course = await getCourse('k1');
    if (!course) throw new Error('fixture');
    const generated = buildAgenda({
      course,
      sessionNumber: 5,
      missedBefore: 0,
      strategyUse: {},
      focus: { area: 'role-dispute', stage: 'impasse' },
    }).segments;
    await saveAgenda({
      sessionId: 's5',
      courseId: 'k1',
      segments: generated.map((s, i) => (i === 0 ? { ...s, title: 'My own opening' } : s)),
      generatedBase: generated,
      notes: '',
      strategiesUsed: [],
      updatedAt: '2026-03-30T10:00:00Z',
    });
    await updateCourse('k1', { sessionMinutes: 60 });
  });

  it.each(['Keep my agenda', 'Take the new suggestions'])(
    '“%s” fails visibly and leaves the agenda and the choice as they were',
    async (name) => {
      watch('agendas', 'put', true);
      const { user } = await openWeek(5);
      await user.click(await screen.findByRole('button', { name }));
      expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
      expect(screen.getByText('The plan has changed since you edited this agenda')).toBeVisible();
      expect(screen.getByRole('button', { name })).toBeEnabled();
      expect((await getSavedAgenda('s5'))?.segments[0]?.title).toBe('My own opening');
    },
  );

  it.each(['Keep my agenda', 'Take the new suggestions'])(
    '“%s” writes once on a double click',
    async (name) => {
      const puts = watch('agendas', 'put');
      const { user } = await openWeek(5);
      await user.dblClick(await screen.findByRole('button', { name }));
      await expect
        .poll(async () => (await getSavedAgenda('s5'))?.generatedBase.length)
        .toBeGreaterThan(0);
      // The notice goes once the choice is stored, and the choice is confirmed on the page
      expect(
        await screen.findByText(
          `${name === 'Keep my agenda' ? 'Your agenda kept' : 'New suggestions taken'}.`,
        ),
      ).toBeVisible();
      await expect
        .poll(() => screen.queryByText('The plan has changed since you edited this agenda'))
        .toBeNull();
      expect(puts.calls()).toBe(1);
    },
  );
});
