import { describe, expect, it } from 'vitest';

import type { Measure } from '../measures';
import { scoreAsOf } from '../measures/summary';
import { phq9 } from '../measures/test-fixtures';
import { DEFAULT_PRIVACY } from '../privacy';
import { buildEndOfTreatmentSummary, goalProgress, scoreSentence } from './summary';
import { expectClean, plan, poisoned, safety } from './client-paper.test-util';
import { client, course, crisis, people, sessions } from './test-fixtures';

/** PHQ-9 totals a week apart from 2 March 2026 (sessions s1, s2, …), ids m1, m2, … */
const weekly = (totals: number[]): Measure[] =>
  totals.map((total, i) =>
    phq9({
      id: `m${i + 1}`,
      courseId: 'k1',
      sessionId: `s${i + 1}`,
      date: sessions[i]?.date ?? '2026-03-02',
      total,
    }),
  );
/** The course view's latest PHQ-9 as of 25 May 2026, with the therapist's baseline if chosen. */
const latestOf = (measures: Measure[], baselineId?: string) =>
  scoreAsOf(measures, {
    courseId: 'k1',
    kind: 'phq9',
    date: '2026-05-25',
    ...(baselineId ? { baselineId } : {}),
  });

describe('scoreSentence and goalProgress', () => {
  const LOWER = ' On this questionnaire, lower scores mean fewer difficulties with mood.';
  it.each([
    ['no score', [], undefined, 'No questionnaire scores were recorded during the course.'],
    ['only the baseline', [18], undefined, 'Your score at the start was 18.'],
    [
      'the first as baseline',
      [18, 12, 6],
      undefined,
      `Your score went from 18 at the start to 6 now.${LOWER}`,
    ],
    // The therapist chose session 2's 20 as the baseline (session 1's 14 was before a bereavement)
    [
      'a chosen baseline',
      [14, 20, 6],
      'm2',
      `Your score went from 20 at the start to 6 now.${LOWER}`,
    ],
  ])('Given %s (totals %o, baseline %s), Then "%s"', (_, totals, baselineId, sentence) => {
    expect(scoreSentence(latestOf(weekly(totals), baselineId))).toBe(sentence);
  });

  it.each([
    [[], ''],
    [[{ sessionNumber: 3, values: [2] }], 'You rated this 2 out of 10.'],
    [
      [
        { sessionNumber: 11, values: [8] },
        { sessionNumber: 3, values: [2] },
      ],
      'You rated this 2 out of 10 at first and 8 out of 10 at the end.',
    ],
  ])('Given ratings %o, Then "%s"', (ratings, words) => {
    expect(goalProgress(ratings, 0)).toBe(words);
  });
});

describe('buildEndOfTreatmentSummary', () => {
  const input = {
    client,
    course,
    sessions,
    people,
    relapsePlan: plan,
    crisisContacts: crisis,
    privacy: DEFAULT_PRIVACY,
    phq9: [
      { sessionNumber: 1, date: '2026-03-02', total: 18 },
      { sessionNumber: 11, date: '2026-05-11', total: 6 },
    ],
    latestPhq9: latestOf([
      phq9({ id: 'a', courseId: 'k1', sessionId: 's1', date: '2026-03-02', total: 18 }),
      phq9({ id: 'b', courseId: 'k1', sessionId: 's11', date: '2026-05-11', total: 6 }),
    ]),
    goalRatings: [
      { sessionNumber: 3, values: [2, 4] },
      { sessionNumber: 11, values: [7, 9] },
    ],
    safety,
  };

  it('Given a finished course, Then scores are in plain words and the circle is by role', () => {
    const s = buildEndOfTreatmentSummary(input);
    expect(s.scoreSentence).toMatch(/^Your score went from 18 at the start to 6 now\./);
    expect(s.goals[0]).toEqual({
      goal: 'Make one new friend at work',
      progress: 'You rated this 2 out of 10 at first and 7 out of 10 at the end.',
    });
    expect(s.circle.start).toEqual([
      { who: 'sister', ring: 'Close' },
      { who: 'work colleague', ring: 'Further out' },
    ]);
    expect(s.circle.end).toEqual([
      { who: 'sister', ring: 'Closest' },
      { who: 'work colleague', ring: 'Close' },
    ]);
    expect(s.letter).toMatch(/^Dear ____________,/);
    expect(s.letter).toContain('finding your feet after a change in your life');
    expect(s.letter).toContain('Your score went from 18 at the start to 6 now.');
    expect(s.scores).toEqual([
      { label: 'Session 1', total: 18 },
      { label: 'Session 11', total: 6 },
    ]);
  });

  it('Given a chosen baseline, Then the sentence and the letter start from it', () => {
    const measures = [
      phq9({ id: 'a', courseId: 'k1', sessionId: 's1', date: '2026-03-02', total: 14 }),
      phq9({ id: 'b', courseId: 'k1', sessionId: 's2', date: '2026-03-09', total: 20 }),
      phq9({ id: 'c', courseId: 'k1', sessionId: 's11', date: '2026-05-11', total: 6 }),
    ];
    const s = buildEndOfTreatmentSummary({ ...input, latestPhq9: latestOf(measures, 'b') });
    expect(s.scoreSentence).toMatch(/^Your score went from 20 at the start to 6 now\./);
    expect(s.letter).toContain('Your score went from 20 at the start to 6 now.');
  });

  it('Given an edited letter, Then it is used instead of the draft', () => {
    expect(buildEndOfTreatmentSummary({ ...input, letter: 'Dear GX-2, well done.' }).letter).toBe(
      'Dear GX-2, well done.',
    );
  });

  it('Given notes, answers, jargon and the formulation in every input, Then none reach the summary', () => {
    const s = buildEndOfTreatmentSummary({
      ...input,
      course: { ...course, goals: [poisoned] },
      letter: poisoned,
      relapsePlan: { ...plan, helped: [poisoned] },
    });
    expectClean(s);
  });
});
