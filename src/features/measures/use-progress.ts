/**
 * The progress screens: the course's score lines from the course view's summaries (the same
 * baseline and wording as every other screen), plus the ratings and events they alone read.
 */
import { useLiveQuery } from 'dexie-react-hooks';

import { defaultBoundaries } from '../../domain/course-plan';
import type { CourseView } from '../../domain/course-view';
import { PHASE_LABEL } from '../../domain/labels';
import {
  bandOf,
  changeWords,
  COURSE_EVENT_LABEL,
  midCourseReviewSession,
  PHQ9_BANDS,
  REMISSION_BELOW,
  responseLine,
  reviewMidCourse,
  scoreAsOf,
  scoredMeasures,
  sessionOfDate,
} from '../../domain/measures';
import type {
  CourseEvent,
  ReviewOutcome,
  RiskFlag,
  ScoredMeasure,
  ScoreSummary,
} from '../../domain/measures';
import type { Course } from '../../domain/types';
import { listCourseEvents } from '../../db/course-records';
import { listRatings, mechanismRatingsOn } from '../../db/ratings';
import type { SessionRatings } from '../../db/ratings';
import type { ProgressChartProps } from '../../ui/progress-chart';

export interface ProgressExtras {
  ratings: SessionRatings[];
  events: CourseEvent[];
  mechanismsOn: boolean;
}

/** The ratings, course events and mechanism switch of a course, live (the rest is the view). */
export function useProgressExtras(courseId: string): ProgressExtras | undefined {
  return useLiveQuery(async () => {
    const [ratings, events, mechanismsOn] = await Promise.all([
      listRatings(courseId),
      listCourseEvents(courseId),
      mechanismRatingsOn(courseId),
    ]);
    return { ratings, events, mechanismsOn };
  }, [courseId]);
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

function baselineLines(baseline: number | undefined): NonNullable<ProgressChartProps['lines']> {
  if (baseline === undefined) return [];
  return [
    { value: baseline, label: `Baseline ${baseline}`, tone: 'baseline' },
    {
      value: responseLine(baseline),
      label: `Response line (50% of baseline): ${responseLine(baseline)}`,
      tone: 'response',
    },
  ];
}

function gadSeries(view: CourseView): ProgressChartProps['series'] {
  const numbers = new Map(view.sessions.map((s) => [s.id, s.number]));
  const gad = scoredMeasures(view.measures, view.course.id, 'gad7');
  if (gad.length === 0) return [];
  const numberOf = (g: ScoredMeasure) => (g.sessionId ? numbers.get(g.sessionId) : undefined);
  return [
    {
      name: 'GAD-7',
      tone: 'secondary',
      points: gad
        .filter((g) => numberOf(g))
        .map((g) => ({
          id: g.id,
          x: numberOf(g) ?? 0,
          y: g.total,
          label: `Session ${numberOf(g)}, GAD-7 ${g.total} (${bandOf('gad7', g.total).label.toLowerCase()})`,
        })),
    },
  ];
}

function chartOf(
  view: CourseView,
  extras: ProgressExtras,
  lines: ScoreLine[],
  baseline: number | undefined,
): Omit<ProgressChartProps, 'title'> {
  const { course, sessions } = view;
  const b = course.boundaries ?? defaultBoundaries(course.length);
  const placed = lines.filter((l) => l.sessionNumber !== null);
  return {
    xMax: course.length,
    yMax: 27,
    bands: PHQ9_BANDS.map((band) => ({
      from: band.min,
      to: band.max + 1,
      label: `PHQ-9 ${band.label.toLowerCase()}`,
    })),
    phases: [
      { from: 1, to: b.initialEnd, label: PHASE_LABEL.initial },
      { from: b.initialEnd + 1, to: b.middleEnd, label: PHASE_LABEL.middle },
      { from: b.middleEnd + 1, to: course.length, label: PHASE_LABEL.termination },
    ],
    lines: [
      ...baselineLines(baseline),
      { value: REMISSION_BELOW, label: 'Remission: below 5', tone: 'remission' },
    ],
    series: [
      {
        name: 'PHQ-9',
        tone: 'primary',
        points: placed.map(({ summary: s, sessionNumber, flags }) => ({
          id: s.measure.id,
          x: sessionNumber ?? 0,
          y: s.measure.total,
          label: `Session ${sessionNumber}, PHQ-9 ${s.measure.total} (${s.bandLabel.toLowerCase()})${flags.length > 0 ? ', risk flag' : ''}`,
          flagged: flags.length > 0,
        })),
      },
      ...gadSeries(view),
    ],
    annotations: extras.events.map((e) => ({
      x: sessionOfDate(sessions, e.date),
      label: `${COURSE_EVENT_LABEL[e.kind]}: ${e.text}`,
    })),
  };
}
