/**
 * A stored questionnaire: one PHQ-9 or GAD-7 filled in for a client, usually at a session.
 * A draft may be half-filled; only a complete measure carries a total and counts in graphs.
 */
import type { IsoDateTime, IsoDay } from '../types';
import { byText } from '../order';

export const MEASURE_KINDS = ['phq9', 'gad7'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const MEASURE_STATUSES = ['draft', 'complete'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** An answer to the difficulty question: 0 "Not difficult at all" … 3 "Extremely difficult". */
export type DifficultyAnswer = 0 | 1 | 2 | 3;

export interface Measure {
  id: string;
  clientId: string;
  courseId: string;
  sessionId?: string;
  kind: MeasureKind;
  date: IsoDay;
  /** One entry per item, 0–3, or null while unanswered (drafts only). */
  answers: (number | null)[];
  /** Stored for the record; never part of the total. */
  difficulty?: DifficultyAnswer;
  /** Set when the measure is complete. */
  total?: number;
  status: MeasureStatus;
  recordedAt: IsoDateTime;
}

/** A complete measure: every item answered and the total set. */
export type ScoredMeasure = Measure & { status: 'complete'; total: number };

/** True when the measure is complete and has a total, so it may be graphed and compared. */
export function isScored(measure: Measure): measure is ScoredMeasure {
  return measure.status === 'complete' && typeof measure.total === 'number';
}

/** Complete measures of one kind in one course, oldest first (by date, then recording time). */
export function scoredMeasures(
  measures: readonly Measure[],
  courseId: string,
  kind: MeasureKind,
): ScoredMeasure[] {
  return measures
    .filter((m): m is ScoredMeasure => m.courseId === courseId && m.kind === kind && isScored(m))
    .sort((a, b) => byText(a.date, b.date) || byText(a.recordedAt, b.recordedAt));
}
