/**
 * Words for the progress table and chart of a course: a classified change, a flag's source and
 * the response line. Pure: the screen passes in what it read.
 */
import { LOW_BASELINE_REASON } from './change';
import type { ChangeClassification } from './change';
import type { RiskSource } from './risk';

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

/** The response line (50 % of baseline) for the chart. */
export function responseLine(baseline: number): number {
  return baseline / 2;
}
