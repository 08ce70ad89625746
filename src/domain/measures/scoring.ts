/**
 * Scoring PHQ-9 and GAD-7 (ipt-reference.md section 7). A missing or impossible answer is refused
 * with the item named, never scored as 0: a guessed total could hide risk.
 */
import { failure, problem, resultOf } from '../problems';
import type { Problem, Result } from '../problems';
import type { MeasureKind } from './measure';
import { QUESTIONNAIRES } from './questionnaires';

export type Band = 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';

export interface BandRange {
  band: Band;
  label: string;
  min: number;
  max: number;
}

export const PHQ9_BANDS: readonly BandRange[] = [
  { band: 'minimal', label: 'Minimal', min: 0, max: 4 },
  { band: 'mild', label: 'Mild', min: 5, max: 9 },
  { band: 'moderate', label: 'Moderate', min: 10, max: 14 },
  { band: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
  { band: 'severe', label: 'Severe', min: 20, max: 27 },
];

export const GAD7_BANDS: readonly BandRange[] = [
  { band: 'minimal', label: 'Minimal', min: 0, max: 4 },
  { band: 'mild', label: 'Mild', min: 5, max: 9 },
  { band: 'moderate', label: 'Moderate', min: 10, max: 14 },
  { band: 'severe', label: 'Severe', min: 15, max: 21 },
];

export const BANDS: Readonly<Record<MeasureKind, readonly BandRange[]>> = {
  phq9: PHQ9_BANDS,
  gad7: GAD7_BANDS,
};

export interface Score {
  total: number;
  band: Band;
  bandLabel: string;
}

/** Whether missing answers are allowed (a draft) or refused (a form being scored). */
export type AnswerCheck = 'draft' | 'complete';

/** The form field of a 1-based item number: `item-4`. */
export function itemField(itemNumber: number): string {
  return `item-${itemNumber}`;
}

/** The band a total falls in; throws for a total outside the questionnaire's range (a bug). */
export function bandOf(kind: MeasureKind, total: number): BandRange {
  const found = BANDS[kind].find((b) => total >= b.min && total <= b.max);
  if (!found) throw new Error(`Total ${total} is outside the ${kind} range`);
  return found;
}

/**
 * Problems with a set of answers, each naming its item and field. Values must be whole numbers
 * 0–3 and there must be no more answers than items. Missing answers are refused only when
 * `check` is 'complete': a half-filled draft is valid but not scorable.
 */
export function checkAnswers(
  kind: MeasureKind,
  answers: readonly (number | null | undefined)[],
  check: AnswerCheck = 'complete',
): Problem[] {
  const { items, name } = QUESTIONNAIRES[kind];
  const found: Problem[] = [];
  if (answers.length > items.length) {
    found.push(
      problem('answers-too-many', `${name} has ${items.length} items, not ${answers.length}.`),
    );
  }
  items.forEach((wording, i) => {
    const value = answers[i];
    const label = `Item ${i + 1} (${wording})`;
    if (value === null || value === undefined) {
      if (check === 'complete') {
        found.push(problem('answer-missing', `${label} has no answer`, itemField(i + 1)));
      }
    } else if (!isAnswerValue(value)) {
      found.push(
        problem(
          'answer-out-of-range',
          `${label} must be 0, 1, 2 or 3, not ${value}`,
          itemField(i + 1),
        ),
      );
    }
  });
  return found;
}

/** True when every item has a valid answer, so the form can be scored. */
export function isScorable(kind: MeasureKind, answers: readonly (number | null)[]): boolean {
  return checkAnswers(kind, answers, 'complete').length === 0;
}

/** Total and severity band of a fully answered questionnaire; refused with items named otherwise. */
export function scoreQuestionnaire(
  kind: MeasureKind,
  answers: readonly (number | null)[],
): Result<Score> {
  const found = checkAnswers(kind, answers, 'complete');
  if (found.length > 0) return failure(found);
  const total = answers.reduce<number>((sum, a) => sum + (a ?? 0), 0);
  const { band, label } = bandOf(kind, total);
  return resultOf({ total, band, bandLabel: label }, []);
}

function isAnswerValue(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 3;
}
