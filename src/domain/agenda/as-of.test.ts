/**
 * A simulated course, page by page as of each session's date (issue 11 item 1): tasks set and
 * reviewed, a missed week, two risk flags (one acknowledged, one raised after a week was saved),
 * a mid-course decision. Expected values are worked out by hand from the story below.
 */
import { describe, expect, it } from 'vitest';
import { addWeeks } from '../dates';
import { emptyPersonDraft } from '../inventory';
import type { InventoryPerson } from '../inventory';
import type { Measure, RiskFlag } from '../measures';
import type { Session } from '../types';
import { weekAgendaAt } from './as-of';
import type { CourseFacts } from './as-of';
import type { SavedAgenda } from './saved';
import { courseOf } from './test-fixtures';

const course = courseOf();
const dateOf = (n: number) => addWeeks(course.startDate, n - 1);
const sessions: Session[] = Array.from({ length: 16 }, (_, i) => ({
  id: `s${i + 1}`,
  courseId: course.id,
  number: i + 1,
  date: dateOf(i + 1),
  time: '09:30',
  status: i + 1 === 6 ? 'cancelled' : i + 1 < 12 ? 'held' : 'planned',
}));
const phq9 = (n: number, total: number, item9 = 0): Measure => ({
  id: `m${n}`,
  clientId: course.clientId,
  courseId: course.id,
  sessionId: `s${n}`,
  kind: 'phq9',
  date: dateOf(n),
  answers: [3, 3, 3, 3, 2, 2, 2, total - 18 - item9, item9],
  total,
  status: 'complete',
  recordedAt: `${dateOf(n)}T09:00:00Z`,
});
const flag = (n: number, ackOn?: number): RiskFlag => ({
  id: `f${n}`,
  clientId: course.clientId,
  courseId: course.id,
  source: 'item9',
  raisedAt: `${dateOf(n)}T09:05:00Z`,
  detail: 'Item 9 above 0',
  status: ackOn ? 'acknowledged' : 'open',
  ...(ackOn
    ? {
        acknowledgement: {
          assessed: true,
          safetyPlan: 'made' as const,
          action: 'Plan made',
          note: '',
          at: `${dateOf(ackOn)}T10:00:00Z`,
        },
      }
    : {}),
});
const saved = (n: number, over: Partial<SavedAgenda>): SavedAgenda => ({
  sessionId: `s${n}`,
  courseId: course.id,
  segments: [],
  generatedBase: [],
  notes: '',
  strategiesUsed: [],
  updatedAt: `${dateOf(n)}T11:00:00Z`,
  ...over,
});
const partner: InventoryPerson = {
  ...emptyPersonDraft(),
  id: 'p1',
  clientId: course.clientId,
  courseId: course.id,
  order: 0,
  name: 'Sam',
  relationship: 'partner',
  problemArea: 'role-dispute',
  createdAt: '2026-03-02T10:00:00Z',
};
const own = (title: string, minutes: number) => ({
  id: `own-${title}`,
  title,
  minutes,
  content: ['My words'],
  techniques: [],
  mechanisms: [],
});

// The story: baseline 20; item 9 = 1 at session 5 (acknowledged that day); session 6 missed;
// review at 8 decides a medication review; session 10 saved on its morning, then a new flag that day.
const facts: CourseFacts = {
  course,
  sessions,
  measures: [phq9(1, 20), phq9(5, 19, 1), phq9(8, 18), phq9(11, 9)],
  flags: [flag(5, 5), flag(10)],
  saved: [
    saved(4, { taskSet: 'Hold one planned talk with Sam' }),
    saved(5, { taskSet: 'Ask Sam for ten minutes on Sunday' }),
    saved(7, {
      taskReview: {
        outcome: 'partly',
        note: 'Started, then stopped',
        task: 'Ask Sam for ten minutes on Sunday',
      },
    }),
    saved(8, { reviewDecision: { decision: 'medication-review', note: 'GP letter' } }),
    saved(10, {
      segments: [own('Opening', 10), own('My plan', 30), own('Close', 10)],
      generatedBase: [own('Opening', 10)],
    }),
  ],
  focusChanges: [],
  people: [partner],
  contractAgreedOn: dateOf(3),
};
const page = (n: number) =>
  weekAgendaAt(facts, { ...sessions[n - 1]!, number: n }, (p) => p.relationship);
const ids = (n: number) => page(n).generated.segments.map((s) => s.id);

describe('weekAgendaAt: each page as of its date', () => {
  it('Given session 1, only the session-1 score counts and later flags are not shown', () => {
    const p = page(1);
    expect(p.input.latestScore).toEqual(expect.objectContaining({ total: 20, item9: 0 }));
    expect(p.input.riskFlagOpen).toBeUndefined();
    expect(ids(1)).not.toContain('risk-assessment');
  });

  it('Given session 4, the score is still the baseline (the session-5 score comes later)', () => {
    expect(page(4).input.latestScore?.total).toBe(20);
  });

  it('Given the contract agreed at session 3, the focus and person are "to be agreed" before it', () => {
    expect(page(2).generated.focus.agreed).toBe(false);
    expect(page(2).generated.focus.personLabel).toBeUndefined();
    expect(page(3).generated.focus).toEqual(
      expect.objectContaining({ agreed: true, personLabel: 'partner' }),
    );
  });

  it('Given item 9 at session 5, that session starts with the risk assessment', () => {
    expect(ids(5)[0]).toBe('risk-assessment');
  });

  it('Given the missed session 6, session 7 reviews the task agreed at 5 and its outcome, and re-checks risk', () => {
    const p = page(7);
    expect(p.input.previous).toEqual(
      expect.objectContaining({
        held: false,
        taskSet: 'Ask Sam for ten minutes on Sunday',
        taskFromSession: 5,
        taskOutcome: 'partly',
      }),
    );
    expect(ids(7)).toEqual(
      expect.arrayContaining(['missed-session', 'risk-recheck', 'task-review']),
    );
    expect(p.generated.taskToSet.afterOutcome?.[0]).toMatch(/smaller/i);
  });

  it('Given the decision at the review, session 9 follows up the medication review', () => {
    const p = page(9);
    expect(ids(9)).toContain('review-follow-up');
    expect(p.generated.reminders.map((r) => r.text).join(' ')).toMatch(/medication review/i);
  });

  it('Given a flag raised after session 10 was saved, the risk assessment goes first and the edits stay', () => {
    const p = page(10);
    expect(p.riskInserted).toBe(true);
    expect(p.segments.map((s) => s.title)).toEqual([
      'Risk assessment',
      'Opening',
      'My plan',
      'Close',
    ]);
    expect(p.segments.reduce((t, s) => t + s.minutes, 0)).toBe(50);
    expect(p.segments[2]?.content).toEqual(['My words']);
  });

  it('Given the last score 9 against baseline 20, the ending is for a response (down 55%)', () => {
    const p = page(16);
    expect(p.generated.outcome).toBe('response');
    expect(p.generated.scoreReview?.change).toBe('down 55%');
  });

  it('Given the missed week, the plan is re-made: nothing planned for 6 is lost', () => {
    // Week 6 was to lead with the third early strategy; as week 6 was missed, week 7 carries it over
    const seven = ids(7);
    const planned6 = weekAgendaAt(
      { ...facts, sessions: sessions.map((s) => ({ ...s, status: 'held' })) },
      { ...sessions[5]!, number: 6 },
      (x) => x.relationship,
    ).segments.find((s) => s.id.startsWith('strategy-'))?.id;
    expect(seven).toContain(planned6);
  });
});
