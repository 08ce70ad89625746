import { describe, expect, it } from 'vitest';

import { phaseOf } from './course-rules';
import { planCourse, weeklyDates } from './course-plan';
import type { CourseDraft } from './course-plan';
import type { PhaseBoundaries } from './types';

const bd = (initialEnd: number, middleEnd: number): PhaseBoundaries => ({ initialEnd, middleEnd });
const INI = 'initial-out-of-range';
const TER = 'termination-out-of-range';
const draft = (over: Partial<CourseDraft> = {}): CourseDraft => ({
  startDate: '2026-03-02',
  length: 16,
  sessionMinutes: 50,
  time: '09:30',
  primaryArea: 'grief',
  goals: ['Talk about Dad with my sister'],
  mechanisms: [],
  missedSessionRule: 'counts-as-used',
  unavailableDates: [],
  ...over,
});

const ids = () => {
  let n = 0;
  return {
    courseId: 'course-1',
    clientId: 'client-1',
    newId: () => {
      n += 1;
      return `s${n}`;
    },
  };
};
const NOW = '2026-02-20T10:00:00.000Z';

describe('planCourse', () => {
  it.each<[string, Partial<CourseDraft>, string, string]>([
    ['a 30 February start', { startDate: '2026-02-30' }, 'start-date-invalid', 'startDate'],
    ['a 2027 leap day', { startDate: '2027-02-29' }, 'start-date-invalid', 'startDate'],
    ['an empty start', { startDate: '' }, 'start-date-invalid', 'startDate'],
    ['an unpadded start', { startDate: '2026-3-2' }, 'start-date-invalid', 'startDate'],
    ['10 sessions', { length: 10 }, 'length-out-of-range', 'length'],
    ['21 sessions', { length: 21 }, 'length-out-of-range', 'length'],
    ['12.5 sessions', { length: 12.5 }, 'length-not-whole', 'length'],
    ['no length', { length: Number.NaN }, 'length-not-whole', 'length'],
    ['29 minutes', { sessionMinutes: 29 }, 'minutes-out-of-range', 'sessionMinutes'],
    ['91 minutes', { sessionMinutes: 91 }, 'minutes-out-of-range', 'sessionMinutes'],
    ['50.5 minutes', { sessionMinutes: 50.5 }, 'minutes-out-of-range', 'sessionMinutes'],
    ['no minutes', { sessionMinutes: Number.NaN }, 'minutes-out-of-range', 'sessionMinutes'],
    ['time 25:00', { time: '25:00' }, 'time-invalid', 'time'],
    ['time 9:30', { time: '9:30' }, 'time-invalid', 'time'],
    ['no time', { time: '' }, 'time-invalid', 'time'],
    ['no primary area', { primaryArea: '' }, 'area-missing', 'primaryArea'],
    ['a repeated area', { secondaryArea: 'grief' }, 'area-repeated', 'secondaryArea'],
    ['a dispute, no stage', { primaryArea: 'role-dispute' }, 'stage-missing', 'disputeStage'],
    [
      'a secondary dispute, no stage',
      { secondaryArea: 'role-dispute', disputeStage: '' },
      'stage-missing',
      'disputeStage',
    ],
    ['no goals', { goals: [] }, 'goals-missing', 'goals'],
    ['blank goals', { goals: ['  '] }, 'goals-missing', 'goals'],
    ['four goals', { goals: ['a', 'b', 'c', 'd'] }, 'goals-too-many', 'goals'],
    ['initial 0', { boundaries: bd(0, 13) }, INI, 'initialEnd'],
    ['termination 1', { boundaries: bd(3, 15) }, TER, 'middleEnd'],
    [
      'an unreal away day',
      { unavailableDates: ['2026-02-30'] },
      'unavailable-invalid',
      'unavailableDates',
    ],
  ])('Given %s, when planned, then %s on %s', (_label, over, code, field) => {
    // Given a draft with one bad field / When planned
    const result = planCourse(draft(over), ids(), NOW);
    // Then no course, and exactly that problem on that field (no exception)
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code, field, severity: 'error' })],
    });
  });

  it.each([30, 50, 90])('Given %i-minute sessions, when planned, then it is accepted', (m) => {
    // Given a session length at either limit or the default / When planned
    const result = planCourse(draft({ sessionMinutes: m }), ids(), NOW);
    // Then the course keeps that session length
    expect(result.ok && result.value.course.sessionMinutes).toBe(m);
  });

  it('Given several bad fields, when planned, then each comes back with its field', () => {
    // Given a draft that is wrong everywhere
    const bad = { startDate: '2026-02-30', length: 9, sessionMinutes: 5, time: 'noon' };
    // When planned
    const result = planCourse(draft({ ...bad, primaryArea: '', goals: [] }), ids(), NOW);
    // Then every field is named, so the form can show each message in place
    const fields = result.ok ? [] : result.problems.map((p) => p.field);
    expect(fields).toEqual([
      'startDate',
      'length',
      'sessionMinutes',
      'time',
      'primaryArea',
      'goals',
    ]);
  });

  it.each([
    [8, 'length-brief'],
    [17, 'length-extended'],
    [18, 'length-extended'],
    [19, 'length-extended'],
    [20, 'length-extended'],
  ])('Given %i sessions, when planned, then it is planned with a %s warning', (length, code) => {
    // Given a brief or extended course / When planned
    const result = planCourse(draft({ length }), ids(), NOW);
    // Then it succeeds, every session is planned, and the warning rides along
    if (!result.ok) throw new Error('expected a plan');
    expect(result.value.sessions).toHaveLength(length);
    expect(result.warnings).toEqual([expect.objectContaining({ code, field: 'length' })]);
  });

  it('Given a 16-session draft, when planned, then sessions 1–16 are dated weekly with phases', () => {
    // Given a valid 16-session draft starting Monday 2026-03-02 at 09:30
    // When planned with injected ids
    const result = planCourse(draft(), ids(), NOW);
    // Then there are no warnings and 16 planned sessions numbered 1–16, a Monday each week
    if (!result.ok) throw new Error('expected a plan');
    const { course, sessions } = result.value;
    expect(result.warnings).toEqual([]);
    expect(sessions.map((s) => s.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(sessions.map((s) => s.id)).toEqual(Array.from({ length: 16 }, (_, i) => `s${i + 1}`));
    expect(sessions.map((s) => s.date)).toEqual(weeklyDates('2026-03-02', 16, []));
    expect(sessions.at(-1)?.date).toBe('2026-06-15');
    expect(new Set(sessions.map((s) => `${s.courseId} ${s.time} ${s.status}`))).toEqual(
      new Set(['course-1 09:30 planned']),
    );
    // And the default phases are 1–3 / 4–13 / 14–16
    const phases = sessions.map((s) => phaseOf(s.number ?? 0, course.boundaries));
    expect(phases.slice(2, 4)).toEqual(['initial', 'middle']);
    expect(phases.slice(12, 14)).toEqual(['middle', 'termination']);
    expect(phases.filter((p) => p === 'termination')).toHaveLength(3);
    expect(course).toMatchObject({ id: 'course-1', clientId: 'client-1', createdAt: NOW });
  });

  it('Given edits and extras in the draft, when planned, then the course keeps what was meant', () => {
    // Given custom boundaries, padded goals, a stage without a dispute, unsorted away days
    const over: Partial<CourseDraft> = {
      boundaries: bd(4, 13),
      goals: ['  Settle into the new job ', ''],
      disputeStage: 'impasse',
      secondaryArea: '',
      unavailableDates: ['2026-04-06', '2026-03-16'],
    };
    // When planned
    const result = planCourse(draft(over), ids(), NOW);
    // Then boundaries are kept, goals trimmed, the stray stage dropped, away days sorted and skipped
    if (!result.ok) throw new Error('expected a plan');
    const { course, sessions } = result.value;
    expect(course.boundaries).toEqual(bd(4, 13));
    expect(course.goals).toEqual(['Settle into the new job']);
    expect(course).not.toHaveProperty('disputeStage');
    expect(course).not.toHaveProperty('secondaryArea');
    expect(course.unavailableDates).toEqual(['2026-03-16', '2026-04-06']);
    expect(sessions.at(-1)?.date).toBe('2026-06-29');
  });
});
