import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { putFlag } from '../../db/risk';
import { listCourseFlags } from '../../db/risk';
import { setCrisisContacts } from '../../db/settings';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { seedCourse } from './test-seed';

beforeEach(async () => {
  await resetDatabase();
  await seedCourse();
  await setCrisisContacts([{ name: 'Crisis line', phone: '116 123' }]);
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

describe('risk page', () => {
  it('shows the open flag first with crisis contacts, and refuses an incomplete acknowledgement at the fields', async () => {
    const { user } = renderApp('/courses/k1/risk');
    const banner = await screen.findByRole('region', { name: 'Open risk flag' });
    expect(within(banner).getByText(/Crisis line 116 123/)).toBeInTheDocument();
    // When acknowledged with nothing filled in
    const form = screen.getByRole('form', { name: /Acknowledge: PHQ-9 item 9/ });
    await user.click(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    // Then each missing part is named at its field and the flag stays open
    expect(
      within(form).getByLabelText('I assessed risk in this session'),
    ).toHaveAccessibleDescription('Tick that you assessed risk in this session.');
    expect(
      within(form).getByText('Say whether the safety plan was reviewed, made or not needed.'),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Action taken')).toHaveAccessibleDescription(
      'Write the action taken.',
    );
    expect((await listCourseFlags('k1'))[0]?.status).toBe('open');
  });

  it('moves an acknowledged flag to the risk history with its acknowledgement', async () => {
    const { user } = renderApp('/courses/k1/risk');
    const form = await screen.findByRole('form', { name: /Acknowledge/ });
    await user.click(within(form).getByLabelText('I assessed risk in this session'));
    await user.click(within(form).getByRole('radio', { name: 'Safety plan made' }));
    await user.type(within(form).getByLabelText('Action taken'), 'Safety plan made with client');
    await user.type(
      within(form).getByLabelText('Note of the assessment'),
      'Passive ideation, no plan',
    );
    await user.click(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    const history = await screen.findByRole('list', { name: 'Acknowledged flags' });
    expect(
      within(history).getByText(/safety plan made\. Action: Safety plan made with client/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Open risk flag' })).not.toBeInTheDocument();
    const [flag] = await listCourseFlags('k1');
    expect(flag?.acknowledgement?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('offers the weekly "assessed, plan unchanged" acknowledgement', async () => {
    const { user } = renderApp('/courses/k1/risk');
    await user.click(await screen.findByRole('button', { name: /Assessed, plan unchanged/ }));
    expect(await screen.findByText(/reviewed and unchanged/)).toBeInTheDocument();
  });

  it('raises a flag by hand, refusing an empty description', async () => {
    const { user } = renderApp('/courses/k1/risk');
    await user.click(await screen.findByRole('button', { name: 'Raise the flag' }));
    expect(screen.getByLabelText('What was disclosed or observed')).toHaveAccessibleDescription(
      'Write what was disclosed or observed.',
    );
    await user.type(
      screen.getByLabelText('What was disclosed or observed'),
      'Disclosed thoughts of self-harm',
    );
    await user.click(screen.getByRole('button', { name: 'Raise the flag' }));
    expect(await screen.findByRole('region', { name: '2 open risk flags' })).toBeInTheDocument();
  });
});
