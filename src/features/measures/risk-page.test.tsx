import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { RiskFlag } from '../../domain/measures';
import { listCourseFlags, putFlag } from '../../db/risk';
import { saveSafetyPlan } from '../../db/safety-plans';
import { setCrisisContacts } from '../../db/settings';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

import { fillAssessment, PASSIVE_MODERATE } from './assessment-test-util';
import { seedCourse } from './test-seed';

const OPEN: RiskFlag = {
  id: 'f1',
  clientId: 'c1',
  courseId: 'k1',
  source: 'item9',
  raisedAt: '2026-03-02T09:10:00Z',
  detail: 'PHQ-9 item 9 answered “Several days” (1) on 2026-03-02.',
  status: 'open',
};

/** A flag acknowledged a week earlier with a full assessment (low, passive thoughts). */
const EARLIER: RiskFlag = {
  ...OPEN,
  id: 'f0',
  raisedAt: '2026-02-23T09:10:00Z',
  status: 'acknowledged',
  acknowledgement: {
    assessed: true,
    safetyPlan: 'reviewed',
    action: 'Safety plan reviewed; crisis contacts given; no one else informed; follow-up: weekly',
    note: 'Fleeting thoughts, strong reasons for living',
    at: '2026-02-23T10:00:00Z',
    assessment: {
      thoughts: 'passive',
      plan: 'no',
      intent: 'no',
      meansAccess: 'no',
      history: 'none',
      historyDetail: '',
      protectiveFactors: 'Her grandchildren',
      level: 'low',
      levelReasoning: 'Fleeting thoughts, strong reasons for living',
      safetyPlan: 'reviewed',
      crisisContactsGiven: true,
      othersInformed: '',
      followUp: 'weekly',
    },
  },
};

const storedPlan = () =>
  saveSafetyPlan({
    clientId: 'c1',
    sections: {
      warningSigns: [],
      coping: ['Walk the dog'],
      peoplePlaces: [],
      professionals: [],
      saferEnvironment: [],
    },
    updatedAt: '2026-03-01T10:00:00Z',
  });

beforeEach(async () => {
  vi.setSystemTime(new Date('2026-03-09T10:00:00'));
  await resetDatabase();
  await seedCourse();
  await setCrisisContacts([{ name: 'Crisis line', phone: '116 123' }]);
  await putFlag(OPEN);
});

const openForm = () => screen.findByRole('form', { name: /Acknowledge: PHQ-9 item 9/ });

describe('structured risk assessment', () => {
  it('shows the open flag first, nothing chosen, and refuses a blank assessment at each field', async () => {
    const { user } = renderApp('/courses/k1/risk');
    const banner = await screen.findByRole('region', { name: 'Open risk flag' });
    expect(within(banner).getByText(/Crisis line 116 123/)).toBeInTheDocument();
    const form = await openForm();
    for (const radio of within(form).getAllByRole('radio')) expect(radio).not.toBeChecked();
    await user.click(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    const group = (name: string) => within(form).getByRole('group', { name });
    expect(group('Thoughts of death or suicide')).toHaveAccessibleDescription(
      'Record thoughts of death or suicide: none, passive or active.',
    );
    expect(group('A plan')).toHaveAccessibleDescription('Record whether there is a plan.');
    expect(group('Intent to act')).toHaveAccessibleDescription(
      'Record whether there is intent to act.',
    );
    expect(group('Access to means')).toHaveAccessibleDescription(
      'Record whether the client has access to means.',
    );
    expect(group('Your judgement of the risk')).toHaveAccessibleDescription(
      'Give your judgement of the risk: low, moderate or high.',
    );
    expect(within(form).getByLabelText('Protective factors')).toHaveAccessibleDescription(
      'Write the protective factors (or that none were found).',
    );
    expect(within(form).getByLabelText('Follow-up')).toHaveAccessibleDescription(
      'Write the follow-up (when risk is next reviewed).',
    );
    expect((await listCourseFlags('k1'))[0]?.status).toBe('open');
  });

  it('never offers "Assessed, plan unchanged" on a first flag', async () => {
    renderApp('/courses/k1/risk');
    await openForm();
    expect(screen.queryByRole('button', { name: /plan unchanged/ })).not.toBeInTheDocument();
  });

  it('asks when and what for a past attempt', async () => {
    const { user } = renderApp('/courses/k1/risk');
    const form = await openForm();
    await fillAssessment(user, form, {
      ...PASSIVE_MODERATE,
      history: /^Attempt or self-harm within/,
    });
    await user.click(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    expect(within(form).getByLabelText('When, and what happened')).toHaveAccessibleDescription(
      'Say when, and what happened.',
    );
    expect((await listCourseFlags('k1'))[0]?.status).toBe('open');
  });

  it('refuses "Safety plan made" when the client has no safety plan, with a link to write it', async () => {
    const { user } = renderApp('/courses/k1/risk');
    const form = await openForm();
    await fillAssessment(user, form, { ...PASSIVE_MODERATE, safetyPlan: 'Safety plan made' });
    await user.click(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    const plan = within(form).getByRole('group', { name: 'Safety plan' });
    expect(plan).toHaveAccessibleDescription(
      'There is no safety plan for this client yet: write it first (Safety plan), then record it here.',
    );
    expect(within(plan).getByRole('link', { name: /safety plan/ })).toHaveAttribute(
      'href',
      '/clients/c1/safety-plan',
    );
    expect((await listCourseFlags('k1'))[0]?.status).toBe('open');
  });

  it('accepts "Safety plan reviewed" once the plan exists', async () => {
    await storedPlan();
    const { user } = renderApp('/courses/k1/risk');
    const form = await openForm();
    await fillAssessment(user, form, { ...PASSIVE_MODERATE, safetyPlan: 'Safety plan reviewed' });
    await user.click(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    expect(await screen.findByText(/^Flag acknowledged/)).toHaveAttribute('role', 'status');
    expect((await listCourseFlags('k1'))[0]?.acknowledgement?.safetyPlan).toBe('reviewed');
  });

  it('stores the assessment with the older fields filled from it, and lists it in the history', async () => {
    const { user } = renderApp('/courses/k1/risk');
    const form = await openForm();
    await fillAssessment(user, form, PASSIVE_MODERATE);
    await user.click(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    const history = await screen.findByRole('list', { name: 'Acknowledged flags' });
    expect(history).toHaveTextContent(
      'Risk assessment Mon 9 Mar 2026: moderate (passive thoughts, no plan, no intent, access to means)',
    );
    expect(history).toHaveTextContent(PASSIVE_MODERATE.reasoning);
    const ack = (await listCourseFlags('k1'))[0]?.acknowledgement;
    expect(ack?.assessment).toEqual({
      thoughts: 'passive',
      plan: 'no',
      intent: 'no',
      meansAccess: 'yes',
      history: 'none',
      historyDetail: '',
      protectiveFactors: 'Her daughter; weekly choir',
      level: 'moderate',
      levelReasoning: PASSIVE_MODERATE.reasoning,
      safetyPlan: 'not-needed',
      crisisContactsGiven: true,
      othersInformed: 'GP, with consent',
      followUp: 'Review item 9 next session',
    });
    expect(ack).toMatchObject({
      assessed: true,
      safetyPlan: 'not-needed',
      note: PASSIVE_MODERATE.reasoning,
      action:
        'No safety plan needed; crisis contacts given; informed: GP, with consent; follow-up: Review item 9 next session',
    });
  });

  it('shows the earlier assessment and copies it forward for the clinician to confirm', async () => {
    await putFlag(EARLIER);
    await storedPlan();
    const { user } = renderApp('/courses/k1/risk');
    const form = await openForm();
    expect(form).toHaveTextContent(
      'Last risk assessment Mon 23 Feb 2026: low (passive thoughts, no plan, no intent)',
    );
    await user.click(within(form).getByRole('button', { name: /Assessed, plan unchanged/ }));
    // Copied, not saved: the flag stays open until the clinician confirms.
    expect((await listCourseFlags('k1')).find((f) => f.id === 'f1')?.status).toBe('open');
    const level = within(form).getByRole('group', { name: 'Your judgement of the risk' });
    expect(within(level).getByRole('radio', { name: 'Low' })).toBeChecked();
    const reasoning = within(form).getByLabelText('What your judgement rests on (your words)');
    expect(reasoning).toHaveValue('Fleeting thoughts, strong reasons for living');
    await user.type(reasoning, '; unchanged this week');
    await user.click(within(form).getByRole('button', { name: 'Acknowledge flag' }));
    expect(await screen.findByText(/^Flag acknowledged/)).toBeInTheDocument();
    const now = (await listCourseFlags('k1')).find((f) => f.id === 'f1')?.acknowledgement;
    expect(now?.assessment?.level).toBe('low');
    expect(now?.note).toBe('Fleeting thoughts, strong reasons for living; unchanged this week');
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
