import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { saveSessionMeasure } from '../../app-model/commands/measures';
import { listSessions } from '../../db/courses';
import { listSessionMeasures } from '../../db/measures';
import { getRatings } from '../../db/ratings';
import { listCourseFlags } from '../../db/risk';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { countCalls, faultOnce } from './test-faults';
import { seedCourse } from './test-seed';

const QUOTA = /run out of storage space/;
let sessionId = '';

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-02T10:00:00'));
  await resetDatabase();
  sessionId = (await seedCourse())[0]?.id ?? '';
});

const url = () => `/courses/k1/sessions/${sessionId}/measures`;

describe('save a PHQ-9', () => {
  it('keeps every answer and stores nothing (no flag either) when the write fails', async () => {
    const { user } = renderApp(url());
    const form = await screen.findByRole('form', { name: 'PHQ-9' });
    await user.click(within(form).getAllByRole('radio', { name: 'Several days (1)' })[0]!);
    await user.keyboard('111111111');
    faultOnce('measures', 'put');
    await user.click(within(form).getByRole('button', { name: 'Save PHQ-9' }));
    const section = screen.getByRole('region', { name: 'PHQ-9' });
    expect(await within(section).findByRole('alert')).toHaveTextContent(QUOTA);
    const item9 = within(form).getByRole('group', { name: /^9\. Thoughts/ });
    expect(within(item9).getByRole('radio', { name: 'Several days (1)' })).toBeChecked();
    expect(within(form).getByText('PHQ-9 total 9 of 27: Mild')).toBeInTheDocument();
    // One transaction: the measure and its item-9 flag are stored together or not at all.
    expect(await listSessionMeasures(sessionId)).toHaveLength(0);
    expect(await listCourseFlags('k1')).toHaveLength(0);
  });

  it('stores one measure and one flag for a double click, and confirms it', async () => {
    const put = countCalls('measures', 'put');
    const { user } = renderApp(url());
    const form = await screen.findByRole('form', { name: 'PHQ-9' });
    await user.click(within(form).getAllByRole('radio', { name: 'Several days (1)' })[0]!);
    await user.keyboard('111111111');
    await user.dblClick(within(form).getByRole('button', { name: 'Save PHQ-9' }));
    // 9 × "several days" (1) = 9, mild (5–9); item 9 above 0 raises a flag.
    expect(
      await screen.findByText(/^PHQ-9 saved: 9, mild\. A risk flag was raised/),
    ).toHaveAttribute('role', 'status');
    expect(put.calls()).toBe(1);
    expect(await listSessionMeasures(sessionId)).toHaveLength(1);
    expect((await listCourseFlags('k1')).map((f) => f.source)).toEqual(['item9']);
  });
});

describe('the date a questionnaire was answered', () => {
  const fillPhq9 = async (user: ReturnType<typeof renderApp>['user']) => {
    const form = await screen.findByRole('form', { name: 'PHQ-9' });
    await user.click(within(form).getAllByRole('radio', { name: 'Several days (1)' })[0]!);
    await user.keyboard('111111111');
    return form;
  };

  it('defaults to the session’s date and stays editable; the measure is stored on the day chosen', async () => {
    const { user } = renderApp(url());
    const form = await fillPhq9(user);
    const date = within(form).getByLabelText('Date answered (PHQ-9)');
    expect(date).toHaveValue('2026-03-02');
    await user.clear(date);
    await user.type(date, '2026-03-01');
    await user.click(within(form).getByRole('button', { name: 'Save PHQ-9' }));
    expect(await screen.findByText(/^PHQ-9 saved: 9/)).toBeInTheDocument();
    expect((await listSessionMeasures(sessionId)).map((m) => m.date)).toEqual(['2026-03-01']);
  });

  it('refuses a date after today at the date field, keeping the answers and storing nothing', async () => {
    const { user } = renderApp(url());
    const form = await fillPhq9(user);
    const date = within(form).getByLabelText('Date answered (PHQ-9)');
    await user.clear(date);
    await user.type(date, '2026-03-05');
    await user.click(within(form).getByRole('button', { name: 'Save PHQ-9' }));
    expect(date).toHaveAccessibleDescription(
      'This date is after today (Mon 2 Mar 2026): record a questionnaire on or after the day it was answered.',
    );
    expect(within(form).getByText('PHQ-9 total 9 of 27: Mild')).toBeInTheDocument();
    expect(await listSessionMeasures(sessionId)).toHaveLength(0);
    expect(await listCourseFlags('k1')).toHaveLength(0);
  });

  it('refuses the scores of a session whose day has not come', async () => {
    const sessions = await listSessions('k1');
    const two = sessions.find((s) => s.number === 2);
    const { user } = renderApp(`/courses/k1/sessions/${two?.id ?? ''}/measures`);
    const form = await fillPhq9(user);
    const date = within(form).getByLabelText('Date answered (PHQ-9)');
    await user.clear(date);
    await user.type(date, '2026-03-02');
    await user.click(within(form).getByRole('button', { name: 'Save PHQ-9' }));
    expect(date).toHaveAccessibleDescription(
      'Session 2 is on Mon 9 Mar 2026, which has not come yet: record its scores on or after that day.',
    );
    expect(await listSessionMeasures(two?.id ?? '')).toHaveLength(0);
  });

  it('is checked by the command too: a future date is refused and nothing is stored', async () => {
    const session = (await listSessions('k1'))[0]!;
    const saving = saveSessionMeasure({
      course: { id: 'k1', clientId: 'c1' },
      session,
      date: '2026-03-03',
      kind: 'phq9',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 1],
      status: 'complete',
    });
    await expect(saving).rejects.toMatchObject({ reason: 'invalid' });
    await expect(saving).rejects.toThrow(/after today/);
    expect(await listSessionMeasures(session.id)).toHaveLength(0);
  });
});

describe('save the ratings', () => {
  it('keeps the ratings typed when the write fails; a double click then saves once', async () => {
    const put = faultOnce('ratings', 'put');
    const { user } = renderApp(url());
    const goal = await screen.findByLabelText('Goal 1: Mourn (0–10)');
    await user.type(goal, '6');
    await user.click(screen.getByRole('button', { name: 'Save ratings' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(QUOTA);
    expect(goal).toHaveValue(6);
    expect(await getRatings(sessionId)).toBeUndefined();
    put.hold(); // the second click lands while the first save is pending
    await user.dblClick(screen.getByRole('button', { name: 'Save ratings' }));
    put.release();
    expect(await screen.findByText('Ratings saved')).toHaveAttribute('role', 'status');
    expect(put.calls()).toBe(2);
    expect((await getRatings(sessionId))?.goals).toEqual([6, null]);
  });

  it('asks before leaving with ratings typed but not saved', async () => {
    const { user, router } = renderApp(url());
    await user.type(await screen.findByLabelText('Goal 1: Mourn (0–10)'), '4');
    await user.click(screen.getByRole('link', { name: 'Progress' }));
    expect(await screen.findByRole('alertdialog', { name: 'Unsaved changes' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(url());
    expect(screen.getByLabelText('Goal 1: Mourn (0–10)')).toHaveValue(4);
  });
});
