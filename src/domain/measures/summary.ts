/**
 * The one score summary every screen and print shows: the latest complete score on or before a
 * day, its item-9 answer, its band, and its change against the course's chosen baseline, in one
 * wording. Response, remission and worsening follow ipt-reference.md section 7 (via `change.ts`):
 * "worse than at the start" is a rise of 5 or more over the baseline, "up since last time" a rise
 * of 5 or more over the previous score; they are named apart.
 */
import { formatDay } from '../dates';
import type { IsoDay } from '../types';
import { classifyChange, pickBaseline, WORSENING_RISE } from './change';
import type { ChangeClassification, ResponseClass } from './change';
import { scoredMeasures } from './measure';
import type { Measure, MeasureKind, ScoredMeasure } from './measure';
import { bandOf } from './scoring';

export const QUESTIONNAIRE_NAME: Readonly<Record<MeasureKind, string>> = {
  phq9: 'PHQ-9',
  gad7: 'GAD-7',
};

/** Plain words for each response class (ipt-reference.md section 7). */
export const RESPONSE_WORDS: Readonly<Record<ResponseClass, string>> = {
  response: 'response (down 50% or more from baseline)',
  partial: 'partial response (down 25% to under 50% from baseline)',
  none: 'no response yet (down less than 25% from baseline)',
  'not-classified': 'not classified (baseline under 10)',
};

export interface BaselineChoice {
  /** The baseline in force: the chosen one, or the first complete score when none was chosen. */
  baseline?: ScoredMeasure;
  /** True when the therapist's choice is in force (not the first score by default). */
  chosen: boolean;
  /** Why a stored choice was not used (it points at a draft, another course…), in words. */
  refused?: string;
}

/** The course's baseline for one questionnaire: the therapist's choice when valid, else the first. */
export function courseBaseline(
  measures: readonly Measure[],
  courseId: string,
  kind: MeasureKind,
  chosenId?: string,
): BaselineChoice {
  const fallback = pickBaseline(measures, { courseId, kind });
  const first = fallback.ok ? fallback.value : undefined;
  if (chosenId === undefined) return { ...(first ? { baseline: first } : {}), chosen: false };
  const picked = pickBaseline(measures, { courseId, kind }, chosenId);
  if (picked.ok) return { baseline: picked.value, chosen: true };
  return {
    ...(first ? { baseline: first } : {}),
    chosen: false,
    refused: picked.problems[0]?.message ?? 'The chosen baseline cannot be used.',
  };
}

export interface ScoreSummary {
  kind: MeasureKind;
  /** The latest complete score on or before the day. */
  measure: ScoredMeasure;
  /** The PHQ-9 item-9 answer (0–3); undefined for a GAD-7. */
  item9?: number;
  bandLabel: string;
  baseline?: ScoredMeasure;
  isBaseline: boolean;
  /** Against the baseline (and the previous score, for a rise); absent for the baseline itself. */
  change?: ChangeClassification;
  /** 5 or more above the baseline. */
  worseThanStart: boolean;
  /** 5 or more above the previous score. */
  upSinceLast: boolean;
  /** One line: "PHQ-9 14 (moderate) on Mon 2 Mar 2026, item 9: 0; baseline 20, down 30%, …". */
  words: string;
}

/**
 * "down 12%", "up 5%", "no change": one format for a change, everywhere, in whole percent (the
 * classification itself uses the exact figure, so 49.6 % is never shown as a 50 % response).
 */
export function changePercentWords(percent: number | undefined): string {
  if (percent === undefined) return 'change not calculable (baseline 0)';
  const whole = Math.round(Math.abs(percent));
  if (whole === 0) return 'no change';
  return percent < 0 ? `down ${whole}%` : `up ${whole}%`;
}

/**
 * The summary of `kind` as it stood on `date`: the latest complete score dated on or before it,
 * compared with the course's baseline (chosen, or first). Undefined when no score exists by then.
 * A baseline dated after `date` is not used: the page shows the course as it stood that day.
 */
export function scoreAsOf(
  measures: readonly Measure[],
  scope: { courseId: string; kind: MeasureKind; date: IsoDay; baselineId?: string },
): ScoreSummary | undefined {
  const scored = scoredMeasures(measures, scope.courseId, scope.kind).filter(
    (m) => m.date <= scope.date,
  );
  const measure = scored.at(-1);
  if (!measure) return undefined;
  const previous = scored.at(-2);
  const choice = courseBaseline(measures, scope.courseId, scope.kind, scope.baselineId);
  const baseline =
    choice.baseline && choice.baseline.date <= scope.date ? choice.baseline : undefined;
  const isBaseline = baseline?.id === measure.id;
  const change =
    baseline && !isBaseline
      ? classifyChange(baseline.total, measure.total, previous?.total)
      : undefined;
  const item9 = scope.kind === 'phq9' ? (measure.answers[8] ?? undefined) : undefined;
  const summary = {
    kind: scope.kind,
    measure,
    ...(item9 === undefined || item9 === null ? {} : { item9 }),
    bandLabel: bandOf(scope.kind, measure.total).label,
    ...(baseline ? { baseline } : {}),
    isBaseline,
    ...(change ? { change } : {}),
    worseThanStart: !!baseline && !isBaseline && measure.total - baseline.total >= WORSENING_RISE,
    upSinceLast: !!previous && measure.total - previous.total >= WORSENING_RISE,
  };
  return { ...summary, words: summaryWords(summary) };
}

function summaryWords(s: Omit<ScoreSummary, 'words'>): string {
  const name = QUESTIONNAIRE_NAME[s.kind];
  const head = `${name} ${s.measure.total} (${s.bandLabel.toLowerCase()}) on ${formatDay(s.measure.date)}`;
  const item9 = s.item9 === undefined ? '' : `, item 9: ${s.item9}`;
  const parts: string[] = [];
  if (s.isBaseline) parts.push('this is the baseline');
  else if (s.baseline && s.change) {
    parts.push(`baseline ${s.baseline.total}, ${changePercentWords(s.change.percentChange)}`);
    if (s.kind === 'phq9') parts.push(RESPONSE_WORDS[s.change.response]);
  } else parts.push('no baseline yet');
  if (s.kind === 'phq9' && s.change?.remission) parts.push('in the remission range (below 5)');
  if (s.worseThanStart) parts.push('worse than at the start (5 or more above baseline)');
  if (s.upSinceLast) parts.push('up since last time (5 or more above the last score)');
  return `${head}${item9}; ${parts.join('; ')}`;
}
