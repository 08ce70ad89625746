/**
 * Second passes through a strategy (issue 11 item 2, refined by the lead): the questions asked
 * when the strategy was worked before are not asked again; the pass starts from what changed
 * since that session. Every 16- and 12-week course of each area and dispute stage, nothing saved.
 */
import { describe, expect, it } from 'vitest';
import type { DisputeStage, ProblemArea } from '../types';
import { buildAgenda } from './generate';
import { courseOf } from './test-fixtures';
import type { AgendaSegment } from './types';

const COURSES: [ProblemArea, DisputeStage | undefined, number][] = (
  [
    ['grief', undefined],
    ['role-dispute', 'renegotiation'],
    ['role-dispute', 'impasse'],
    ['role-dispute', 'dissolution'],
    ['role-transition', undefined],
    ['interpersonal-deficits', undefined],
  ] as const
).flatMap(([a, s]) =>
  [16, 12].map((n) => [a, s, n] as [ProblemArea, DisputeStage | undefined, number]),
);

const quoted = (s: AgendaSegment) => s.content.filter((l) => l.startsWith('"'));
const strategyOf = (s: AgendaSegment) => (s.id.startsWith('strategy-') ? s.id : undefined);

describe('a second pass asks new questions', () => {
  it.each(COURSES)('Given %s (%s), %i weeks', (area, stage, length) => {
    const course = courseOf({
      length,
      primaryArea: area,
      ...(stage ? { disputeStage: stage } : {}),
    });
    const weeks = Array.from({ length }, (_, i) =>
      buildAgenda({ course, sessionNumber: i + 1, focusPersonLabel: 'partner' }),
    );
    const asked = new Map<string, { week: number; lines: Set<string> }>();
    let passes = 0;
    for (const week of weeks) {
      const segments = week.segments.filter(strategyOf);
      const lead = segments[0];
      if (lead?.content.some((l) => l.startsWith('Second pass'))) {
        passes++;
        const before = asked.get(lead.id);
        expect(before, `${lead.id} led before week ${week.sessionNumber}`).toBeDefined();
        for (const q of quoted(lead)) expect(before?.lines.has(q), q).toBe(false);
        expect(lead.content.join(' ')).toContain(`session ${before?.week ?? 0}`);
      }
      for (const s of segments) {
        const seen = asked.get(s.id) ?? { week: week.sessionNumber, lines: new Set<string>() };
        for (const q of quoted(s)) seen.lines.add(q);
        if (s === lead) seen.week = week.sessionNumber;
        asked.set(s.id, seen);
      }
    }
    // A 16-week course has more middle weeks than most areas have strategies: it makes passes
    if (length === 16) expect(passes).toBeGreaterThan(0);
  });
});
