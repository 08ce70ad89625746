/**
 * A low, stable risk (issue 11 item 8, refined): item 9 answered 1 on the latest PHQ-9 and on the
 * one before it, the client's last full risk assessment (on or before the session) judged the
 * risk low, and no flag open on that day other than item 9's own. Then the week re-checks risk
 * first and keeps the focus work, shortened; anything else still puts crisis work first.
 */
import { dayOfTimestamp } from '../dates';
import { latestAssessment, scoredMeasures } from '../measures';
import type { Measure, RiskFlag } from '../measures';
import type { Course, IsoDay } from '../types';

/** The low item-9 answer that can be stable; 2 or 3 always brings the full assessment. */
export const LOW_ITEM9 = 1;

/** The day of the last low-risk assessment when the risk is low and stable on `date`, else undefined. */
export function lowStableRiskOn(
  facts: { course: Pick<Course, 'id'>; measures: readonly Measure[]; flags: readonly RiskFlag[] },
  date: IsoDay,
  openFlags: readonly RiskFlag[],
): IsoDay | undefined {
  const scores = scoredMeasures(facts.measures, facts.course.id, 'phq9').filter(
    (m) => m.date <= date,
  );
  const [before, latest] = scores.slice(-2);
  if (!before || !latest) return undefined;
  if (latest.answers[8] !== LOW_ITEM9 || before.answers[8] !== LOW_ITEM9) return undefined;
  if (openFlags.some((f) => f.source !== 'item9')) return undefined;
  const assessed = facts.flags.filter(
    (f) => f.acknowledgement && dayOfTimestamp(f.acknowledgement.at) <= date,
  );
  const last = latestAssessment(assessed);
  return last?.assessment.level === 'low' ? dayOfTimestamp(last.at) : undefined;
}
