/**
 * A client handout addresses the client, never by their record code: by first name when a name
 * is recorded and the therapist opted in to names on paper, otherwise by no label at all (the
 * letter leaves a line to write the name in by hand).
 */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { planCourse } from '../../domain/course-plan';
import { DEFAULT_PRIVACY } from '../../domain/privacy';
import { addClient } from '../../db/clients';
import { listSessions, saveNewCourse } from '../../db/courses';
import { saveRelapsePlan, saveStoredDocument } from '../../db/documents';
import { setPrivacy } from '../../state/preferences';
import { renderApp, resetDatabase } from '../../../tests/setup/render-app';

const CODE = 'PRN-7';

async function fixture(fullName: string | undefined) {
  await resetDatabase();
  await addClient({
    id: 'c1',
    code: CODE,
    ...(fullName ? { fullName } : {}),
    archived: false,
    createdAt: '2026-01-01T10:00:00Z',
  });
  let n = 0;
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
    { courseId: 'k1', clientId: 'c1', newId: () => `s${(n += 1)}` },
    '2026-03-01T10:00:00Z',
  );
  if (!planned.ok) throw new Error('fixture');
  await saveNewCourse(planned.value, '2026-03-01T10:00:00Z');
  const s5 = (await listSessions('k1')).find((s) => s.number === 5);
  if (!s5) throw new Error('fixture');
  await saveStoredDocument({
    id: `task-card:${s5.id}`,
    courseId: 'k1',
    kind: 'task-card',
    sessionId: s5.id,
    fields: { task: 'Ask a colleague to lunch on Friday.' },
    updatedAt: '2026-03-30T10:00:00Z',
  });
  await saveRelapsePlan({
    courseId: 'k1',
    warningSigns: ['Sleeping badly'],
    triggers: [],
    helped: ['Asking directly'],
    people: ['My sister'],
    returnWhen: ['My score is 10 or more for two weeks.'],
    actions: [],
    updatedAt: '2026-05-01T10:00:00Z',
  });
  return s5.id;
}

beforeEach(() => {
  vi.setSystemTime(new Date('2026-05-06T12:00:00'));
});

describe('handouts without a name to print', () => {
  it.each([
    ['names on paper are off', 'Anna Rossi', false],
    ['no name is recorded', undefined, true],
  ])('Given %s, Then no handout addresses the client by a label', async (_, name, optIn) => {
    const s5 = await fixture(name);
    await setPrivacy({ ...DEFAULT_PRIVACY, showClientName: optIn });
    let view = renderApp(`/courses/k1/sessions/${s5}/task-card/print`);
    const article = await screen.findByRole('article', { name: 'Task card' });
    // The card's first line is the session alone
    expect(article).toHaveTextContent(/^My task this weekSession 5 of 12 · Mon 30 Mar 2026What/);
    expect(document.body).not.toHaveTextContent(CODE);
    view.unmount();
    view = renderApp('/courses/k1/summary/print');
    expect(await screen.findByRole('heading', { name: 'Your course' })).toBeVisible();
    // The letter leaves the name line for the therapist to write in
    expect(screen.getByRole('article', { name: 'Letter' })).toHaveTextContent(
      /^Dear ____________,\s*Over our/,
    );
    expect(document.body).not.toHaveTextContent(CODE);
    view.unmount();
    renderApp('/courses/k1/relapse-plan/print');
    expect(await screen.findByRole('article', { name: 'My plan for staying well' })).toBeVisible();
    expect(document.body).not.toHaveTextContent(CODE);
  });
});

describe('handouts with the name opted in', () => {
  it('Given "Anna Rossi" and names on paper, Then every handout addresses Anna by first name', async () => {
    const s5 = await fixture('Anna Rossi');
    await setPrivacy({ ...DEFAULT_PRIVACY, showClientName: true });
    let view = renderApp(`/courses/k1/sessions/${s5}/task-card/print`);
    const article = await screen.findByRole('article', { name: 'Task card' });
    expect(article).toHaveTextContent('Anna · Session 5 of 12 · Mon 30 Mar 2026');
    expect(document.body).not.toHaveTextContent(/PRN-7|Rossi/);
    view.unmount();
    view = renderApp('/courses/k1/summary/print');
    expect(await screen.findByRole('heading', { name: 'Your course, Anna' })).toBeVisible();
    expect(screen.getByRole('article', { name: 'Letter' })).toHaveTextContent(/^Dear Anna,\s*Over/);
    expect(document.body).not.toHaveTextContent(/PRN-7|Rossi/);
    view.unmount();
    renderApp('/clients/c1/safety-plan/print');
    expect(await screen.findByRole('heading', { name: 'My safety plan' })).toBeVisible();
    expect(screen.getByText('For Anna')).toBeVisible();
    expect(document.body).not.toHaveTextContent(/PRN-7|Rossi/);
  });
});
