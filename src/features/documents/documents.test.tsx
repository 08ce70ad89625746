import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { addClient } from '../../db/clients';
import { listSessions, saveNewCourse } from '../../db/courses';
import { getRelapsePlan, getStoredDocument } from '../../db/documents';
import { contractsTable } from '../../db/inventory';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

let n = 0;
const newId = () => `s${(n += 1)}`;

async function sessionId(number: number): Promise<string> {
  const s = (await listSessions('k1')).find((x) => x.number === number);
  if (!s) throw new Error('fixture');
  return s.id;
}

beforeEach(async () => {
  n = 0;
  await resetDatabase();
  await addClient({ id: 'c1', code: 'GX-2', archived: false, createdAt: '2026-01-01T10:00:00Z' });
  const planned = planCourse(
    {
      startDate: '2026-03-02',
      length: 12,
      sessionMinutes: 50,
      time: '09:00',
      primaryArea: 'role-transition',
      goals: ['Make one new friend at work'],
      mechanisms: [],
      missedSessionRule: 'counts-as-used',
      unavailableDates: [],
    },
    { courseId: 'k1', clientId: 'c1', newId },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
});

describe('documents hub', () => {
  it('lists a task card per week and the other documents', async () => {
    // Given a 12-week course, When the hub opens
    renderApp('/courses/k1/documents');
    // Then each week has a card to generate, and the plan, summary, pack and safety plan are there
    expect(await screen.findByRole('link', { name: 'Generate task card 12' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Edit the relapse-prevention plan' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Print the safety plan' })).toHaveAttribute(
      'href',
      '/clients/c1/safety-plan/print',
    );
  });
});

describe('task card editor', () => {
  it('refuses an empty task at the field, then saves the edited card', async () => {
    // Given session 5's card
    const id = await sessionId(5);
    const { user } = renderApp(`/courses/k1/sessions/${id}/task-card`);
    const task = await screen.findByLabelText('The task, in the client’s words');
    // When saved empty, Then the field says why
    await user.click(screen.getByRole('button', { name: 'Save the card' }));
    expect(await screen.findByText('Write the task in the client’s words.')).toBeInTheDocument();
    expect(task).toHaveAttribute('aria-invalid', 'true');
    // When a task is written and saved
    await user.type(task, 'Ask my colleague to lunch');
    await user.type(screen.getByLabelText('When'), 'Friday');
    await user.click(screen.getByRole('button', { name: 'Save the card' }));
    // Then it is stored for the print view
    expect(await screen.findByText('Task card saved.')).toBeInTheDocument();
    expect((await getStoredDocument(`task-card:${id}`))?.fields).toMatchObject({
      task: 'Ask my colleague to lunch',
      when: 'Friday',
    });
  });

  it('warns that a jargon sentence will be left off the card', async () => {
    const id = await sessionId(5);
    const { user } = renderApp(`/courses/k1/sessions/${id}/task-card`);
    await user.type(
      await screen.findByLabelText('The task, in the client’s words'),
      'Work on the sick role.',
    );
    await user.click(screen.getByRole('button', { name: 'Save the card' }));
    expect(await screen.findByText(/“sick role” is not for client paper/)).toBeInTheDocument();
  });
});

describe('relapse plan editor', () => {
  it('drafts the way back, requires warning signs, then saves one line per item', async () => {
    // Given a new plan, Then the default "when to come back" lines are drafted
    const { user } = renderApp('/courses/k1/relapse-plan');
    const back = await screen.findByLabelText('When to come back, and how');
    expect((back as HTMLTextAreaElement).value).toContain('10 or more for two weeks');
    // When saved without warning signs, Then the field explains
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(await screen.findByText('Add at least one early warning sign.')).toBeInTheDocument();
    // When signs are added, Then it saves them as lines
    await user.type(
      screen.getByLabelText('My early warning signs'),
      'Sleeping badly{Enter}Staying in',
    );
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(await screen.findByText('Relapse plan saved.')).toBeInTheDocument();
    expect((await getRelapsePlan('k1'))?.warningSigns).toEqual(['Sleeping badly', 'Staying in']);
  });
});

describe('summary letter', () => {
  it('drafts the letter from the record and stores the edited text', async () => {
    const { user } = renderApp('/courses/k1/summary');
    const letter = await screen.findByLabelText('Letter to the client');
    expect((letter as HTMLTextAreaElement).value).toMatch(/^Dear ____________,/);
    await user.clear(letter);
    await user.type(letter, 'Dear Anna, thank you.');
    await user.click(screen.getByRole('button', { name: 'Save the letter' }));
    expect(await screen.findByText('Letter saved.')).toBeInTheDocument();
    expect((await getStoredDocument('summary:k1'))?.fields.letter).toBe('Dear Anna, thank you.');
  });
});

describe('supervision pack', () => {
  it('is refused with a link to the contract when consent is not recorded', async () => {
    renderApp('/courses/k1/supervision');
    expect(await screen.findByText('Not available without consent')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the contract' })).toHaveAttribute(
      'href',
      '/courses/k1/formulation',
    );
  });

  it('offers the adherence self-check once consent is recorded', async () => {
    // Given a contract with consent to supervision
    await contractsTable().put({
      id: 't1',
      courseId: 'k1',
      sessions: 12,
      endDate: '2026-05-18',
      frequency: 'weekly',
      missedSessionRule: 'counts-as-used',
      supervisionConsent: true,
      recordingConsent: false,
      agreed: true,
      agreedDate: '2026-03-16',
    });
    const { user } = renderApp('/courses/k1/supervision');
    // When the therapist answers a question and saves
    const group = await screen.findByRole('group', { name: 'Was the treatment contract agreed?' });
    expect(group).toHaveTextContent('The contract is marked agreed.');
    await user.click(screen.getAllByRole('radio', { name: 'Yes' })[2] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Save the self-check' }));
    // Then it is saved, and the unanswered questions are noted
    expect(await screen.findByText('Self-check saved.')).toBeInTheDocument();
    expect(screen.getByText('5 of 6 questions are not answered yet.')).toBeInTheDocument();
  });
});
