import { describe, expect, it } from 'vitest';
import type { DisputeStage, ProblemArea } from '../types';
import { buildAgenda } from './generate';
import { courseOf } from './test-fixtures';
import type { Agenda } from './types';

const ids = (a: Agenda) => a.segments.map((s) => s.id);
const strategyIds = (a: Agenda) => ids(a).filter((id) => id.startsWith('strategy-'));
const sessions = (length: number) => Array.from({ length }, (_, i) => i + 1);

describe('buildAgenda', () => {
  it('Given session 9 of 16, the title counts down', () => {
    // Given a 16-week course / When session 9 is built
    const agenda = buildAgenda({ course: courseOf(), sessionNumber: 9 });
    // Then the header says how many are left
    expect(agenda.title).toBe('Session 9 of 16, 7 left');
    expect(agenda.left).toBe(7);
  });

  const minuteCases = [12, 14, 16].flatMap((length) =>
    [45, 50, 60].flatMap((minutes) => sessions(length).map((n) => [length, minutes, n] as const)),
  );
  it.each(minuteCases)(
    'Given a %i-week course of %i minutes, session %i sums exactly',
    (length, minutes, n) => {
      // Given a course with that session length
      const course = courseOf({ length, sessionMinutes: minutes });
      // When the session's agenda is built
      const agenda = buildAgenda({
        course,
        sessionNumber: n,
        previous: { held: true, taskSet: 'Call Sam' },
      });
      // Then the minutes are whole, non-negative and add up to the session length
      const total = agenda.segments.reduce((sum, s) => sum + s.minutes, 0);
      expect(total).toBe(minutes);
      expect(agenda.segments.every((s) => Number.isInteger(s.minutes) && s.minutes >= 0)).toBe(
        true,
      );
    },
  );

  it.each([
    [1, 'initial', 'sick-role'],
    [2, 'initial', 'tentative-area'],
    [3, 'initial', 'contract'],
    [4, 'middle', 'task-review'],
    [14, 'termination', 'progress'],
    [15, 'termination', 'ending-feelings'],
    [16, 'termination', 'letter'],
  ])('Given session %i of 16, it is %s and holds %s', (n, phase, segment) => {
    // Given a 16-week course / When session n is built
    const agenda = buildAgenda({ course: courseOf(), sessionNumber: n });
    // Then the phase and its characteristic segment are there
    expect(agenda.phase).toBe(phase);
    expect(ids(agenda)).toContain(segment);
  });

  it('Given the three initial sessions, each has different content', () => {
    // Given a standard initial phase of 3 / When sessions 1–3 are built
    const [one, two, three] = [1, 2, 3].map((n) =>
      buildAgenda({ course: courseOf(), sessionNumber: n }),
    );
    // Then session 1 starts the inventory, 2 proposes an area, 3 agrees the contract
    expect(ids(one!)).toEqual([
      'opening',
      'symptom-review',
      'sick-role',
      'inventory',
      'explain-ipt',
    ]);
    expect(ids(two!)).toContain('tentative-area');
    expect(ids(two!)).not.toContain('contract');
    expect(ids(three!)).toEqual(expect.arrayContaining(['formulation', 'contract']));
  });

  it.each([
    [1, 1, ['sick-role', 'formulation', 'contract']],
    [2, 1, ['sick-role', 'inventory']],
    [2, 2, ['formulation', 'contract']],
    [4, 3, ['formulation']],
    [4, 4, ['contract']],
  ])(
    'Given an initial phase of %i, session %i merges as needed (%j)',
    (initialEnd, n, expected) => {
      // Given a course whose initial phase has that length
      const course = courseOf({ length: 16, boundaries: { initialEnd, middleEnd: 13 } });
      // When the session is built
      const agenda = buildAgenda({ course, sessionNumber: n });
      // Then it holds the merged or split content
      expect(agenda.phase).toBe('initial');
      expect(ids(agenda)).toEqual(expect.arrayContaining(expected));
    },
  );

  it('Given a four-session initial phase, session 3 leaves the contract to session 4', () => {
    // Given initial 1–4 / When session 3 is built / Then no contract yet
    const course = courseOf({ boundaries: { initialEnd: 4, middleEnd: 13 } });
    expect(ids(buildAgenda({ course, sessionNumber: 3 }))).not.toContain('contract');
  });

  // The aim of each step in the words of ipt-agenda-content.md section 2 (the Aim column)
  const AIMS: Record<string, Record<'early' | 'mid' | 'late', RegExp>> = {
    grief: { early: /mourning start/, mid: /balanced picture/, late: /Re-engage/ },
    'role-dispute:renegotiation': {
      early: /Define the dispute/,
      mid: /communicate/,
      late: /Consolidate/,
    },
    'role-dispute:impasse': {
      early: /stalled/,
      mid: /renegotiation or a considered decision/,
      late: /Re-stage/,
    },
    'role-dispute:dissolution': {
      early: /considered/,
      mid: /separation/,
      late: /beyond the relationship/,
    },
    'role-transition': {
      early: /mourn the old role/,
      mid: /new role realistically/,
      late: /mastery/,
    },
    'interpersonal-deficits': {
      early: /repeating pattern/,
      mid: /graded social steps/,
      late: /Deepen/,
    },
  };
  const focusCases: [ProblemArea, DisputeStage | undefined][] = [
    ['grief', undefined],
    ['role-transition', undefined],
    ['interpersonal-deficits', undefined],
    ['role-dispute', 'renegotiation'],
    ['role-dispute', 'impasse'],
    ['role-dispute', 'dissolution'],
  ];
  // Section 1 of the content file: in 16 weeks early is 4–6, mid 7–10, late 11–13
  const stepCases = focusCases.flatMap(([area, stage]) =>
    (
      [
        [4, 'early'],
        [6, 'early'],
        [7, 'mid'],
        [10, 'mid'],
        [11, 'late'],
        [13, 'late'],
      ] as const
    ).map(([n, step]) => [area, stage, n, step] as const),
  );
  it.each(stepCases)('Given %s (%s), week %i of 16 works the %s step', (area, stage, n, step) => {
    // Given a 16-week course with that focus
    const course = courseOf({
      primaryArea: area,
      ...(stage ? { disputeStage: stage } : { disputeStage: undefined }),
    });
    // When the middle week is built
    const agenda = buildAgenda({ course, sessionNumber: n });
    // Then the step is the reference's, and the leading strategy states that step's aim
    expect(agenda.step).toBe(step);
    const lead = agenda.segments.find((s) => s.id.startsWith('strategy-'));
    const key = area === 'role-dispute' ? `role-dispute:${stage}` : area;
    expect(lead?.content[0]).toMatch(AIMS[key]![step]);
    expect(agenda.taskToSet.suggestions.length).toBeGreaterThan(0);
  });

  it('Given the three dispute stages, the same week gives three different strategy sets', () => {
    // Given three courses differing only in stage / When week 8 is built
    const sets = (['renegotiation', 'impasse', 'dissolution'] as const).map((disputeStage) =>
      strategyIds(buildAgenda({ course: courseOf({ disputeStage }), sessionNumber: 8 })).join(),
    );
    // Then no two stages share a strategy set
    expect(new Set(sets).size).toBe(3);
  });

  it('Given week 5 and week 9 of a 16-week course, the agendas differ', () => {
    // Given a role-transition course / When weeks 5 and 9 are built
    const course = courseOf({ primaryArea: 'role-transition', disputeStage: undefined });
    const five = buildAgenda({ course, sessionNumber: 5 });
    const nine = buildAgenda({ course, sessionNumber: 9 });
    // Then they sit at different steps with different strategies
    expect([five.step, nine.step]).toEqual(['early', 'mid']);
    expect(strategyIds(five)).not.toEqual(strategyIds(nine));
  });

  it.each([
    [4, 'first middle week', 'early'],
    [13, 'week the ending is raised', 'late'],
  ])('Given week %i of 16 (%s), the step is %s', (n, _label, step) => {
    // Given a 16-week course / When the week is built / Then its step
    expect(buildAgenda({ course: courseOf(), sessionNumber: n }).step).toBe(step);
  });

  it('Given the same input twice, the agendas are deep-equal', () => {
    // Given one full input
    const input = {
      course: courseOf({ secondaryArea: 'role-transition', mechanisms: ['interpersonal-skills'] }),
      sessionNumber: 8,
      previous: { held: true, taskSet: 'Ask for help', taskOutcome: 'partly' as const },
      strategyUse: { 'renegotiation-options': 6 },
      latestScore: { total: 14, baseline: 18, item9: 0 },
      focusPersonLabel: 'partner',
    };
    // When it is built twice / Then the results are equal
    expect(buildAgenda(input)).toEqual(buildAgenda(structuredClone(input)));
  });

  it('Given a focus person, the strategy work names them', () => {
    // Given a person label / When a middle week is built / Then the focus and first strategy show it
    const agenda = buildAgenda({
      course: courseOf(),
      sessionNumber: 6,
      focusPersonLabel: ' partner ',
    });
    expect(agenda.focus.personLabel).toBe('partner');
    const first = agenda.segments.find((s) => s.id.startsWith('strategy-'));
    expect(first?.content).toContain('The other side of the dispute: your partner.');
    expect(first?.content.join(' ')).toContain('your partner');
  });

  it('Given an interpersonal-deficits course, the weaker-outcomes caution is a reminder', () => {
    // Given a deficits focus / When any session is built / Then the caution is there
    const course = courseOf({ primaryArea: 'interpersonal-deficits', disputeStage: undefined });
    const codes = sessions(16).map((n) =>
      buildAgenda({ course, sessionNumber: n }).reminders.map((r) => r.code),
    );
    expect(codes.every((c) => c.includes('deficits-caution'))).toBe(true);
    // And a grief course does not carry it
    const grief = buildAgenda({ course: courseOf({ primaryArea: 'grief' }), sessionNumber: 6 });
    expect(grief.reminders.map((r) => r.code)).not.toContain('deficits-caution');
  });
});
