import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { listCourseFlags, putFlag } from '../../db/risk';
import { getSafetyPlan } from '../../db/safety-plans';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { fillAssessment, PASSIVE_MODERATE } from './assessment-test-util';
import { countCalls, faultOnce } from './test-faults';
import { seedCourse } from './test-seed';

const QUOTA = /run out of storage space/;
const quotaOnce = (table: string, method: 'put' | 'add' | 'bulkAdd') => faultOnce(table, method);

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-09T10:00:00'));
  await resetDatabase();
  await seedCourse();
});

describe('raise a flag (risk page)', () => {
  const detail = 'Disclosed thoughts of self-harm';

  it('keeps the typed detail and shows the quota sentence as an alert when the write fails', async () => {
    const { user } = renderApp('/courses/k1/risk');
    const box = await screen.findByLabelText('What was disclosed or observed');
    await user.type(box, detail);
    quotaOnce('riskFlags', 'put');
    await user.click(screen.getByRole('button', { name: 'Raise the flag' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(QUOTA);
    expect(box).toHaveValue(detail);
    expect(await listCourseFlags('k1')).toHaveLength(0);
  });

  it('stores one flag for a double click, and confirms it', async () => {
    const { user } = renderApp('/courses/k1/risk');
    await user.type(await screen.findByLabelText('What was disclosed or observed'), detail);
    await user.dblClick(screen.getByRole('button', { name: 'Raise the flag' }));
    expect(await screen.findByText(/^Flag raised/)).toHaveAttribute('role', 'status');
    const flags = await listCourseFlags('k1');
    expect(flags.map((f) => f.detail)).toEqual([detail]);
    expect(screen.getByLabelText('What was disclosed or observed')).toHaveValue('');
  });
});

describe('acknowledge a flag', () => {
  beforeEach(async () => {
    await putFlag({
      id: 'f1',
      clientId: 'c1',
      courseId: 'k1',
      source: 'item9',
      raisedAt: '2026-03-02T09:10:00Z',
      detail: 'PHQ-9 item 9 answered “Several days” (1) on 2026-03-02.',
      status: 'open',
    });
  });

  async function fillIn(user: ReturnType<typeof renderApp>['user']) {
    const form = await screen.findByRole('form', { name: /Acknowledge: PHQ-9 item 9/ });
    await fillAssessment(user, form, PASSIVE_MODERATE);
    return form;
  }
  const reasoning = (form: HTMLElement) =>
    within(form).getByLabelText('What your judgement rests on (your words)');

  it('keeps the record typed and the flag open when the write fails', async () => {
    const { user } = renderApp('/courses/k1/risk');
    const form = await fillIn(user);
    quotaOnce('riskFlags', 'put');
    await user.click(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(QUOTA);
    expect(reasoning(form)).toHaveValue(PASSIVE_MODERATE.reasoning);
    expect(within(form).getByLabelText('Follow-up')).toHaveValue(PASSIVE_MODERATE.followUp);
    const level = within(form).getByRole('group', { name: 'Your judgement of the risk' });
    expect(within(level).getByRole('radio', { name: 'Moderate' })).toBeChecked();
    expect((await listCourseFlags('k1'))[0]?.status).toBe('open');
  });

  it('acknowledges once for a double click and confirms it after the form has gone', async () => {
    const put = countCalls('riskFlags', 'put');
    const { user } = renderApp('/courses/k1/risk');
    const form = await fillIn(user);
    await user.dblClick(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    expect(await screen.findByText(/^Flag acknowledged .*now in the risk history/)).toHaveAttribute(
      'role',
      'status',
    );
    expect(put.calls()).toBe(1);
    const [flag] = await listCourseFlags('k1');
    expect(flag?.acknowledgement?.assessment?.level).toBe('moderate');
  });

  it('refuses a flag already acknowledged in another tab, in words', async () => {
    const { user } = renderApp('/courses/k1/risk');
    const form = await fillIn(user);
    // Another tab acknowledges it first, after this screen was read.
    const get = faultOnce(
      'riskFlags',
      'get',
      () => ({
        id: 'f1',
        clientId: 'c1',
        courseId: 'k1',
        source: 'item9',
        raisedAt: '2026-03-02T09:10:00Z',
        detail: 'x',
        status: 'acknowledged',
      }),
      'resolve',
    );
    await user.click(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/already acknowledged/);
    expect(get.calls()).toBe(1);
    expect((await listCourseFlags('k1'))[0]?.acknowledgement).toBeUndefined();
  });
});

describe('safety plan', () => {
  it('keeps the plan typed when the write fails, then saves and confirms', async () => {
    const { user } = renderApp('/clients/c1/safety-plan');
    const coping = await screen.findByLabelText('Things I can do on my own to cope');
    await user.type(coping, 'Walk the dog');
    const put = quotaOnce('safetyPlans', 'put');
    await user.click(screen.getByRole('button', { name: 'Save the safety plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(QUOTA);
    expect(coping).toHaveValue('Walk the dog');
    expect(await getSafetyPlan('c1')).toBeUndefined();
    put.hold(); // the second click lands while the first save is pending
    await user.dblClick(screen.getByRole('button', { name: 'Save the safety plan' }));
    put.release();
    expect(await screen.findByText('Safety plan saved')).toHaveAttribute('role', 'status');
    expect(put.calls()).toBe(2);
    expect((await getSafetyPlan('c1'))?.sections.coping).toEqual(['Walk the dog']);
  });
});
