/** Shared builders for the measures tests: fixed ids and dates, no randomness. */
import type { Measure, MeasureKind } from './measure';

/** Answers for `kind` adding up to `total`, filled from item 1 with 3s, item 9 last to rise. */
export function answersTotalling(kind: MeasureKind, total: number): number[] {
  const count = kind === 'phq9' ? 9 : 7;
  let left = total;
  return Array.from({ length: count }, () => {
    const value = Math.min(3, left);
    left -= value;
    return value;
  });
}

/** A complete PHQ-9 with the given total and item 9 answer. */
export function phq9(over: Partial<Measure> & { total: number; item9?: number }): Measure {
  const { item9 = 0, total, ...rest } = over;
  const answers = answersTotalling('phq9', total - item9).slice(0, 8);
  return {
    id: 'm1',
    clientId: 'client-1',
    courseId: 'course-1',
    sessionId: 'session-1',
    kind: 'phq9',
    date: '2026-03-02',
    answers: [...answers, item9],
    total,
    status: 'complete',
    recordedAt: '2026-03-02T09:00:00+00:00',
    ...rest,
  };
}
