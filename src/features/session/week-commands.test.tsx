/**
 * The week screen's writes run as commands: each shows its confirmation, fails visibly with what
 * was typed or chosen kept, and writes once on a double click.
 */
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { buildAgenda } from '../../domain/agenda/generate';
import { getSavedAgenda, saveAgenda } from '../../db/agendas';
import { db } from '../../db/database';
import { getCourse, updateCourse } from '../../db/courses';
import { listFocusChanges } from '../../db/focus-changes';
import { renderApp } from '../../../tests/setup/render-app';

import { seedDisputeCourse } from './fixture.test-util';

type Method = 'put' | 'add';
type Fn = (this: { name: string }, ...args: unknown[]) => unknown;

/**
 * Spies on `method` of the database's tables (the Table prototype, however the repository reaches
 * the table), counting the calls on `table`; with `fail`, the first such call rejects as a full
 * disk would. Copied in approach from the measures feature's test faults.
 */
function watch(table: string, method: Method, fail = false) {
  const proto = db.Table.prototype as unknown as Record<Method, Fn>;
  const original = proto[method];
  let count = 0;
  vi.spyOn(proto, method).mockImplementation(function (this: { name: string }, ...args) {
    if (this.name !== table) return original.apply(this, args);
    count += 1;
    if (fail && count === 1) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
    return original.apply(this, args);
  });
  return { calls: () => count };
}

/** The storage-full sentence the therapist reads (app-model/errors.ts). */
const FULL = /^Not saved: this browser has run out of storage space for IPT Planner\./;

beforeEach(async () => {
  // Given Monday 30 March 2026 at midday: the day of session 5, weeks 1–4 behind it
  vi.setSystemTime(new Date('2026-03-30T12:00:00'));
  await seedDisputeCourse();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function openWeek(n: number) {
  const view = renderApp(`/courses/k1/sessions/s${n}`);
  await screen.findByRole('heading', { level: 1, name: new RegExp(`^Session ${n} of 16`) });
  return view;
}

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

describe('recording the week’s events', () => {
  it('keeps the ticked event when the write fails', async () => {
    watch('agendas', 'put', true);
    const { user } = await openWeek(5);
    const events = screen.getByRole('region', { name: 'Events this week' });
    await user.click(within(events).getByRole('checkbox', { name: /^A new problem/ }));
    await user.click(within(events).getByRole('button', { name: 'Save events' }));
    expect(await within(events).findByRole('alert')).toHaveTextContent(FULL);
    expect(within(events).getByRole('checkbox', { name: /^A new problem/ })).toBeChecked();
    expect(await getSavedAgenda('s5')).toBeUndefined();
  });

  it('records once on a double click', async () => {
    const puts = watch('agendas', 'put');
    const { user } = await openWeek(5);
    const events = screen.getByRole('region', { name: 'Events this week' });
    await user.click(within(events).getByRole('checkbox', { name: /^A new problem/ }));
    await user.dblClick(within(events).getByRole('button', { name: 'Save events' }));
    expect(await screen.findByText('Events recorded; the agenda follows them')).toHaveAttribute(
      'role',
      'status',
    );
    expect(puts.calls()).toBe(1);
    expect((await getSavedAgenda('s5'))?.events).toEqual(['new-problem']);
  });
});

describe('recording the mid-course decision', () => {
  async function chooseDecision() {
    const view = await openWeek(8);
    const form = await screen.findByRole('region', { name: 'Mid-course decision' });
    const first = within(form).getAllByRole('radio')[0];
    if (!first) throw new Error('no decisions');
    await view.user.click(first);
    await view.user.type(within(form).getByLabelText('Decision note'), 'Agreed with Robin');
    return { ...view, form };
  }

  it('keeps the decision and its note when the write fails', async () => {
    watch('agendas', 'put', true);
    const { user, form } = await chooseDecision();
    await user.click(within(form).getByRole('button', { name: 'Record decision' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(FULL);
    expect(within(form).getAllByRole('radio')[0]).toBeChecked();
    expect(within(form).getByLabelText('Decision note')).toHaveValue('Agreed with Robin');
  });

  it('records once on a double click', async () => {
    const puts = watch('agendas', 'put');
    const { user, form } = await chooseDecision();
    await user.dblClick(within(form).getByRole('button', { name: 'Record decision' }));
    expect(await screen.findByText(/^Decision recorded: /)).toHaveAttribute('role', 'status');
    expect(puts.calls()).toBe(1);
    expect((await getSavedAgenda('s8'))?.reviewDecision?.note).toBe('Agreed with Robin');
  });
});

describe('confirming a change of focus', () => {
  async function proposeChange() {
    const view = await openWeek(9);
    await view.user.click(screen.getByText('Change the focus from this session'));
    await view.user.selectOptions(screen.getByLabelText('Stage of the dispute'), 'renegotiation');
    await view.user.type(screen.getByLabelText('Reason for the change'), 'They are talking again');
    await view.user.click(screen.getByRole('button', { name: 'Review the change' }));
    return view;
  }

  it('keeps the proposed change and the reason when the write fails', async () => {
    watch('focusChanges', 'add', true);
    const { user } = await proposeChange();
    await user.click(screen.getByRole('button', { name: 'Confirm the change' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(FULL);
    expect(screen.getByLabelText('Reason for the change')).toHaveValue('They are talking again');
    expect(screen.getByRole('button', { name: 'Confirm the change' })).toBeEnabled();
    expect(await listFocusChanges('k1')).toHaveLength(0);
  });

  it('records once on a double click', async () => {
    const adds = watch('focusChanges', 'add');
    const { user } = await proposeChange();
    await user.dblClick(screen.getByRole('button', { name: 'Confirm the change' }));
    expect(
      await screen.findByText(
        'Focus change confirmed: from session 9, Role dispute (renegotiation)',
      ),
    ).toHaveAttribute('role', 'status');
    expect(adds.calls()).toBe(1);
    expect(await listFocusChanges('k1')).toHaveLength(1);
  });
});
