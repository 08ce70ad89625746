/**
 * Whole courses, as a supervisor reads them: every area and dispute stage at 12, 14 and 16 weeks
 * and 45, 50 and 60 minutes, and brief IPT (8 sessions, initial 1–2, middle 3–6). Expected values
 * come from the reference (ipt-reference.md, ipt-agenda-content.md), not from the content tables.
 */
import { describe, expect, it } from 'vitest';
import type { DisputeStage, Mechanism, ProblemArea } from '../types';
import { MECHANISMS } from '../types';
import { buildAgenda } from './generate';
import { courseOf } from './test-fixtures';
import type { Agenda } from './types';

const FOCI: [ProblemArea, DisputeStage | undefined][] = [
  ['grief', undefined],
  ['role-transition', undefined],
  ['interpersonal-deficits', undefined],
  ['role-dispute', 'renegotiation'],
  ['role-dispute', 'impasse'],
  ['role-dispute', 'dissolution'],
];
const SHAPES = [12, 14, 16].flatMap((length) =>
  [45, 50, 60].map((minutes) => [length, minutes] as const),
);
const COURSES = FOCI.flatMap(([area, stage]) => [
  ...SHAPES.map(([l, m]) => [area, stage, l, m, 3] as const),
  [area, stage, 8, 50, 2] as const,
]);

function courseFor(
  area: ProblemArea,
  stage: DisputeStage | undefined,
  length: number,
  minutes: number,
  initialEnd: number,
  mechanisms: Mechanism[] = [],
) {
  const middleEnd = length === 8 ? 6 : length - 3;
  return courseOf({
    primaryArea: area,
    disputeStage: stage,
    length,
    sessionMinutes: minutes,
    boundaries: { initialEnd, middleEnd },
    mechanisms,
  });
}

function allAgendas(course: ReturnType<typeof courseOf>, person = 'mother'): Agenda[] {
  return Array.from({ length: course.length }, (_, i) =>
    buildAgenda({
      course,
      sessionNumber: i + 1,
      focusPersonLabel: person,
      latestScore: { total: 18, baseline: 20, item9: 0 },
    }),
  );
}

const lines = (a: Agenda) => a.segments.flatMap((s) => s.content);
let weeksBuilt = 0;

describe('a whole course with nothing saved', () => {
  it.each(COURSES)(
    'Given %s (%s), %i weeks of %i minutes (initial 1–%i): a plan, not a template',
    (area, stage, length, minutes, initialEnd) => {
      // Given the course / When every session is built
      const course = courseFor(area, stage, length, minutes, initialEnd);
      const agendas = allAgendas(course);
      weeksBuilt += agendas.length;
      const middle = agendas.filter((a) => a.phase === 'middle');
      // Then no two middle sessions are the same
      const keys = middle.map((a) => JSON.stringify(a.segments));
      expect(new Set(keys).size).toBe(keys.length);
      for (const a of agendas) {
        // Every session fills its minutes exactly, in whole minutes
        expect(a.segments.reduce((t, s) => t + s.minutes, 0)).toBe(minutes);
        // No line twice in a session
        expect(new Set(lines(a)).size).toBe(lines(a).length);
        // Item 9 comes first in every session, the last included (reference section 9)
        expect(a.segments[0]?.content[0]).toMatch(/item 9/i);
        // The countdown is a sentence, not a segment of its own (issue 11 item 9)
        expect(a.segments.map((s) => s.title)).not.toContain('Sessions left');
      }
      // The steps follow the reference's order: early, then mid, then late
      const order = { early: 0, mid: 1, late: 2 };
      const steps = middle.map((a) => order[a.step ?? 'mid']);
      expect([...steps].sort((x, y) => x - y)).toEqual(steps);
      expect(new Set(steps).size).toBe(3);
      // Session 1 screens for mania, psychosis and substance use
      expect(lines(agendas[0]!).join(' ')).toMatch(/mania.*psychotic.*substance/);
      // Every middle session offers a concrete task: what, and when
      for (const a of middle)
        expect(a.taskToSet.suggestions[0]).toMatch(/(week|evening|session|day|happen|talk)/);
    },
  );

  it.each(FOCI)('Given %s (%s), the prompts address the right person', (area, stage) => {
    // Given the focus person "mother" (grief) or "partner" (a dispute) / When the course is built
    const person = area === 'role-dispute' ? 'partner' : 'mother';
    const text = allAgendas(courseFor(area, stage, 16, 50, 3), person)
      .flatMap(lines)
      .join('\n');
    // Then no line speaks of a relationship "with" someone as a heading, or of "fear of the other person"
    expect(text).not.toMatch(/With: /);
    expect(text).not.toMatch(/fear of the other person/);
    if (area === 'grief') {
      // Grief: the person who died, in the past tense; never "with mother" as if alive
      expect(text).toMatch(/death of your mother/);
      expect(text).not.toMatch(/with mother\b/i);
    }
    if (area === 'role-dispute') expect(text).toMatch(/your partner/);
    if (area === 'role-transition') {
      // A transition is the old and new role, not a person
      expect(text).not.toMatch(/mother/);
      expect(text).toMatch(/old role/);
      expect(text).toMatch(/new role/);
    }
    if (area === 'interpersonal-deficits') {
      expect(text).not.toMatch(/mother/);
      expect(text).toMatch(/therapist/);
    }
    // "One recent, emotionally charged incident" is not the grief work (reference section 3)
    if (area === 'grief') expect(text).not.toMatch(/charged exchange/);
  });

  it('Given the techniques, each carries its steps, not just its name', () => {
    // Given a 16-week renegotiation course / When built
    const text = allAgendas(courseFor('role-dispute', 'renegotiation', 16, 50, 3), 'partner')
      .flatMap(lines)
      .join('\n');
    // Then communication analysis, decision analysis and role play each show their steps (reference section 5)
    expect(text).toMatch(
      /what was said, what was meant, what your partner seemed to hear, what each felt/,
    );
    expect(text).toMatch(/Options: .*\n.*Consequences/);
    expect(text).toMatch(/Set-up: .*\n.*Rehearse: .*\n.*Swap: .*\n.*Debrief/);
  });

  it('Given the weeks built above, the count is reported', () => {
    // 6 foci × (9 shapes × length + 8) weeks
    expect(weeksBuilt).toBe(6 * (3 * (12 + 14 + 16) + 8));
  });
});

describe('minutes by session length (reference section 3: overhead cut at 45, extra minutes to the work at 60)', () => {
  const focusMinutes = (a: Agenda) =>
    a.segments.filter((s) => s.id.startsWith('strategy-')).reduce((t, s) => t + s.minutes, 0);
  const overhead = (a: Agenda) =>
    a.segments
      .filter((s) => ['opening', 'task-review', 'set-task'].includes(s.id))
      .reduce((t, s) => t + s.minutes, 0);
  it.each(FOCI)(
    'Given %s (%s), a 60-minute week gives its 10 extra minutes to the focus work; 45 trims the overhead',
    (area, stage) => {
      // Given the same course at 45, 50 and 60 minutes / When week 7 is built
      const [a45, a50, a60] = [45, 50, 60].map((m) =>
        buildAgenda({ course: courseFor(area, stage, 16, m, 3), sessionNumber: 7 }),
      );
      // Then the focus work grows by 10 minutes from 50 to 60, and 45 cuts overhead rather than focus
      expect(focusMinutes(a60!) - focusMinutes(a50!)).toBe(10);
      expect(overhead(a45!)).toBeLessThan(overhead(a50!));
      expect(focusMinutes(a45!)).toBeGreaterThanOrEqual(25);
    },
  );

  it('Given session 3, the contract takes 10 minutes at 50, not 15', () => {
    // The contract needs its time and no more (issue 11 item 9)
    const a = buildAgenda({ course: courseOf(), sessionNumber: 3 });
    expect(a.segments.find((s) => s.id === 'contract')?.minutes).toBe(10);
  });
});

describe('emphasis never lowers the time on its mechanism', () => {
  const cases = FOCI.flatMap(([area, stage]) => MECHANISMS.map((m) => [area, stage, m] as const));
  it.each(cases)('Given %s (%s) with %s emphasised', (area, stage, mechanism) => {
    // Given the course with and without the emphasis / When every week is built
    const plain = allAgendas(courseFor(area, stage, 16, 50, 3));
    const stressed = allAgendas(courseFor(area, stage, 16, 50, 3, [mechanism]));
    let more = 0;
    plain.forEach((a, i) => {
      const before = a.mechanismMinutes[mechanism] ?? 0;
      const after = stressed[i]?.mechanismMinutes[mechanism] ?? 0;
      // Then no week spends less time on it
      expect(after).toBeGreaterThanOrEqual(before);
      more += after - before;
      // And the middle weeks ask a question and suggest a task for it
      if (a.phase === 'middle') {
        expect(stressed[i]?.taskToSet.suggestions.length).toBeGreaterThan(
          a.taskToSet.suggestions.length,
        );
        expect(lines(stressed[i]!).some((l) => l.startsWith('Emphasis'))).toBe(true);
      }
    });
    // And the course as a whole spends more
    expect(more).toBeGreaterThan(0);
  });
});

describe('the ending fits the outcome (content file section 5)', () => {
  const course = courseOf({ primaryArea: 'grief', disputeStage: undefined });
  const at = (n: number, total: number, tools = {}) =>
    buildAgenda({
      course,
      sessionNumber: n,
      latestScore: { total, baseline: 20, item9: 0 },
      tools,
    });
  const text = (a: Agenda) => lines(a).join('\n');

  it('Given remission, L-2 credits the client and hands back the sick role; IPT-M may be raised', () => {
    expect(at(14, 4).outcome).toBe('remission');
    expect(text(at(14, 4))).toMatch(/credit their own actions/);
    expect(text(at(14, 4))).toMatch(/sick role/);
    expect(text(at(15, 4))).toMatch(/IPT-M/);
  });

  it('Given response without remission, IPT-M is not offered by default', () => {
    expect(at(15, 9).outcome).toBe('response');
    expect(text(at(15, 9))).toMatch(/IPT-M only after remission/);
  });

  it.each([
    [13, 'partial', /helped in part/],
    [18, 'none', /not worked for this episode; that is not a failure of theirs/],
  ] as const)(
    'Given a score of %i, the outcome is %s and named plainly, with a plan for the next treatment',
    (total, outcome, words) => {
      const l2 = at(14, total);
      expect(l2.outcome).toBe(outcome);
      expect(text(l2)).toMatch(words);
      expect(text(at(15, total))).toMatch(/nothing to relapse from yet/);
    },
  );

  it('Given a discharge score of 6, the return threshold is relative to it (11 or more)', () => {
    expect(text(at(16, 6))).toMatch(/PHQ-9 of 11 or more \(5 above the 6 at discharge\)/);
  });

  it('Given the plan and the final session, the urgent section stands apart from "when to return"', () => {
    for (const n of [15, 16]) expect(text(at(n, 6))).toMatch(/Urgent, apart from "when to return"/);
  });

  it('Given no closeness circle or goal ratings, they are not mentioned; given both, they are', () => {
    expect(text(at(14, 8))).not.toMatch(/closeness circle|goal ratings/);
    expect(text(at(14, 8, { circleDrawn: true, goalRatings: true }))).toMatch(
      /closeness circle[\s\S]*|goal ratings/,
    );
  });
});

describe('the deficits review comes forward (content file 2.6)', () => {
  it.each([
    [16, 6],
    [14, 5],
    [12, 5],
  ])('Given a %i-week deficits course, the review is at week %i', (length, week) => {
    const course = courseOf({
      primaryArea: 'interpersonal-deficits',
      disputeStage: undefined,
      length,
    });
    const weeks = Array.from({ length }, (_, i) => i + 1).filter((n) =>
      buildAgenda({ course, sessionNumber: n }).segments.some((s) => s.id === 'mid-course-review'),
    );
    expect(weeks).toEqual([week]);
  });
});
