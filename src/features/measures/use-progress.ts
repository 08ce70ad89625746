/** Everything the progress screens read, and the rows, chart props and review derived from it. */
import { useLiveQuery } from 'dexie-react-hooks';

import { defaultBoundaries } from '../../domain/course-plan';
import { PHASE_LABEL } from '../../domain/labels';
import {
  COURSE_EVENT_LABEL,
  GAD7_BANDS,
  midCourseReviewSession,
  PHQ9_BANDS,
  pickBaseline,
  progressRows,
  REMISSION_BELOW,
  responseLine,
  reviewMidCourse,
  scoredMeasures,
  sessionOfDate,
} from '../../domain/measures';
import type { ProgressRow, ReviewOutcome } from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import type { Course, Session } from '../../domain/types';
import { getChosenBaseline, listCourseEvents } from '../../db/course-records';
import { listClientMeasures } from '../../db/measures';
import { listRatings, mechanismRatingsOn } from '../../db/ratings';
import { listCourseFlags } from '../../db/risk';
import type { ProgressChartProps } from '../../ui/progress-chart';

/** Reads the course's measures, flags, ratings, events and the baseline choice, live. */
export function useProgressData(courseId: string, clientId: string | undefined) {
  return useLiveQuery(async () => {
    if (!clientId) return undefined;
    const [clientMeasures, flags, ratings, events, chosen, mechanismsOn] = await Promise.all([
      listClientMeasures(clientId),
      listCourseFlags(courseId),
      listRatings(courseId),
      listCourseEvents(courseId),
      getChosenBaseline(courseId, 'phq9'),
      mechanismRatingsOn(courseId),
    ]);
    return { clientMeasures, flags, ratings, events, chosen, mechanismsOn };
  }, [courseId, clientId]);
}

export type ProgressData = NonNullable<ReturnType<typeof useProgressData>>;

export interface Derived {
  rows: ProgressRow[];
  baselineProblems: Problem[];
  review?: { session: number; outcome: ReviewOutcome; reached: boolean };
  chart: Omit<ProgressChartProps, 'title'>;
}

/** Rows against the baseline (the chosen one, or the first when the choice is refused). */
export function derive(course: Course, sessions: Session[], data: ProgressData): Derived {
  const measures = data.clientMeasures;
  const picked = pickBaseline(measures, { courseId: course.id, kind: 'phq9' }, data.chosen);
  const fallback = pickBaseline(measures, { courseId: course.id, kind: 'phq9' });
  const baseline = picked.ok ? picked.value : fallback.ok ? fallback.value : undefined;
  const baselineProblems = data.chosen !== undefined && !picked.ok ? picked.problems : [];
  const numbers = new Map(sessions.map((s) => [s.id, s.number]));
  const rows = baseline
    ? progressRows({
        courseId: course.id,
        measures,
        flags: data.flags,
        sessionNumbers: numbers,
        baseline,
      })
    : [];
  return {
    rows,
    baselineProblems,
    ...(baseline && rows.length > 0 ? { review: reviewOf(course, rows, baseline.total) } : {}),
    chart: chartOf(course, sessions, data, rows, baseline?.total),
  };
}

function reviewOf(course: Course, rows: ProgressRow[], baseline: number) {
  const session = midCourseReviewSession(course.boundaries);
  const last = rows.at(-1);
  const previous = rows.at(-2);
  const outcome = reviewMidCourse({
    baseline,
    current: last?.measure.total ?? baseline,
    ...(previous ? { previous: previous.measure.total } : {}),
    item9EverPositive: rows.some((r) => (r.measure.answers[8] ?? 0) > 0),
    highestTotal: Math.max(...rows.map((r) => r.measure.total)),
  });
  return { session, outcome, reached: (last?.sessionNumber ?? 0) >= session };
}

function chartOf(
  course: Course,
  sessions: Session[],
  data: ProgressData,
  rows: ProgressRow[],
  baseline: number | undefined,
): Omit<ProgressChartProps, 'title'> {
  const b = course.boundaries ?? defaultBoundaries(course.length);
  const gad = scoredMeasures(data.clientMeasures, course.id, 'gad7');
  const numbers = new Map(sessions.map((s) => [s.id, s.number]));
  const placed = rows.filter((r) => r.sessionNumber !== null);
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
      ...(baseline !== undefined
        ? [
            { value: baseline, label: `Baseline ${baseline}`, tone: 'baseline' as const },
            {
              value: responseLine(baseline),
              label: `Response line (50% of baseline): ${responseLine(baseline)}`,
              tone: 'response' as const,
            },
          ]
        : []),
      { value: REMISSION_BELOW, label: 'Remission: below 5', tone: 'remission' },
    ],
    series: [
      {
        name: 'PHQ-9',
        tone: 'primary',
        points: placed.map((r) => ({
          id: r.measure.id,
          x: r.sessionNumber ?? 0,
          y: r.measure.total,
          label: `Session ${r.sessionNumber}, PHQ-9 ${r.measure.total} (${r.bandLabel.toLowerCase()})${r.flags.length > 0 ? ', risk flag' : ''}`,
          flagged: r.flags.length > 0,
        })),
      },
      ...(gad.length > 0
        ? [
            {
              name: 'GAD-7',
              tone: 'secondary' as const,
              points: gad
                .filter((g) => g.sessionId && numbers.get(g.sessionId))
                .map((g) => ({
                  id: g.id,
                  x: numbers.get(g.sessionId ?? '') ?? 0,
                  y: g.total,
                  label: `Session ${numbers.get(g.sessionId ?? '')}, GAD-7 ${g.total} (${GAD7_BANDS.find((x) => g.total >= x.min && g.total <= x.max)?.label.toLowerCase()})`,
                })),
            },
          ]
        : []),
    ],
    annotations: data.events.map((e) => ({
      x: sessionOfDate(sessions, e.date),
      label: `${COURSE_EVENT_LABEL[e.kind]}: ${e.text}`,
    })),
  };
}
