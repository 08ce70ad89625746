/**
 * Change against a baseline, in the measurement-based-care conventions of ipt-reference.md
 * section 7: response is a fall of at least 50 % from baseline, remission a score under 5, and a
 * rise of 5 points is meaningful worsening (Löwe et al. 2004). Comparisons use integer arithmetic
 * so that 20 → 10 is exactly 50 % and never 49.999… %.
 */
import { failure, problem, resultOf } from '../problems';
import type { Result } from '../problems';
import { isScored, scoredMeasures } from './measure';
import type { Measure, MeasureKind, ScoredMeasure } from './measure';

export const RESPONSE_FALL_PERCENT = 50;
export const PARTIAL_FALL_PERCENT = 25;
/** Below this baseline a percentage fall is not classified. */
export const MIN_CLASSIFIABLE_BASELINE = 10;
/** Scores below this are in the remission range. */
export const REMISSION_BELOW = 5;
/** A rise of this many points or more is meaningful worsening. */
export const WORSENING_RISE = 5;

export const LOW_BASELINE_REASON = 'Baseline under 10: a halving means little at this level';

export type ResponseClass = 'response' | 'partial' | 'none' | 'not-classified';

export interface ChangeClassification {
  /** Change from baseline in percent, one decimal, negative for a fall; undefined when baseline is 0. */
  percentChange?: number;
  response: ResponseClass;
  notClassifiedReason?: string;
  /** The current score is under 5: the "remission range". */
  remission: boolean;
  /** A rise of 5 or more from the previous score or from the baseline. */
  worsening: boolean;
}

/**
 * The baseline of a course for one questionnaire: its first complete score, unless the therapist
 * chose another. A chosen measure from another course, of another kind, or still a draft is refused.
 */
export function pickBaseline(
  measures: readonly Measure[],
  scope: { courseId: string; kind: MeasureKind },
  chosenId?: string,
): Result<ScoredMeasure> {
  if (chosenId === undefined) {
    const first = scoredMeasures(measures, scope.courseId, scope.kind)[0];
    if (first) return resultOf(first, []);
    return failure([problem('baseline-none', 'No complete score in this course yet.', 'baseline')]);
  }
  const chosen = measures.find((m) => m.id === chosenId);
  if (!chosen) {
    return failure([
      problem('baseline-unknown', 'The chosen baseline is not among these scores.', 'baseline'),
    ]);
  }
  if (chosen.courseId !== scope.courseId) {
    return failure([
      problem(
        'baseline-other-course',
        'Choose a baseline from this course, not an earlier one.',
        'baseline',
      ),
    ]);
  }
  if (chosen.kind !== scope.kind) {
    return failure([
      problem('baseline-other-kind', 'Choose a baseline of the same questionnaire.', 'baseline'),
    ]);
  }
  if (!isScored(chosen)) {
    return failure([
      problem('baseline-draft', 'A draft cannot be a baseline: complete it first.', 'baseline'),
    ]);
  }
  return resultOf(chosen, []);
}

/** Classifies `current` against `baseline` (and `previous`, for worsening); totals are whole numbers. */
export function classifyChange(
  baseline: number,
  current: number,
  previous?: number,
): ChangeClassification {
  const remission = current < REMISSION_BELOW;
  const worsening =
    current - baseline >= WORSENING_RISE ||
    (previous !== undefined && current - previous >= WORSENING_RISE);
  const percentChange =
    baseline === 0 ? undefined : Math.round(((current - baseline) * 1000) / baseline) / 10;
  const base = { ...(percentChange === undefined ? {} : { percentChange }), remission, worsening };
  if (baseline < MIN_CLASSIFIABLE_BASELINE) {
    return { ...base, response: 'not-classified', notClassifiedReason: LOW_BASELINE_REASON };
  }
  return { ...base, response: responseClass(baseline, current) };
}

function responseClass(baseline: number, current: number): ResponseClass {
  const fallTimes100 = (baseline - current) * 100;
  if (fallTimes100 >= RESPONSE_FALL_PERCENT * baseline) return 'response';
  if (fallTimes100 >= PARTIAL_FALL_PERCENT * baseline) return 'partial';
  return 'none';
}
