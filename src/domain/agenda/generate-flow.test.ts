import { describe, expect, it } from 'vitest';
import { buildAgenda } from './generate';
import { courseOf } from './test-fixtures';
import type { Agenda, AgendaInput } from './types';

const ids = (a: Agenda) => a.segments.map((s) => s.id);
const codes = (a: Agenda) => a.reminders.map((r) => r.code);
const build = (n: number, over: Partial<AgendaInput> = {}, course = courseOf()) =>
  buildAgenda({ course, sessionNumber: n, ...over });

describe('buildAgenda: task review', () => {
  it('Given a task set last week, the review segment quotes it by name', () => {
    // Given last week's task / When week 6 is built
    const agenda = build(6, {
      previous: { held: true, taskSet: 'Ask Sam to help with the school run' },
    });
    // Then the title and the content quote the task, and it is the one to review
    const review = agenda.segments.find((s) => s.id === 'task-review');
    expect(review?.title).toBe('Review the task');
    expect(review?.content[0]).toBe('Last task: "Ask Sam to help with the school run".');
    expect(agenda.taskToReview).toEqual({ text: 'Ask Sam to help with the school run' });
  });

  it.each([
    ['done', 'credit the client'],
    ['partly', 'Role-play the stalled part'],
    ['not-done', 'sick role'],
    ['overtaken', "session's incident"],
  ] as const)('Given the task was %s, the review carries the matching move', (outcome, phrase) => {
    // Given an outcome / When the week is built
    const agenda = build(7, {
      previous: { held: true, taskSet: 'Call Dana', taskOutcome: outcome },
    });
    // Then the review holds the move for that outcome
    const text = agenda.segments.find((s) => s.id === 'task-review')?.content.join(' ');
    expect(text).toContain(phrase);
    expect(agenda.taskToReview?.outcome).toBe(outcome);
  });

  it.each(['partly', 'not-done'] as const)(
    'Given a task %s, a smaller step is offered apart and the task is not set again word for word',
    (outcome) => {
      // Given the outcome / When built with and without it
      const without = build(7, { previous: { held: true, taskSet: 'Call Dana' } });
      const agenda = build(7, {
        previous: { held: true, taskSet: 'Call Dana', taskOutcome: outcome },
      });
      // Then the week's suggestions stay as they were (nothing moves under the pointer)
      expect(agenda.taskToSet.suggestions).toEqual(without.taskToSet.suggestions);
      // And a smaller, rehearsed step is offered on its own, never the same task again
      expect(agenda.taskToSet.afterOutcome?.[0]).toMatch(/smaller/i);
      expect(agenda.taskToSet.afterOutcome).not.toContain('Call Dana');
      expect(agenda.taskToSet.suggestions).not.toContain('Call Dana');
    },
  );

  it('Given no task last week, the review says so and nothing is quoted', () => {
    // Given no previous task / When built / Then no task to review
    const agenda = build(5);
    expect(agenda.taskToReview).toBeUndefined();
    expect(agenda.segments.find((s) => s.id === 'task-review')?.title).toBe('Review the week');
  });
});

describe('buildAgenda: strategy menu', () => {
  it('Given strategies used in earlier weeks, the menu lists least recently used first', () => {
    // Given mid-step renegotiation strategies used at weeks 8 and 7, one never used
    const use = { 'renegotiation-replay-exchange': 8, 'renegotiation-options': 7 };
    // When week 9 is built
    const menu = build(9, { strategyUse: use }).strategyMenu ?? [];
    // Then never used comes first, then week 7, then week 8, each showing when it was used
    expect(menu.map((o) => [o.id, o.lastUsedWeek])).toEqual([
      ['renegotiation-rehearse-request', undefined],
      ['renegotiation-options', 7],
      ['renegotiation-replay-exchange', 8],
    ]);
  });

  it("Given a strategy kept in last week's saved agenda, the plan does not lead with it again", () => {
    // Given week 7 held with its agenda edited to the rehearsal strategy
    const history = [
      { number: 7, status: 'held' as const, strategiesUsed: ['renegotiation-rehearse-request'] },
    ];
    // When week 8 is built / Then another strategy leads
    const lead = build(8, { history }).segments.find((s) => s.id.startsWith('strategy-'));
    expect(lead?.id).not.toBe('strategy-renegotiation-rehearse-request');
  });
});

describe('buildAgenda: secondary area share', () => {
  it('Given a secondary area from the start, it leads three middle weeks, from its first step on', () => {
    // Given a dispute course with a role transition as second area
    const course = courseOf({ secondaryArea: 'role-transition' });
    // When every middle week is built
    const leads = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13].flatMap((n) => {
      const first = build(n, {}, course).segments.find((s) => s.id.startsWith('strategy-'));
      return first?.title.startsWith('Second area') ? [[n, first.content[0]] as const] : [];
    });
    // Then the transition leads at least three weeks, and the first works its early step (mourn the old role)
    expect(leads.length).toBeGreaterThanOrEqual(3);
    expect(leads[0]?.[1]).toMatch(/mourn the old role/);
    expect(leads.at(-1)?.[1]).toMatch(/mastery/);
    // And the primary's work continues in those weeks
    for (const [n] of leads) {
      const ids = build(n, {}, course).segments.map((s) => s.id);
      expect(ids.some((id) => id.startsWith('strategy-renegotiation'))).toBe(true);
    }
  });

  it('Given a focus change adding a second area, the agenda reminds to confirm the split', () => {
    // Given a course with no second area, and a focus in force that adds one
    const agenda = build(9, {
      focus: { area: 'role-dispute', stage: 'renegotiation', secondaryArea: 'grief' },
    });
    // When built / Then the second-area reminder is there and grief strategies are offered
    expect(codes(agenda)).toContain('second-area');
    expect(agenda.strategyMenu?.some((o) => o.area === 'grief')).toBe(true);
  });
});

describe('buildAgenda: mid-course review', () => {
  it.each([
    [12, 6],
    [14, 7],
    [16, 8],
  ])('Given a %i-week course, week %i carries the review', (length, week) => {
    // Given the course / When the review week and the next are built
    const course = courseOf({ length });
    // Then only the review week holds the segment and reminder
    expect(ids(build(week, {}, course))).toContain('mid-course-review');
    expect(codes(build(week, {}, course))).toContain('mid-course-review');
    expect(ids(build(week + 1, {}, course))).not.toContain('mid-course-review');
  });

  // Reference section 7: response is a fall of 50% or more; the content file section 4 names
  // "worse than at the start" (5 or more above baseline) apart from "up since last time".
  it.each([
    [20, 8, 'down 60%', 'response', false],
    [20, 14, 'down 30%', 'partial', false],
    [20, 17, 'down 15%', 'none', true],
    [12, 14, 'up 17%', 'none', true],
    [12, 18, 'up 50%', 'none', true],
    [20, 4, 'down 80%', 'remission', false],
  ] as const)(
    'Given baseline %i and latest %i, the review states %s (%s)',
    (baseline, total, change, outcome, flagged) => {
      // Given scores / When the review week is built
      const agenda = build(8, { latestScore: { total, baseline, item9: 0 } });
      // Then the change and the outcome are stated, and a review flag raised for little change
      expect(agenda.scoreReview).toEqual(
        expect.objectContaining({ baseline, total, change, outcome }),
      );
      expect(agenda.scoreReview?.worseThanStart).toBe(total - baseline >= 5);
      expect(codes(agenda).includes('score-review')).toBe(flagged);
      const review = agenda.segments.find((s) => s.id === 'mid-course-review')?.content ?? [];
      // The question comes first, the data and prompts after it; never a "fail"
      expect(review[0]).toMatch(/^Is the client improving\?/);
      expect(review[1]).toContain(`PHQ-9 ${total}`);
      expect(review.join(' ')).not.toMatch(/fail/i);
      if (total - baseline >= 5) expect(review.join(' ')).toMatch(/Worse than at the start/);
    },
  );

  it('Given a baseline under 10, the outcome is not classified', () => {
    // Given a mild baseline / When built / Then no response category is claimed
    expect(build(8, { latestScore: { total: 6, baseline: 8 } }).scoreReview?.outcome).toBe(
      'unknown',
    );
  });
});

describe('buildAgenda: ending and termination', () => {
  it.each([
    [12, 8, 9],
    [14, 10, 11],
    [16, 12, 13],
  ])(
    'Given a %i-week course, the ending is flagged at %i and announced at %i',
    (length, from, to) => {
      // Given the course / When the window weeks are built
      const course = courseOf({ length });
      // Then both carry the raise-ending reminder and only L-3 has the segment
      expect(codes(build(from, {}, course))).toContain('raise-ending');
      expect(ids(build(from, {}, course))).not.toContain('raise-ending');
      expect(ids(build(to, {}, course))).toContain('raise-ending');
      expect(codes(build(from - 1, {}, course))).not.toContain('raise-ending');
    },
  );

  it('Given a four-session termination, L-3 is late middle work plus naming the ending', () => {
    // Given termination 13–16 / When session 13 is built
    const agenda = build(13, {}, courseOf({ boundaries: { initialEnd: 3, middleEnd: 12 } }));
    // Then it is termination, late step, with strategies and the ending named
    expect([agenda.phase, agenda.step]).toEqual(['termination', 'late']);
    expect(ids(agenda)).toContain('raise-ending');
    expect(ids(agenda).some((id) => id.startsWith('strategy-'))).toBe(true);
  });

  it('Given a two-session termination, L-1 merges L-2 (progress) with L-1 (feelings, plan)', () => {
    // Given termination 15–16 / When session 15 is built
    const agenda = build(15, {}, courseOf({ boundaries: { initialEnd: 3, middleEnd: 14 } }));
    // Then it holds progress, feelings and the relapse plan
    expect(ids(agenda)).toEqual(
      expect.arrayContaining(['progress', 'ending-feelings', 'relapse-plan']),
    );
  });

  it('Given the last session, it is marked final and says no sessions are left', () => {
    // Given 16 of 16 / When built
    const agenda = build(16, { latestScore: { total: 6, baseline: 20 } });
    // Then final reminder, no task to set, and the letter is handed over
    expect(agenda.title).toBe('Session 16 of 16, 0 left');
    expect(codes(agenda)).toContain('final-session');
    expect(agenda.taskToSet.suggestions).toEqual([]);
    expect(ids(agenda)).toContain('letter');
  });
});

describe('buildAgenda: events', () => {
  it('Given a missed session, the agenda re-screens item 9 and explores the reason', () => {
    // Given last week not held / When built
    const agenda = build(7, { previous: { held: false, taskSet: 'Call Dana' } });
    // Then the missed-session segment follows the opening, and the old task is still reviewed
    expect(ids(agenda).slice(0, 3)).toEqual(['opening', 'missed-session', 'task-review']);
    expect(agenda.segments[1]?.content.join(' ')).toContain('item 9');
    expect(codes(agenda)).toContain('missed-session');
    expect(codes(agenda)).not.toContain('review-engagement');
  });

  it('Given two misses in a row, engagement is reviewed', () => {
    // Given two consecutive misses / When built / Then the engagement reminder
    expect(codes(build(7, { missedBefore: 2 }))).toContain('review-engagement');
  });

  it.each([
    ['an open risk flag', { riskFlagOpen: true }],
    ['a crisis', { events: ['crisis' as const] }],
  ])(
    'Given %s, risk assessment comes first and crisis work replaces focus work',
    (_label, over) => {
      // Given the event / When a middle week is built
      const agenda = build(9, over);
      // Then risk first, crisis work linked to people, no strategy segments, risk reminder
      expect(ids(agenda)[0]).toBe('risk-assessment');
      expect(ids(agenda)).toContain('crisis-work');
      expect(ids(agenda).some((id) => id.startsWith('strategy-'))).toBe(false);
      expect(codes(agenda)).toContain('risk-flag');
    },
  );

  it('Given a crisis in the initial phase, risk assessment still comes first', () => {
    // Given session 2 with a crisis / When built / Then risk first and minutes still exact
    const agenda = build(2, { events: ['crisis'] });
    expect(ids(agenda)[0]).toBe('risk-assessment');
    expect(agenda.segments.reduce((a, s) => a + s.minutes, 0)).toBe(50);
  });

  it('Given a new problem outside the focus, it gets a segment and a reminder', () => {
    // Given the event / When built / Then a new-problem segment and reminder
    const agenda = build(9, { events: ['new-problem'] });
    expect(ids(agenda)).toContain('new-problem');
    expect(codes(agenda)).toContain('new-problem');
  });

  it('Given an early ending in the middle phase, termination is compressed into the session', () => {
    // Given week 7 with an early ending / When built
    const agenda = build(7, { events: ['early-ending'], latestScore: { total: 10, baseline: 20 } });
    // Then progress, relapse plan and next step are there, with no strategies or ending window
    expect(ids(agenda)).toEqual(expect.arrayContaining(['progress', 'relapse-plan', 'next-step']));
    expect(ids(agenda).some((id) => id.startsWith('strategy-'))).toBe(false);
    expect(codes(agenda)).toContain('early-ending');
    expect(agenda.segments[0]?.content[0]).toContain('down 50%');
  });
});
