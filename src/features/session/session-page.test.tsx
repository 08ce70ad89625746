import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { getSavedAgenda } from '../../db/agendas';
import { renderApp } from '../../../tests/setup/render-app';

import { seedDisputeCourse } from './fixture.test-util';

beforeEach(async () => {
  // Given Monday 30 March 2026 at midday: the day of session 5, weeks 1–4 behind it
  vi.setSystemTime(new Date('2026-03-30T12:00:00'));
  await seedDisputeCourse();
});

const agendaSection = async () => screen.findByRole('region', { name: 'Agenda' });

describe('week screen: the agenda', () => {
  it('shows the generated agenda of a middle week with its countdown and strategy menu', async () => {
    // Given week 9 of a 16-week role dispute course, nothing saved
    renderApp('/courses/k1/sessions/s9');
    // Then the countdown, the phase and the focus are shown
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Session 9 of 16, 7 left' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Role dispute (impasse)', { selector: 'dd' })).toBeInTheDocument();
    // And the strategy menu says when each strategy was last used: nothing was saved before
    // week 9, so every strategy it offers reads "not used yet"
    const menu = screen.getByRole('region', { name: 'Strategy menu' });
    for (const item of within(menu).getAllByRole('listitem')) {
      expect(item).toHaveTextContent('not used yet');
    }
    // And nothing is stored before the therapist edits
    expect(await getSavedAgenda('s9')).toBeUndefined();
    expect(screen.getByText('Total: 50 of 50 minutes.')).toBeInTheDocument();
  });

  it('refuses bad minutes and an empty title at the field, keeping the other edits', async () => {
    const { user } = renderApp('/courses/k1/sessions/s5');
    await agendaSection();
    await user.click(screen.getByRole('button', { name: 'Edit part 1' }));
    const title = screen.getByLabelText('Title of part 1');
    await user.clear(title);
    await user.type(title, 'Check-in');
    const minutes = screen.getByLabelText('Minutes of part 1');
    await user.clear(minutes);
    await user.type(minutes, '-3');
    // Then the minutes are refused where they were typed, and saving waits
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Minutes cannot be negative.');
    expect(screen.getByRole('button', { name: 'Save agenda' })).toBeDisabled();
    await user.clear(minutes);
    await user.type(minutes, 'ten');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the minutes as a number.');
    await user.clear(title);
    expect(screen.getByText('Give this part of the session a title.')).toBeInTheDocument();
    // And the title typed before is not lost elsewhere: fix and the rest is still there
    await user.type(title, 'Check-in');
    await user.clear(minutes);
    await user.type(minutes, '5');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(title).toHaveValue('Check-in');
  });

  it('warns when the total does not add up to the session length', async () => {
    const { user } = renderApp('/courses/k1/sessions/s5');
    await agendaSection();
    await user.click(screen.getByRole('button', { name: 'Edit part 1' }));
    const minutes = screen.getByLabelText('Minutes of part 1');
    const before = Number((minutes as HTMLInputElement).value);
    await user.clear(minutes);
    await user.type(minutes, String(before + 10));
    expect(
      screen.getByText(/The parts add up to 10 minutes over the 50-minute session\./),
    ).toBeInTheDocument();
  });

  it('reorders, adds and removes parts, saves, and shows the edit after a reload', async () => {
    const { user, unmount } = renderApp('/courses/k1/sessions/s5');
    const section = await agendaSection();
    const titles = () =>
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);
    const first = titles()[0];
    const second = titles()[1];
    await user.click(screen.getByRole('button', { name: 'Move part 1 down' }));
    expect(titles()[0]).toBe(second);
    expect(titles()[1]).toBe(first);
    await user.click(screen.getByRole('button', { name: 'Edit part 2' }));
    const title = screen.getByLabelText('Title of part 2');
    await user.clear(title);
    await user.type(title, 'Scores, then the week');
    await user.click(screen.getByRole('button', { name: 'Remove part 3' }));
    await user.click(screen.getByRole('button', { name: 'Add a part' }));
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    expect(await screen.findByText('Agenda saved')).toHaveAttribute('role', 'status');
    const saved = await getSavedAgenda('s5');
    expect(saved?.segments[1]?.title).toBe('Scores, then the week');
    // "Add a part" puts it where it belongs, before the closing summary; a part was removed
    // first, so its 5 minutes fit without shortening the others
    expect(saved?.segments.at(-2)?.title).toBe('New part');
    expect(saved?.segments.at(-1)?.title).toBe('Summary and one concrete task');
    // When the screen is opened again
    unmount();
    renderApp('/courses/k1/sessions/s5');
    expect(
      await screen.findByRole('heading', { level: 3, name: /Scores, then the week/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /New part/ })).toBeInTheDocument();
  });

  it('reorders by keyboard', async () => {
    const { user } = renderApp('/courses/k1/sessions/s5');
    const section = await agendaSection();
    const first = within(section).getAllByRole('heading', { level: 3 })[0]?.textContent;
    // The screen first moves focus to its heading (as on every navigation); then the therapist
    // reaches the part's Move button
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    const move = screen.getByRole('button', { name: 'Move part 1 down' });
    move.focus();
    expect(move).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(within(section).getAllByRole('heading', { level: 3 })[1]?.textContent).toBe(first),
    );
  });

  it('adds a strategy from the menu as a segment', async () => {
    // Given week 5 (early middle) of a role dispute at impasse: the reference's early step
    // (ipt-agenda-content.md 2.3) lists warning that reopening may raise conflict among its
    // activities; the plan works it in week 6, so week 5 does not hold it yet
    const { user } = renderApp('/courses/k1/sessions/s5');
    const menu = await screen.findByRole('region', { name: 'Strategy menu' });
    const section = await agendaSection();
    const parts = within(section).getAllByRole('heading', { level: 3 }).length;
    expect(
      within(section).queryByRole('heading', { level: 3, name: /warn that reopening/i }),
    ).not.toBeInTheDocument();
    // When the therapist adds it from the menu
    await user.click(
      within(menu).getByRole('button', { name: /^Add to agenda: Warn that reopening/ }),
    );
    // Then the agenda has one part more, that strategy, and the menu marks it as in the agenda
    expect(
      await within(section).findByRole('heading', { level: 3, name: /warn that reopening/i }),
    ).toBeInTheDocument();
    expect(within(section).getAllByRole('heading', { level: 3 })).toHaveLength(parts + 1);
    const entry = within(menu)
      .getAllByRole('listitem')
      .find((li) => /warn that reopening/i.test(li.textContent ?? ''));
    expect(entry).toHaveTextContent('in this agenda');
    expect(
      within(menu).queryByRole('button', { name: /^Add to agenda: Warn that reopening/ }),
    ).not.toBeInTheDocument();
  });
});

describe('week screen: tasks', () => {
  it('sets a task, quotes it next week and records its outcome there', async () => {
    // Given the therapist sets a task in week 5
    const { user, unmount } = renderApp('/courses/k1/sessions/s5');
    await agendaSection();
    await user.type(
      screen.getByLabelText('Task for the coming week'),
      'Ask Sam for a walk on Sunday',
    );
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    expect(await screen.findByText('Agenda saved')).toHaveAttribute('role', 'status');
    unmount();
    // When week 6 opens, the task is quoted for review
    const view = renderApp('/courses/k1/sessions/s6');
    const review = await screen.findByRole('region', { name: 'Task to review' });
    expect(within(review).getByText('“Ask Sam for a walk on Sunday”')).toBeInTheDocument();
    // And recording "partly" with what happened is stored with week 6
    await view.user.click(within(review).getByRole('radio', { name: 'Partly done' }));
    await view.user.type(within(review).getByLabelText('What happened'), 'Asked, but backed off');
    await view.user.click(within(review).getByRole('button', { name: 'Record outcome' }));
    expect(await screen.findByText('Outcome recorded: partly done')).toHaveAttribute(
      'role',
      'status',
    );
    // The outcome is filed under the task it belongs to
    expect((await getSavedAgenda('s6'))?.taskReview).toEqual({
      outcome: 'partly',
      note: 'Asked, but backed off',
      task: 'Ask Sam for a walk on Sunday',
      fromSession: 5,
    });
    // Then the agenda follows the outcome: the review part names it; a smaller, rehearsed step is
    // offered apart from the week's suggestions, never the same task again word for word
    expect(await screen.findByText('Outcome: partly done.')).toBeInTheDocument();
    expect(
      screen.getByText('A smaller first step of the same aim, rehearsed here first, this week'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Ask Sam for a walk on Sunday')).not.toBeInTheDocument();
  });

  it('refuses to record an outcome without choosing one', async () => {
    const { user } = renderApp('/courses/k1/sessions/s5');
    await agendaSection();
    await user.type(screen.getByLabelText('Task for the coming week'), 'Call my sister');
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));
    await screen.findByText('Agenda saved');
    await user.click(screen.getByRole('link', { name: 'Next: session 6' }));
    await user.click(await screen.findByRole('button', { name: 'Record outcome' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose what became of the task.');
    expect((await getSavedAgenda('s6'))?.taskReview).toBeUndefined();
  });
});
