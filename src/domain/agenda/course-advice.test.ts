import { describe, expect, it } from 'vitest';

import type { Mechanism, ProblemArea } from '../types';
import { emphasisAdvice, secondAreaAdvice } from './course-advice';

/**
 * From the Tech → Mech column of ipt-agenda-content.md §2: grief serves EMO, SUP, SKL; role
 * transition EMO, SKL, SUP; deficits EMO, SKL, SUP; every dispute stage serves STR. No strategy
 * of grief, transition or deficits decreases interpersonal stress.
 */
describe('an emphasis the area cannot serve', () => {
  const noStress: ProblemArea[] = ['grief', 'role-transition', 'interpersonal-deficits'];
  it.each(noStress)('Given %s with interpersonal stress emphasised, the form says so', (area) => {
    expect(emphasisAdvice(area, undefined, 'interpersonal-stress')).toMatch(
      /^This emphasis can't change anything for .+: no .+ strategy serves decreasing interpersonal stress/,
    );
  });

  const served: [ProblemArea, Mechanism][] = [
    ['grief', 'processing-emotions'],
    ['grief', 'social-support'],
    ['grief', 'interpersonal-skills'],
    ['role-transition', 'interpersonal-skills'],
    ['interpersonal-deficits', 'social-support'],
  ];
  it.each(served)('Given %s with %s emphasised, nothing is said', (area, mechanism) => {
    expect(emphasisAdvice(area, undefined, mechanism)).toBeUndefined();
  });

  it.each(['renegotiation', 'impasse', 'dissolution'] as const)(
    'Given a role dispute at %s, interpersonal stress can be emphasised',
    (stage) => {
      expect(emphasisAdvice('role-dispute', stage, 'interpersonal-stress')).toBeUndefined();
    },
  );
});

describe('a second area needs three sessions', () => {
  it('Given 8 sessions with the middle phase 5–6, it says the second area cannot get 3', () => {
    // 8 sessions, initial 1–4, middle 5–6, termination 7–8: two middle sessions
    const advice = secondAreaAdvice(
      { length: 8, boundaries: { initialEnd: 4, middleEnd: 6 } },
      'grief',
    );
    expect(advice).toBe(
      "A second area can't get 3 sessions in this course: Grief needs at least 3 middle sessions and this course has 2 middle sessions (sessions 5–6). Lengthen the course, move the phase boundaries, or keep one focus.",
    );
  });

  it('Given brief IPT (middle 3–6), a second area fits', () => {
    expect(
      secondAreaAdvice({ length: 8, boundaries: { initialEnd: 2, middleEnd: 6 } }, 'grief'),
    ).toBeUndefined();
  });

  it('Given 16 sessions, or no second area, nothing is said', () => {
    const course = { length: 16, boundaries: { initialEnd: 3, middleEnd: 13 } };
    expect(secondAreaAdvice(course, 'role-transition')).toBeUndefined();
    expect(
      secondAreaAdvice({ length: 8, boundaries: { initialEnd: 4, middleEnd: 6 } }, undefined),
    ).toBeUndefined();
  });

  it('Given a length still being typed, it says nothing (the schedule names that problem)', () => {
    expect(
      secondAreaAdvice(
        { length: Number.NaN, boundaries: { initialEnd: 3, middleEnd: 13 } },
        'grief',
      ),
    ).toBeUndefined();
  });
});
