import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { getSuitability } from '../../db/course-records';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { faultOnce } from './test-faults';
import { seedCourse } from './test-seed';

beforeEach(async () => {
  await resetDatabase();
  await seedCourse();
});

async function answerAll(user: ReturnType<typeof renderApp>['user']) {
  for (const item of ['Bipolar disorder', 'Psychosis', 'Active substance misuse']) {
    const group = await screen.findByRole('group', { name: `${item} present?` });
    await user.click(within(group).getByRole('radio', { name: 'No' }));
  }
  const suicidality = screen.getByRole('group', { name: 'Acute suicidality present?' });
  await user.click(within(suicidality).getByRole('radio', { name: 'Yes' }));
  const decision = screen.getByRole('group', { name: 'Clinician decision: proceed with IPT?' });
  await user.click(within(decision).getByRole('radio', { name: 'No' }));
  await user.type(screen.getByLabelText('Reason for the decision'), 'Refer to the crisis team');
}

describe('suitability check', () => {
  it('keeps the answers and the reason when the write fails, then saves once for a double click', async () => {
    const put = faultOnce('suitability', 'put');
    const { user } = renderApp('/courses/k1/suitability');
    await answerAll(user);
    await user.click(screen.getByRole('button', { name: 'Save the suitability check' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/run out of storage space/);
    expect(screen.getByLabelText('Reason for the decision')).toHaveValue(
      'Refer to the crisis team',
    );
    const suicidality = screen.getByRole('group', { name: 'Acute suicidality present?' });
    expect(within(suicidality).getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(await getSuitability('k1')).toBeUndefined();
    put.hold(); // the second click lands while the first save is pending
    await user.dblClick(screen.getByRole('button', { name: 'Save the suitability check' }));
    put.release();
    expect(await screen.findByText('Suitability check saved')).toHaveAttribute('role', 'status');
    expect(put.calls()).toBe(2);
    expect((await getSuitability('k1'))?.decision).toMatchObject({
      proceed: false,
      reason: 'Refer to the crisis team',
    });
  }, 40_000);

  it('asks before leaving with answers not saved', async () => {
    const { user, router } = renderApp('/courses/k1/suitability');
    await answerAll(user);
    await user.click(screen.getByRole('link', { name: 'Course for GX-2' }));
    expect(await screen.findByRole('alertdialog', { name: 'Unsaved changes' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard changes and leave' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/courses/k1'));
  });
});
