/**
 * What the progress charts draw: PHQ-9 against its bands, baseline, response and remission
 * lines; GAD-7 on a chart of its own against the GAD-7 bands (0–4 minimal, 5–9 mild, 10–14
 * moderate, 15–21 severe). Each point is named for a screen reader with its session, date,
 * score and band: "Session 4, Mon 19 Oct 2026: PHQ-9 12, moderate".
 */
import { defaultBoundaries } from '../../domain/course-rules';
import type { CourseView } from '../../domain/course-view';
import { formatDay } from '../../domain/dates';
import { PHASE_LABEL } from '../../domain/labels';
import {
  bandOf,
  COURSE_EVENT_LABEL,
  GAD7_BANDS,
  PHQ9_BANDS,
  REMISSION_BELOW,
  responseLine,
  scoredMeasures,
  sessionOfDate,
} from '../../domain/measures';
import type { BandRange, ScoredMeasure } from '../../domain/measures';
import type { ProgressChartProps } from '../../ui/progress-chart';

import type { ProgressExtras, ScoreLine } from './use-progress';

type Chart = Omit<ProgressChartProps, 'title'>;

/** Colour levels run minimal → severe; GAD-7's four bands skip PHQ-9's "moderately severe". */
function bandsOf(ranges: readonly BandRange[]): NonNullable<Chart['bands']> {
  const levels = ranges.length === 4 ? [0, 1, 2, 4] : [0, 1, 2, 3, 4];
  return ranges.map((band, i) => ({
    from: band.min,
    to: band.max + 1,
    label: band.label,
    level: levels[i] ?? i,
  }));
}

function frame(view: CourseView, extras: ProgressExtras) {
  const { course, sessions } = view;
  const b = course.boundaries ?? defaultBoundaries(course.length);
  return {
    xMax: course.length,
    phases: [
      { from: 1, to: b.initialEnd, label: PHASE_LABEL.initial },
      { from: b.initialEnd + 1, to: b.middleEnd, label: PHASE_LABEL.middle },
      { from: b.middleEnd + 1, to: course.length, label: PHASE_LABEL.termination },
    ],
    annotations: extras.events.map((e) => ({
      x: sessionOfDate(sessions, e.date),
      label: `${COURSE_EVENT_LABEL[e.kind]}: ${e.text}`,
    })),
  };
}

function baselineLines(baseline: number | undefined): NonNullable<Chart['lines']> {
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

/** The PHQ-9 chart of the course's score lines. */
export function chartOf(
  view: CourseView,
  extras: ProgressExtras,
  lines: ScoreLine[],
  baseline: number | undefined,
): Chart {
  const placed = lines.filter((l) => l.sessionNumber !== null);
  return {
    ...frame(view, extras),
    yMax: 27,
    bands: bandsOf(PHQ9_BANDS),
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
          label: `Session ${sessionNumber}, ${formatDay(s.measure.date)}: PHQ-9 ${s.measure.total}, ${s.bandLabel.toLowerCase()}${flags.length > 0 ? ', risk flag' : ''}`,
          flagged: flags.length > 0,
        })),
      },
    ],
  };
}

/** The GAD-7 chart, or undefined when the course has no GAD-7 placed on a session. */
export function gadChartOf(view: CourseView, extras: ProgressExtras): Chart | undefined {
  const numbers = new Map(view.sessions.map((s) => [s.id, s.number]));
  const numberOf = (g: ScoredMeasure) => (g.sessionId ? numbers.get(g.sessionId) : undefined);
  const gad = scoredMeasures(view.measures, view.course.id, 'gad7').filter((g) => numberOf(g));
  if (gad.length === 0) return undefined;
  return {
    ...frame(view, extras),
    yMax: 21,
    bands: bandsOf(GAD7_BANDS),
    series: [
      {
        name: 'GAD-7',
        tone: 'secondary',
        points: gad.map((g) => ({
          id: g.id,
          x: numberOf(g) ?? 0,
          y: g.total,
          label: `Session ${numberOf(g)}, ${formatDay(g.date)}: GAD-7 ${g.total}, ${bandOf('gad7', g.total).label.toLowerCase()}`,
        })),
      },
    ],
  };
}
