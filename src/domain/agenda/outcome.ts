/**
 * The PHQ-9 against baseline in the reference's words (ipt-reference.md section 7; content file
 * section 4): the response categories come from measures/change.ts, the one place they are
 * defined. "Worse than at the start" (5+ above baseline) and "up since last time" (5+ above the
 * previous score) are two findings, named apart.
 */
import { changePercentWords, classifyChange, RESPONSE_WORDS, WORSENING_RISE } from '../measures';
import type { CourseOutcome, ScoreAsOf, ScoreReview } from './types';

/** One format for a change from baseline: "down 12%", "up 5%", "no change". */
export function changeWords(baseline: number, total: number): string {
  return changePercentWords(classifyChange(baseline, total).percentChange);
}

/** The outcome category of a score against its baseline; unknown without a classifiable baseline. */
export function outcomeOf(score?: ScoreAsOf): CourseOutcome {
  if (!score || score.baseline === undefined) return 'unknown';
  const c = classifyChange(score.baseline, score.total);
  if (c.response === 'not-classified') return 'unknown';
  if (c.response === 'response') return c.remission ? 'remission' : 'response';
  return c.response === 'partial' ? 'partial' : 'none';
}

/** The review of a score as of a session: change, outcome and the two worsening findings. */
export function reviewScore(score?: ScoreAsOf): ScoreReview | undefined {
  if (!score) return undefined;
  const { baseline, total, previous, item9 } = score;
  return {
    total,
    ...(baseline === undefined ? {} : { baseline, change: changeWords(baseline, total) }),
    ...(item9 === undefined ? {} : { item9 }),
    outcome: outcomeOf(score),
    worseThanStart: baseline !== undefined && total - baseline >= WORSENING_RISE,
    upSinceLast: previous !== undefined && total - previous >= WORSENING_RISE,
  };
}

/** The outcome in the words of measures/summary.ts, the one place they are defined. */
export const OUTCOME_WORDS: Record<CourseOutcome, string> = {
  remission: `${RESPONSE_WORDS.response}, in the remission range (below 5)`,
  response: RESPONSE_WORDS.response,
  partial: RESPONSE_WORDS.partial,
  none: RESPONSE_WORDS.none,
  unknown: RESPONSE_WORDS['not-classified'],
};

/** "PHQ-9 14 (item 9: 0), baseline 20, down 30%: partial response (down 25–49%)". */
export function scoreLine(r: ScoreReview): string {
  const item9 = r.item9 === undefined ? '' : ` (item 9: ${r.item9})`;
  const base = r.baseline === undefined ? '' : `, baseline ${r.baseline}, ${r.change ?? ''}`;
  const findings = [
    ...(r.worseThanStart ? ['worse than at the start (5 or more above baseline)'] : []),
    ...(r.upSinceLast ? ['up since last time (5 or more above the last score)'] : []),
  ];
  const extra = findings.length > 0 ? `; ${findings.join('; ')}` : '';
  const outcome = r.baseline === undefined ? '' : `: ${OUTCOME_WORDS[r.outcome]}`;
  return `PHQ-9 ${r.total}${item9}${base}${outcome}${extra}.`;
}
