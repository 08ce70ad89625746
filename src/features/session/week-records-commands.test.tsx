/**
 * The week's records run as commands: the events, the mid-course decision and a change of focus
 * each show their confirmation, fail visibly with what was chosen kept, and write once on a
 * double click.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { getSavedAgenda } from '../../db/agendas';
import { listFocusChanges } from '../../db/focus-changes';

import { FULL, onSessionFiveDay, openWeek, watch } from './week-commands.test-util';

onSessionFiveDay();

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
