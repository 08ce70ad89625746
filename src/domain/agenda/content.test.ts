import { describe, expect, it } from 'vitest';
import { DISPUTE_STAGES, MECHANISMS, PROBLEM_AREAS } from '../types';
import type { DisputeStage, ProblemArea } from '../types';
import {
  AREA_LIBRARY,
  allStrategies,
  areaContent,
  focusKeyOf,
  MIDDLE_STEPS,
  TECHNIQUES,
} from './content';
import { INITIAL_PLANS } from './content-initial';

describe('allStrategies', () => {
  it('Given the library, no two strategies share a question', () => {
    // Given every prompt of every strategy / When counted / Then each appears once
    const prompts = allStrategies().flatMap((s) => s.prompts);
    expect(new Set(prompts).size).toBe(prompts.length);
  });

  it('Given the library, every strategy id is unique and tagged with known mechanisms and techniques', () => {
    // Given every strategy / When checked
    const list = allStrategies();
    // Then ids are unique, and every tag is from the known lists
    expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
    for (const s of list) {
      expect(s.mechanisms.length).toBeGreaterThan(0);
      expect(s.mechanisms.every((m) => MECHANISMS.includes(m))).toBe(true);
      expect(s.techniques.every((t) => t in TECHNIQUES)).toBe(true);
    }
  });
});

describe('areaContent', () => {
  const keys: [ProblemArea, DisputeStage | undefined][] = PROBLEM_AREAS.flatMap(
    (area): [ProblemArea, DisputeStage | undefined][] =>
      area === 'role-dispute'
        ? DISPUTE_STAGES.map((stage): [ProblemArea, DisputeStage] => [area, stage])
        : [[area, undefined] as [ProblemArea, undefined]],
  );

  it.each(keys)(
    'Given %s (%s), each step has an aim, strategies, prompts and tasks',
    (area, stage) => {
      // Given the area / When its progression is read
      const content = areaContent(area, stage);
      // Then all three steps are filled and progress signs exist
      for (const step of MIDDLE_STEPS) {
        const s = content.steps[step];
        expect(s.aim).not.toBe('');
        // Three strategies per step, so a step of up to three weeks leads with a new one each week
        expect(s.strategies.length).toBeGreaterThanOrEqual(3);
        for (const item of s.strategies) {
          // Each strategy has its own questions (two at least: one is kept for the follow-on)
          expect(item.prompts.length).toBeGreaterThanOrEqual(2);
          // and a concrete task: what and when
          expect(item.task.what).not.toBe('');
          expect(item.task.when).not.toBe('');
          expect(item.task.smaller).not.toBe(item.task.what);
        }
      }
      expect(content.progressSigns.length).toBeGreaterThan(0);
    },
  );

  it('Given a dispute with no stage, renegotiation is used', () => {
    // Given no stage / When the key is asked / Then renegotiation
    expect(focusKeyOf('role-dispute')).toBe('role-dispute:renegotiation');
  });

  it('Given interpersonal deficits, the content carries the weaker-outcomes caution', () => {
    // Given the library / When deficits is read / Then only it has a caution
    expect(AREA_LIBRARY['interpersonal-deficits'].caution).toMatch(/weaker/);
    expect(AREA_LIBRARY.grief.caution).toBeUndefined();
  });
});

describe('INITIAL_PLANS', () => {
  it.each([1, 2, 3, 4] as const)(
    'Given an initial phase of %i, every session fills 50 minutes',
    (size) => {
      // Given the plan / When the weights are added / Then each session is 50 minutes at the default
      const totals = INITIAL_PLANS[size].map((blocks) => blocks.reduce((a, b) => a + b.weight, 0));
      expect(totals).toEqual(Array.from({ length: size }, () => 50));
    },
  );
});
