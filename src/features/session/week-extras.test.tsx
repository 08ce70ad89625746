import { screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { buildAgenda } from '../../domain/agenda/generate';
import type { InventoryPerson } from '../../domain/inventory';
import { getSavedAgenda, saveAgenda } from '../../db/agendas';
import { getCourse, updateCourse } from '../../db/courses';
import { listFocusChanges } from '../../db/focus-changes';
import { savePerson } from '../../db/inventory';
import { saveMeasure } from '../../db/measures';
import { renderApp } from '../../../tests/setup/render-app';

import { seedDisputeCourse } from './fixture.test-util';

beforeEach(async () => {
  // Given Monday 30 March 2026 at midday: the day of session 5, weeks 1–4 behind it
  vi.setSystemTime(new Date('2026-03-30T12:00:00'));
  await seedDisputeCourse();
});

/** The partner, as the inventory form stores a person: every field the form asks for. */
const person: InventoryPerson = {
  id: 'p1',
  clientId: 'c1',
  courseId: 'k1',
  order: 0,
  name: 'Sam',
  relationship: 'Partner',
  ring: 1,
  contactFrequency: 'Every day',
  good: 'Shared jokes, cooking together',
  notGood: 'Rows about money end in silence',
  wouldChange: 'Talk about money without shouting',
  expectationsClient: 'Sam shares decisions about money',
  expectationsOther: 'Robin trusts Sam to decide',
  expectationsMet: 'no',
  canConfide: 'unsure',
  conflicts: 'Money, time with friends',
  changeSinceOnset: 'Talks stopped after the move',
  problemArea: 'role-dispute',
  createdAt: '2026-03-02T10:00:00Z',
};

/**
 * A complete PHQ-9 as the measures screen stores it: nine answers 0–3 and their sum, saved
 * through the repository so a flag is raised exactly as the app raises it.
 */
async function recordPhq9(id: string, sessionId: string, date: string, answers: number[]) {
  await saveMeasure(
    {
      id,
      clientId: 'c1',
      courseId: 'k1',
      sessionId,
      kind: 'phq9',
      date,
      answers,
      total: answers.reduce((sum, a) => sum + a, 0),
      status: 'complete',
      recordedAt: `${date}T10:00:00Z`,
    },
    { newId: () => `flag-${id}`, now: `${date}T10:05:00Z` },
  );
}

describe('week screen: risk, scores and the focus person', () => {
  it('shows an open risk flag first, the latest PHQ-9 against baseline and who the focus is with', async () => {
    // Given a baseline PHQ-9 of 18 in week 1, and in week 5 a PHQ-9 of 9 with item 9 answered
    // "Several days" (1), which raises an open flag; and the partner tied to the dispute
    await recordPhq9('m1', 's1', '2026-03-02', [3, 2, 2, 2, 2, 2, 3, 2, 0]);
    await recordPhq9('m2', 's5', '2026-03-30', [1, 1, 1, 1, 1, 1, 1, 1, 1]);
    await savePerson(person);
    renderApp('/courses/k1/sessions/s5');
    // Then the flag comes before the agenda, with its way to the risk page
    const banner = await screen.findByRole('region', { name: 'Open risk flag' });
    expect(within(banner).getByText(/item 9 .* answered “Several days” \(1\)/)).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: /Assess and acknowledge/ })).toHaveAttribute(
      'href',
      '/courses/k1/risk',
    );
    expect(
      // 9 against a baseline of 18 is a fall of 50%: a response; 9 is in the mild band (5–9);
      // item 9 was answered 1 (reference section 7)
      screen.getByText(
        /^PHQ-9 9 \(mild\) on Mon 30 Mar 2026, item 9: 1; baseline 18, down 50%; response/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Role dispute (impasse), with Sam', { selector: 'dd' }),
    ).toBeInTheDocument();
    // And the agenda puts the risk assessment first
    const agenda = screen.getByRole('region', { name: 'Agenda' });
    expect(within(agenda).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent(/risk/i);
  });

  it('links to the formulation on the last initial session and to measures every week', async () => {
    renderApp('/courses/k1/sessions/s3');
    expect(
      await screen.findByRole('link', { name: 'Formulation and treatment contract' }),
    ).toHaveAttribute('href', '/courses/k1/formulation');
    expect(screen.getByRole('link', { name: 'Record measures' })).toHaveAttribute(
      'href',
      '/courses/k1/sessions/s3/measures',
    );
  });
});

describe('week screen: regenerating after the plan changed', () => {
  async function savedWithEdit() {
    const course = await getCourse('k1');
    if (!course) throw new Error('fixture');
    const generated = buildAgenda({
      course,
      sessionNumber: 5,
      missedBefore: 0,
      strategyUse: {},
      focus: { area: 'role-dispute', stage: 'impasse' },
    }).segments;
    const edited = generated.map((s, i) => (i === 0 ? { ...s, title: 'My own opening' } : s));
    await saveAgenda({
      sessionId: 's5',
      courseId: 'k1',
      segments: edited,
      generatedBase: generated,
      notes: '',
      strategiesUsed: [],
      updatedAt: '2026-03-30T10:00:00Z',
    });
    // When the plan changes: the session length goes from 50 to 60 minutes
    await updateCourse('k1', { sessionMinutes: 60 });
  }

  it('shows what would change and keeps the therapist’s agenda when asked', async () => {
    await savedWithEdit();
    const { user } = renderApp('/courses/k1/sessions/s5');
    expect(
      await screen.findByText('The plan has changed since you edited this agenda'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Changed: Scores and the week since last time/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep my agenda' }));
    // Then the notice goes, and the therapist's parts stay
    await waitForElementToBeRemoved(() =>
      screen.queryByText('The plan has changed since you edited this agenda'),
    );
    expect(screen.getByRole('heading', { level: 3, name: /My own opening/ })).toBeInTheDocument();
    expect((await getSavedAgenda('s5'))?.segments[0]?.title).toBe('My own opening');
  });

  it('replaces the agenda with the new suggestions only when the therapist chooses it', async () => {
    await savedWithEdit();
    const { user } = renderApp('/courses/k1/sessions/s5');
    await user.click(await screen.findByRole('button', { name: 'Take the new suggestions' }));
    expect(await screen.findByText('Total: 60 of 60 minutes.')).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { level: 3, name: /My own opening/ }),
    ).not.toBeInTheDocument();
  });
});

describe('week screen: changing the focus', () => {
  it('asks for a reason, shows the change for confirmation, then records it as history', async () => {
    const { user } = renderApp('/courses/k1/sessions/s9');
    await screen.findByRole('heading', { level: 1, name: /Session 9 of 16/ });
    await user.click(screen.getByText('Change the focus from this session'));
    await user.selectOptions(screen.getByLabelText('Stage of the dispute'), 'renegotiation');
    await user.click(screen.getByRole('button', { name: 'Review the change' }));
    // Then a missing reason is refused at its field, nothing saved
    expect(screen.getByRole('alert')).toHaveTextContent('Write why the focus changes.');
    await user.type(screen.getByLabelText('Reason for the change'), 'They are talking again');
    await user.click(screen.getByRole('button', { name: 'Review the change' }));
    expect(
      screen.getByText(
        /From session 9: Role dispute \(impasse\) → Role dispute \(renegotiation\)\./,
      ),
    ).toBeInTheDocument();
    expect(await listFocusChanges('k1')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Confirm the change' }));
    // Then it is kept, and this week's agenda follows it
    expect(
      await screen.findByText(
        'Focus change confirmed: from session 9, Role dispute (renegotiation)',
      ),
    ).toHaveAttribute('role', 'status');
    const history = await screen.findByRole('table', { name: 'Focus history' });
    expect(within(history).getByText('They are talking again')).toBeInTheDocument();
    expect(
      await screen.findByText('Role dispute (renegotiation)', { selector: 'dd' }),
    ).toBeInTheDocument();
    expect(await listFocusChanges('k1')).toHaveLength(1);
  });
});

describe('print views', () => {
  it('prints the week with the client code and the partner by role, without the menu', async () => {
    await savePerson(person);
    renderApp('/courses/k1/sessions/s5/print');
    const page = await screen.findByRole('article', { name: 'Session 5 of 16, 11 left' });
    expect(within(page).getByText('Client RD-7')).toBeInTheDocument();
    expect(page).toHaveTextContent(/with partner/);
    expect(page).not.toHaveTextContent(/Sam|Robin Doe|Strategy menu/);
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '/courses/k1/sessions/s5',
    );
  });

  it('prints the whole course, one article per numbered session', async () => {
    renderApp('/courses/k1/print');
    expect(await screen.findAllByRole('article')).toHaveLength(16);
  });
});
