/**
 * The progress screens: the course's score lines from the course view's summaries (the same
 * baseline and wording as every other screen), plus the ratings and events they alone read.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import type { CourseView } from '../../domain/course-view';
import {
  changeWords,
  midCourseReviewSession,
  REMISSION_BELOW,
  reviewMidCourse,
  scoreAsOf,
  scoredMeasures,
} from '../../domain/measures';
import type {
  CourseEvent,
  ReviewOutcome,
  RiskFlag,
  ScoredMeasure,
  ScoreSummary,
} from '../../domain/measures';
import type { Course } from '../../domain/types';
import { tableOf } from '../../db/checked';
import { listCourseEvents } from '../../db/course-records';
import { db } from '../../db/database';
import { listRatings, mechanismRatingsOn } from '../../db/ratings';
import type { SessionRatings } from '../../db/ratings';
import type { ProgressChartProps } from '../../ui/progress-chart';

import { chartOf, gadChartOf } from './progress-charts';

export interface ProgressExtras {
  ratings: SessionRatings[];
  events: CourseEvent[];
  mechanismsOn: boolean;
}

/** The ratings, course events and mechanism switch of a course, in one read-only transaction. */
export function readProgressExtras(courseId: string): Promise<ProgressExtras> {
  const tables = (['ratings', 'courseEvents', 'courseSettings'] as const).map(tableOf);
  return db.transaction('r', tables, async () => {
    const [ratings, events, mechanismsOn] = await Promise.all([
      listRatings(courseId),
      listCourseEvents(courseId),
      mechanismRatingsOn(courseId),
    ]);
    return { ratings, events, mechanismsOn };
  });
}

/** The ratings, course events and mechanism switch of a course, live (the rest is the view). */
export function useProgressExtras(courseId: string): ProgressExtras | undefined {
  return useLiveQuery(() => readProgressExtras(courseId), [courseId]);
}

/** One complete PHQ-9 of the course as it stood on its day, against the course's baseline. */
export interface ScoreLine {
  summary: ScoreSummary;
  sessionNumber: number | null;
  /** Words for the table: "Baseline", "Response", "Remission range; Response"… */
  status: string;
  gad7?: ScoredMeasure;
  flags: RiskFlag[];
}

export interface Derived {
  lines: ScoreLine[];
  /** Why the stored baseline choice is not in force, if it is not. */
  baselineRefused?: string;
  review?: { session: number; outcome: ReviewOutcome; reached: boolean };
  chart: Omit<ProgressChartProps, 'title'>;
  /** GAD-7 on its own chart with its own bands, when the course has any. */
  gadChart?: Omit<ProgressChartProps, 'title'>;
}

function statusOf(summary: ScoreSummary): string {
  if (summary.change) return changeWords(summary.change, false);
  if (summary.isBaseline) {
    return summary.measure.total < REMISSION_BELOW ? 'Remission range; Baseline' : 'Baseline';
  }
  return 'Before the baseline';
}

/** Every complete PHQ-9 of the course, each read through `scoreAsOf` as of its own date. */
export function scoreLines(view: CourseView): ScoreLine[] {
  const { course, measures } = view;
  const numbers = new Map(view.sessions.map((s) => [s.id, s.number]));
  const gad = scoredMeasures(measures, course.id, 'gad7');
  const baselineId = view.chosenBaselines.phq9;
  return scoredMeasures(measures, course.id, 'phq9').flatMap((m) => {
    const summary = scoreAsOf(measures, {
      courseId: course.id,
      kind: 'phq9',
      date: m.date,
      ...(baselineId ? { baselineId } : {}),
    });
    if (!summary) return [];
    const gad7 = gad.find((g) => (m.sessionId ? g.sessionId === m.sessionId : g.date === m.date));
    return [
      {
        summary,
        sessionNumber: m.sessionId ? (numbers.get(m.sessionId) ?? null) : null,
        status: statusOf(summary),
        ...(gad7 ? { gad7 } : {}),
        flags: view.flags.filter(
          (f) => f.measureId === m.id || (f.sessionId !== undefined && f.sessionId === m.sessionId),
        ),
      },
    ];
  });
}

/** The lines, the mid-course review and the chart, all against `view.baselines.phq9`. */
export function derive(view: CourseView, extras: ProgressExtras): Derived {
  const choice = view.baselines.phq9;
  const baseline = choice.baseline?.total;
  const lines = scoreLines(view);
  return {
    lines,
    ...(choice.refused ? { baselineRefused: choice.refused } : {}),
    ...(baseline !== undefined && lines.length > 0
      ? { review: reviewOf(view.course, lines, baseline) }
      : {}),
    chart: chartOf(view, extras, lines, baseline),
    ...(gadChartOf(view, extras) ? { gadChart: gadChartOf(view, extras) } : {}),
  };
}

function reviewOf(course: Course, lines: ScoreLine[], baseline: number) {
  const session = midCourseReviewSession(course.boundaries);
  const last = lines.at(-1);
  const previous = lines.at(-2);
  const outcome = reviewMidCourse({
    baseline,
    current: last?.summary.measure.total ?? baseline,
    ...(previous ? { previous: previous.summary.measure.total } : {}),
    item9EverPositive: lines.some((l) => (l.summary.item9 ?? 0) > 0),
    highestTotal: Math.max(...lines.map((l) => l.summary.measure.total)),
  });
  return { session, outcome, reached: (last?.sessionNumber ?? 0) >= session };
}
