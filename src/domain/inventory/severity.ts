/**
 * The PHQ-9 severity a formulation may quote: the latest complete PHQ-9 of the course, re-scored
 * from its answers (never from a stored total alone), or nothing when there is none.
 */
import { scoreQuestionnaire, scoredMeasures } from '../measures';
import type { Measure } from '../measures';
import type { Phq9Severity } from './formulation';

/** The latest complete PHQ-9 of `courseId` as total and band name; undefined when none is scorable. */
export function latestPhq9Severity(
  measures: readonly Measure[],
  courseId: string,
): Phq9Severity | undefined {
  const complete = scoredMeasures(measures, courseId, 'phq9');
  for (const measure of complete.reverse()) {
    const score = scoreQuestionnaire('phq9', measure.answers);
    if (score.ok) return { total: score.value.total, band: score.value.bandLabel };
  }
  return undefined;
}
