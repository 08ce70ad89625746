import { describe, expect, it } from 'vitest';

import type { Measure } from '../measures';
import { scoreAsOf } from '../measures/summary';
import { phq9 } from '../measures/test-fixtures';
import { DEFAULT_PRIVACY } from '../privacy';
import { checkClientDocument, documentText, FORBIDDEN_CLIENT_TERMS } from './client-safety';
import { buildEndOfTreatmentSummary, goalProgress, scoreSentence } from './summary';
import { buildTaskCard, checkTaskCard, taskCardFields } from './task-card';
import { checkRelapsePlan, draftRelapsePlan, relapsePlanTiming } from './relapse-plan';
import {
  client,
  course,
  crisis,
  FORMULATION,
  ITEM_ANSWERS,
  NOTE,
  people,
  sessions,
} from './test-fixtures';

const safety = {
  notes: [NOTE],
  itemAnswers: [ITEM_ANSWERS],
  formulation: FORMULATION,
  allowed: course.goals,
};
const poisoned = `Talk to Maria about the role dispute. ${NOTE} Item 9: Nearly every day. ${FORMULATION}`;

const plan = {
  warningSigns: ['Sleeping badly', 'Staying in my room'],
  triggers: ['The anniversary in June', 'Impasse at work'],
  helped: ['Asking directly', 'Calling Maria'],
  people: ['My sister'],
  returnWhen: ['Score of 10 or more two weeks running'],
  actions: [NOTE],
};

function expectClean(doc: unknown) {
  const text = documentText(doc, ['crisisContacts']).toLowerCase();
  for (const term of FORBIDDEN_CLIENT_TERMS) expect(text).not.toContain(term);
  expect(text).not.toContain('ashamed');
  expect(text).not.toContain('nearly every day');
  expect(checkClientDocument(text, safety)).toEqual([]);
}

describe('buildTaskCard', () => {
  it('Given session 5 with an agreed task, Then the card carries the task, next date and crisis line', () => {
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's5',
      taskSet: 'Ask Tom to lunch on Friday.',
      crisisContacts: crisis,
      privacy: DEFAULT_PRIVACY,
      safety: { people },
    });
    expect(r.ok && r.value).toMatchObject({
      clientLabel: 'GX-2',
      sessionLine: 'Session 5 of 12 · Mon 30 Mar 2026',
      // The client's handout keeps the name as typed: the client knows Tom
      task: 'Ask Tom to lunch on Friday.',
      nextSession: 'Mon 6 Apr 2026 at 09:00',
      crisisContacts: crisis,
    });
  });

  it('Given the last session, Then there is no next date', () => {
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's12',
      crisisContacts: [],
      privacy: DEFAULT_PRIVACY,
    });
    expect(r.ok && r.value.nextSession).toBe('');
  });

  it('Given an unknown session, Then it is refused', () => {
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 'nope',
      crisisContacts: [],
      privacy: DEFAULT_PRIVACY,
    });
    expect(!r.ok && r.problems[0]?.code).toBe('session-missing');
  });

  it('Given poisoned inputs in every field, Then the printed card holds none of them', () => {
    const edits = {
      task: poisoned,
      why: poisoned,
      when: 'Friday',
      obstacle: poisoned,
      plan: poisoned,
    };
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's5',
      edits,
      crisisContacts: crisis,
      privacy: DEFAULT_PRIVACY,
      safety: { ...safety, people },
    });
    expect(r.ok).toBe(false); // the fields are over the card's limits
    const loose = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's5',
      edits: { task: `Call Maria. ${NOTE}`, obstacle: 'Impasse at home.' },
      crisisContacts: crisis,
      privacy: DEFAULT_PRIVACY,
      safety: { ...safety, people },
    });
    expect(loose.ok).toBe(true);
    if (loose.ok) expectClean(loose.value);
    if (loose.ok) expect(loose.value.task).toBe('Call Maria.');
  });
});

describe('checkTaskCard names the sentence it leaves off', () => {
  it('Given a jargon sentence among others, Then the warning quotes that sentence', () => {
    const fields = taskCardFields(undefined, {
      task: 'Read one to Dan. This is the role dispute work. Then have tea.',
    });
    const found = checkTaskCard(fields).filter((p) => p.field === 'task');
    expect(found).toEqual([
      expect.objectContaining({
        code: 'client-jargon',
        severity: 'warning',
        message: '“role dispute” is not for client paper. “This is the role dispute work.” is left off the card.',
      }),
    ]);
  });
});

describe('client handouts keep the therapist’s words', () => {
  it('Given the issue’s sentence, Then the card reads as typed: no role doubled, no month lowered', () => {
    const task = 'After your mother Margaret died in March, read one to Dan.';
    const r = buildTaskCard({
      client,
      course,
      sessions,
      sessionId: 's5',
      taskSet: task,
      crisisContacts: [],
      privacy: DEFAULT_PRIVACY,
      safety: {
        people: [
          { name: 'Margaret', relationship: 'Mother (died March 2026)' },
          { name: 'Dan', relationship: 'Husband' },
        ],
      },
    });
    expect(r.ok && r.value.task).toBe(task);
    const text = documentText(r.ok ? r.value : {});
    expect(text).not.toContain('mother mother');
    expect(text).not.toMatch(/\bmarch\b/);
    expect(text).not.toContain('husband');
  });
});

describe('checkTaskCard', () => {
  it.each([
    [{ task: '' }, 'task-missing', 'task'],
    [{ task: 'x'.repeat(201) }, 'too-long', 'task'],
    [{ task: 'Go', when: 'y'.repeat(81) }, 'too-long', 'when'],
    [{ task: 'Work on the sick role' }, 'client-jargon', 'task'],
  ])('Given %o, Then %s on %s', (edits, code, field) => {
    const found = checkTaskCard(taskCardFields(undefined, edits));
    expect(found).toContainEqual(expect.objectContaining({ code, field }));
  });
});

describe('checkRelapsePlan', () => {
  it.each([
    ['no warning signs', { ...plan, warningSigns: [] }, 'warning-signs-missing'],
    ['no way back', { ...plan, returnWhen: [] }, 'return-missing'],
    ['too many lines', { ...plan, triggers: Array.from({ length: 7 }, () => 'x') }, 'too-many'],
    ['jargon', plan, 'client-jargon'],
  ])('Given %s, Then %s', (_, draft, code) => {
    expect(checkRelapsePlan(draft).map((p) => p.code)).toContain(code);
  });

  it('Given a name among the supports, Then it is kept: the client knows the people in their plan', () => {
    const named = { ...plan, people: ['Maria', 'Dan at the club'] };
    expect(checkRelapsePlan(named).filter((p) => p.field === 'people')).toEqual([]);
  });

  it('Given the inventory, When drafted, Then close people appear by role with the default return lines', () => {
    const draft = draftRelapsePlan(people);
    expect(draft.people).toEqual(['My sister']);
    expect(draft.returnWhen.join(' ')).toMatch(/10 or more for two weeks/);
    expect(checkClientDocument(draft.returnWhen.join('\n'))).toEqual([]);
  });

  it.each([
    [5, 1],
    [10, 0],
    [undefined, 0],
  ])('Given session %s, Then %i timing notes', (n, count) => {
    expect(relapsePlanTiming(course, n)).toHaveLength(count);
  });
});

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
    expect(s.letter).toMatch(/^Dear GX-2,/);
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
