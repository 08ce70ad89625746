/**
 * Crisis weeks (issue 11 item 8, refined by the lead): item 9 answered 1 again after an assessment
 * that judged the risk low brings the risk re-check first and keeps the focus work, shortened;
 * a higher item 9, a first item 9, a moderate or high judgement, or a disclosure still put the
 * full assessment first and let crisis work replace the focus (ipt-agenda-content.md §6).
 */
import { describe, expect, it } from 'vitest';
import { addDays, addWeeks } from '../dates';
import type { Measure, RiskFlag, RiskLevel } from '../measures';
import type { Session } from '../types';
import { weekAgendaAt } from './as-of';
import type { CourseFacts } from './as-of';
import { courseOf } from './test-fixtures';

const course = courseOf({ primaryArea: 'grief' });
const dateOf = (n: number) => addWeeks(course.startDate, n - 1);
const sessions: Session[] = Array.from({ length: 16 }, (_, i) => ({
  id: `s${i + 1}`,
  courseId: course.id,
  number: i + 1,
  date: dateOf(i + 1),
  time: '09:30',
  status: i + 1 < 8 ? 'held' : 'planned',
}));
const phq9 = (n: number, item9: number): Measure => ({
  id: `m${n}`,
  clientId: course.clientId,
  courseId: course.id,
  kind: 'phq9',
  date: dateOf(n),
  answers: [2, 2, 2, 2, 2, 2, 2, 1, item9],
  total: 15 + item9,
  status: 'complete',
  recordedAt: `${dateOf(n)}T09:00:00Z`,
});
const flag = (n: number, level?: RiskLevel, ackDay?: string, source = 'item9'): RiskFlag => ({
  id: `f${n}`,
  clientId: course.clientId,
  courseId: course.id,
  source: source as RiskFlag['source'],
  raisedAt: `${dateOf(n)}T09:05:00Z`,
  detail: 'Item 9 answered 1',
  status: level ? 'acknowledged' : 'open',
  ...(level
    ? {
        acknowledgement: {
          assessed: true,
          safetyPlan: 'made' as const,
          action: 'Assessed',
          note: '',
          at: `${ackDay ?? dateOf(n)}T10:00:00Z`,
          assessment: {
            thoughts: 'passive' as const,
            plan: 'no' as const,
            intent: 'no' as const,
            meansAccess: 'no' as const,
            history: 'none' as const,
            historyDetail: '',
            protectiveFactors: 'Her children',
            level,
            levelReasoning: 'Passive thoughts only',
            safetyPlan: 'made' as const,
            crisisContactsGiven: true,
            othersInformed: '',
            followUp: 'Re-check next week',
          },
        },
      }
    : {}),
});
const base = {
  course,
  sessions,
  saved: [],
  focusChanges: [],
  people: [],
  contractAgreedOn: dateOf(3),
};
const week = (facts: Partial<CourseFacts>, n = 6) =>
  weekAgendaAt(
    { ...base, measures: [], flags: [], ...facts },
    { ...sessions[n - 1]!, number: n },
    () => '',
  );
const ids = (w: ReturnType<typeof week>) => w.generated.segments.map((s) => s.id);
const focusMinutes = (w: ReturnType<typeof week>) =>
  w.generated.segments
    .filter((s) => s.id.startsWith('strategy-'))
    .reduce((t, s) => t + s.minutes, 0);

describe('a low, stable item 9 after a low-risk assessment', () => {
  // Item 9 = 1 at session 5, assessed low that day; item 9 = 1 again at session 6, a new open flag
  const stable = { measures: [phq9(5, 1), phq9(6, 1)], flags: [flag(5, 'low'), flag(6)] };

  it('Given the open flag at session 6, the re-check comes first and the focus work is kept', () => {
    const w = week(stable);
    const [first] = w.generated.segments;
    expect(first?.id).toBe('risk-assessment');
    expect(first?.title).toMatch(/^Risk re-check first/);
    expect(first?.content.join(' ')).toContain('Mon 30 Mar 2026'); // session 5, the low assessment
    expect(ids(w)).not.toContain('crisis-work');
    expect(ids(w).some((id) => id.startsWith('strategy-'))).toBe(true);
    expect(w.generated.taskToSet.suggestions.join(' ')).not.toMatch(/crisis contacts/);
    expect(w.generated.segments.reduce((t, s) => t + s.minutes, 0)).toBe(course.sessionMinutes);
  });

  it('Given the same week without any flag, the focus work is longer (shortened, not dropped)', () => {
    const calm = week({ measures: [phq9(5, 0), phq9(6, 0)] });
    const w = week(stable);
    expect(focusMinutes(w)).toBeGreaterThan(0);
    expect(focusMinutes(w)).toBeLessThan(focusMinutes(calm));
  });

  it('Given the flag acknowledged low between sessions 6 and 7, session 7 re-checks first', () => {
    // Session 7 has no new PHQ-9: the latest (6) and the one before (5) both have item 9 = 1
    const w = week(
      { measures: stable.measures, flags: [flag(5, 'low'), flag(6, 'low', addDays(dateOf(6), 2))] },
      7,
    );
    expect(ids(w)[0]).toBe('risk-recheck');
    expect(ids(w)).not.toContain('crisis-work');
  });
});

describe('anything else still puts crisis work first', () => {
  const cases: [string, Partial<CourseFacts>][] = [
    ['item 9 at 2', { measures: [phq9(5, 1), phq9(6, 2)], flags: [flag(5, 'low'), flag(6)] }],
    ['a first item 9 above 0', { measures: [phq9(5, 0), phq9(6, 1)], flags: [flag(6)] }],
    [
      'a moderate judgement',
      { measures: [phq9(5, 1), phq9(6, 1)], flags: [flag(5, 'moderate'), flag(6)] },
    ],
    [
      'a disclosure flag as well',
      {
        measures: [phq9(5, 1), phq9(6, 1)],
        flags: [flag(5, 'low'), flag(6), flag(7, undefined, undefined, 'manual')],
      },
    ],
  ];
  it.each(cases)(
    'Given %s, the full assessment comes first and crisis work replaces the focus',
    (_, facts) => {
      const w = week(facts, facts.flags?.some((f) => f.id === 'f7') ? 7 : 6);
      expect(w.generated.segments[0]?.title).toBe('Risk assessment');
      expect(ids(w)).toContain('crisis-work');
      expect(ids(w).some((id) => id.startsWith('strategy-'))).toBe(false);
      // No focus task in a week whose focus work the crisis replaced: support and safety instead
      expect(w.generated.taskToSet.suggestions).toHaveLength(1);
      expect(w.generated.taskToSet.suggestions[0]).toMatch(/crisis contacts/);
    },
  );
});
