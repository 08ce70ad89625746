/**
 * The progress table and chart data of a course: each complete PHQ-9 against the baseline, with
 * the GAD-7 and the flags of the same session. Pure: the screen passes in what it read.
 */
import { classifyChange, LOW_BASELINE_REASON } from './change';
import type { ChangeClassification } from './change';
import { scoredMeasures } from './measure';
import type { Measure, ScoredMeasure } from './measure';
import type { RiskFlag, RiskSource } from './risk';
import { bandOf } from './scoring';

export interface ProgressRow {
  measure: ScoredMeasure;
  /** The session number the score belongs to, or null when it is not linked to a numbered session. */
  sessionNumber: number | null;
  bandLabel: string;
  change: ChangeClassification;
  /** Words for the table: "Response", "Remission range", "Worsening"… */
  status: string;
  isBaseline: boolean;
  gad7?: ScoredMeasure;
  flags: RiskFlag[];
}

export const RISK_SOURCE_LABEL: Readonly<Record<RiskSource, string>> = {
  item9: 'PHQ-9 item 9 above 0',
  'severe-score': 'PHQ-9 of 20 or more',
  manual: 'Raised by the clinician',
};

/** The words for a classified change, most urgent first (worsening, remission, response…). */
export function changeWords(change: ChangeClassification, isBaseline: boolean): string {
  const words: string[] = [];
  if (change.worsening) words.push('Worsening');
  if (change.remission) words.push('Remission range');
  if (isBaseline) words.push('Baseline');
  else if (change.response === 'response') words.push('Response');
  else if (change.response === 'partial') words.push('Partial response');
  else if (change.response === 'none') words.push('No response yet');
  else words.push(`Not classified (${LOW_BASELINE_REASON.toLowerCase()})`);
  return words.join('; ');
}

/** Rows oldest first: every complete PHQ-9 of the course compared with `baseline`. */
export function progressRows(input: {
  courseId: string;
  measures: readonly Measure[];
  flags: readonly RiskFlag[];
  sessionNumbers: ReadonlyMap<string, number | null>;
  baseline: ScoredMeasure;
}): ProgressRow[] {
  const phq = scoredMeasures(input.measures, input.courseId, 'phq9');
  const gad = scoredMeasures(input.measures, input.courseId, 'gad7');
  return phq.map((measure, i) => {
    const previous = phq[i - 1]?.total;
    const change = classifyChange(input.baseline.total, measure.total, previous);
    const isBaseline = measure.id === input.baseline.id;
    const gad7 = gad.find((g) =>
      measure.sessionId ? g.sessionId === measure.sessionId : g.date === measure.date,
    );
    return {
      measure,
      sessionNumber: measure.sessionId
        ? (input.sessionNumbers.get(measure.sessionId) ?? null)
        : null,
      bandLabel: bandOf('phq9', measure.total).label,
      change,
      status: changeWords(change, isBaseline),
      isBaseline,
      ...(gad7 ? { gad7 } : {}),
      flags: input.flags.filter(
        (f) =>
          f.measureId === measure.id ||
          (f.sessionId !== undefined && f.sessionId === measure.sessionId),
      ),
    };
  });
}

/** The response line (50 % of baseline) for the chart. */
export function responseLine(baseline: number): number {
  return baseline / 2;
}
