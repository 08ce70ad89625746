/**
 * The course timeline chart: x = session number, phases shaded, severity bands behind the
 * scores, reference lines (baseline, response, remission), flags and dated events. SVG so it
 * prints crisply; scales and paths from d3-scale and d3-shape. It draws at the width it is given
 * (one SVG unit is one CSS pixel), so its text stays readable on a phone. Nothing is written over
 * the scores: band names, line names, the risk marker and events are in the legend below it.
 */
import { scaleLinear } from 'd3-scale';

import { BAND_FILL, ChartLegend, eventNumbers, LINE_STYLE } from './progress-chart-legend';
import { Series } from './progress-chart-points';
import type { Scale } from './progress-chart-points';
import { useWidth } from './use-width';

export interface ChartPoint {
  id: string;
  x: number;
  y: number;
  /** Read out for the point: "Session 3, Mon 12 Oct 2026: PHQ-9 12, moderate". */
  label: string;
  flagged?: boolean;
}

export interface ChartSeries {
  name: string;
  points: ChartPoint[];
  tone: 'primary' | 'secondary';
}

export interface ChartBand {
  from: number;
  to: number;
  label: string;
  /** Colour from 0 (minimal, green) to 4 (severe, red); the band's place when absent. */
  level?: number;
}

export interface ChartLine {
  value: number;
  label: string;
  tone: 'baseline' | 'response' | 'remission';
}

export interface ChartAnnotation {
  x: number;
  label: string;
}

export interface ProgressChartProps {
  title: string;
  xMax: number;
  yMax: number;
  series: ChartSeries[];
  bands?: ChartBand[];
  lines?: ChartLine[];
  phases?: ChartBand[];
  annotations?: ChartAnnotation[];
  selectedId?: string | undefined;
  /** When given, each point is a focusable button. */
  onSelect?: (pointId: string) => void;
  /** A fixed drawing width (paper); without it the chart takes the width of its container. */
  width?: number;
  height?: number;
}

/** Top: the phase strip (y 4–18), then the row of event numbers (y 20–32). */
const M = { top: 36, right: 12, bottom: 36, left: 34 };
const PHASE_Y = 4;
const EVENT_Y = 30;
/** About how wide a character of the 11 px labels is, to leave out a phase name with no room. */
const CHAR_W = 6.2;

/** The chart with its legend; every number in it is also in the table beside it. */
export function ProgressChart(props: ProgressChartProps) {
  const [ref, measured] = useWidth<HTMLDivElement>();
  const width = props.width ?? Math.max(280, measured ?? 720);
  const height = props.height ?? (width < 500 ? 260 : 300);
  const { xMax, yMax } = props;
  const x = scaleLinear()
    .domain([0.5, Math.max(1, xMax) + 0.5])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, yMax])
    .range([height - M.bottom, M.top]);
  const events = eventNumbers(props.annotations ?? []);
  return (
    <div className="progress-chart-wrap" ref={props.width ? undefined : ref}>
      <svg
        className="progress-chart"
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={props.width ? undefined : height}
        style={props.width ? { maxWidth: props.width } : undefined}
        role="group"
        aria-label={props.title}
      >
        <Backdrop {...props} x={x} y={y} width={width} />
        <Axes x={x} y={y} xMax={xMax} yMax={yMax} height={height} />
        {(props.lines ?? []).map((l) => (
          <line
            key={l.label}
            x1={M.left}
            x2={width - M.right}
            y1={y(l.value)}
            y2={y(l.value)}
            stroke={LINE_STYLE[l.tone].stroke}
            strokeDasharray={LINE_STYLE[l.tone].dash}
            strokeWidth={1.5}
            aria-hidden="true"
          />
        ))}
        {events.map((e) => (
          <g key={e.number} aria-hidden="true">
            <line
              x1={x(e.x)}
              x2={x(e.x)}
              y1={M.top}
              y2={height - M.bottom}
              stroke="#888"
              strokeDasharray="1 3"
            />
            <text x={x(e.x)} y={EVENT_Y} fontSize="11" textAnchor="middle" fill="#333">
              {e.number}
            </text>
          </g>
        ))}
        {props.series.map((s) => (
          <Series
            key={s.name}
            line={s}
            x={x}
            y={y}
            selectedId={props.selectedId}
            onSelect={props.onSelect}
          />
        ))}
      </svg>
      <ChartLegend {...props} events={events} />
    </div>
  );
}

function Backdrop(props: ProgressChartProps & { x: Scale; y: Scale; width: number }) {
  const { x, y, width, yMax } = props;
  return (
    <g aria-hidden="true">
      {(props.bands ?? []).map((b, i) => (
        <rect
          key={b.label}
          x={M.left}
          width={width - M.left - M.right}
          y={y(Math.min(b.to, yMax))}
          height={Math.max(0, y(b.from) - y(Math.min(b.to, yMax)))}
          fill={BAND_FILL[(b.level ?? i) % BAND_FILL.length]}
        />
      ))}
      {(props.phases ?? []).map((p, i) => {
        const left = x(p.from - 0.5);
        const w = x(p.to + 0.5) - left;
        return (
          <g key={p.label}>
            <rect
              x={left}
              width={w}
              y={PHASE_Y}
              height={15}
              fill={i % 2 === 0 ? '#dfe7ef' : '#c9d6e3'}
            />
            {p.label.length * CHAR_W + 8 <= w ? (
              <text x={left + 4} y={PHASE_Y + 11} fontSize="11" fill="#1d2b36">
                {p.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

interface AxesProps {
  x: Scale;
  y: Scale;
  xMax: number;
  yMax: number;
  height: number;
}

function Axes({ x, y, xMax, yMax, height }: AxesProps) {
  const ticks = Array.from({ length: Math.max(1, xMax) }, (_, i) => i + 1);
  // On a narrow chart every other session is numbered, so the numbers never touch.
  const every = x(2) - x(1) < 18 ? 2 : 1;
  const yTicks = Array.from({ length: Math.floor(yMax / 5) + 1 }, (_, i) => i * 5);
  return (
    <g fontSize="11" fill="#333" aria-hidden="true">
      {ticks
        .filter((t) => t === 1 || t % every === 0)
        .map((t) => (
          <text key={t} x={x(t)} y={height - M.bottom + 15} textAnchor="middle">
            {t}
          </text>
        ))}
      <text x={(x(1) + x(ticks.length)) / 2} y={height - 4} textAnchor="middle">
        Session
      </text>
      {yTicks.map((t) => (
        <text key={t} x={M.left - 6} y={y(t) + 4} textAnchor="end">
          {t}
        </text>
      ))}
    </g>
  );
}
