/**
 * The course timeline chart: x = session number, phases shaded, severity bands behind the
 * scores, reference lines (baseline, response, remission), flags and dated events. Presentational
 * and SVG so it prints crisply; scales and paths come from d3-scale and d3-shape.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface ChartPoint {
  id: string;
  x: number;
  y: number;
  /** Read out for the point: "Session 3, PHQ-9 12 (moderate)". */
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
  width?: number;
  height?: number;
}

const M = { top: 28, right: 120, bottom: 34, left: 36 };
const BAND_FILL = ['#eef7ee', '#f7f7e6', '#fdf0dc', '#fbe3d3', '#f8d7d7'];
const LINE_STYLE = {
  baseline: { stroke: '#555', dash: '6 3' },
  response: { stroke: '#1c6e8c', dash: '4 4' },
  remission: { stroke: '#2e7d4f', dash: '2 3' },
} as const;
const TONE = { primary: '#174a7c', secondary: '#8a4f9e' } as const;

/** The chart; every number in it is also in the accessible table beside it. */
export function ProgressChart(props: ProgressChartProps) {
  const { width = 720, height = 320, xMax, yMax, selectedId, onSelect } = props;
  const x = scaleLinear()
    .domain([0.5, Math.max(1, xMax) + 0.5])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, yMax])
    .range([height - M.bottom, M.top]);
  const path = line<ChartPoint>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  const ticks = Array.from({ length: Math.max(1, xMax) }, (_, i) => i + 1);
  return (
    <svg
      className="progress-chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="group"
      aria-label={props.title}
    >
      {(props.bands ?? []).map((b, i) => (
        <g key={b.label}>
          <rect
            x={M.left}
            width={width - M.left - M.right}
            y={y(Math.min(b.to, yMax))}
            height={Math.max(0, y(b.from) - y(Math.min(b.to, yMax)))}
            fill={BAND_FILL[i % BAND_FILL.length]}
          />
          <text
            x={width - M.right + 4}
            y={(y(b.from) + y(Math.min(b.to, yMax))) / 2 + 4}
            fontSize="10"
            fill="#333"
          >
            {b.label}
          </text>
        </g>
      ))}
      {(props.phases ?? []).map((p, i) => (
        <g key={p.label}>
          <rect
            x={x(p.from - 0.5)}
            width={x(p.to + 0.5) - x(p.from - 0.5)}
            y={M.top - 16}
            height={14}
            fill={i % 2 === 0 ? '#dfe7ef' : '#c9d6e3'}
          />
          <text x={x(p.from - 0.5) + 4} y={M.top - 5} fontSize="10" fill="#1d2b36">
            {p.label}
          </text>
        </g>
      ))}
      <Axes x={x} y={y} ticks={ticks} yMax={yMax} height={height} />
      {(props.lines ?? []).map((l) => (
        <g key={l.label}>
          <line
            x1={M.left}
            x2={width - M.right}
            y1={y(l.value)}
            y2={y(l.value)}
            stroke={LINE_STYLE[l.tone].stroke}
            strokeDasharray={LINE_STYLE[l.tone].dash}
            strokeWidth={1.5}
          />
          <text x={M.left + 4} y={y(l.value) - 3} fontSize="10" fill={LINE_STYLE[l.tone].stroke}>
            {l.label}
          </text>
        </g>
      ))}
      {(props.annotations ?? []).map((a, i) => (
        <g key={`${a.label}-${i}`}>
          <line
            x1={x(a.x)}
            x2={x(a.x)}
            y1={M.top}
            y2={height - M.bottom}
            stroke="#999"
            strokeDasharray="1 3"
          />
          <text x={x(a.x) + 3} y={M.top + 10 + (i % 4) * 11} fontSize="9" fill="#444">
            {a.label}
          </text>
        </g>
      ))}
      {props.series.map((s) => (
        <g key={s.name}>
          <path d={path(s.points) ?? ''} fill="none" stroke={TONE[s.tone]} strokeWidth={2} />
          {s.points.map((p) => (
            <Point
              key={p.id}
              p={p}
              cx={x(p.x)}
              cy={y(p.y)}
              color={TONE[s.tone]}
              selected={p.id === selectedId}
              onSelect={onSelect}
            />
          ))}
        </g>
      ))}
    </svg>
  );
}

interface PointProps {
  p: ChartPoint;
  cx: number;
  cy: number;
  color: string;
  selected: boolean;
  onSelect?: ((id: string) => void) | undefined;
}

function Point({ p, cx, cy, color, selected, onSelect }: PointProps) {
  const marks = (
    <>
      <circle
        cx={cx}
        cy={cy}
        r={selected ? 7 : 5}
        fill={selected ? '#fff' : color}
        stroke={color}
        strokeWidth={2}
      />
      {p.flagged ? (
        <path d={`M${cx - 6},${cy - 16} l6,-10 l6,10 z`} fill="#b3261e" aria-hidden="true" />
      ) : null}
    </>
  );
  if (!onSelect) {
    return (
      <g>
        <title>{p.label}</title>
        {marks}
      </g>
    );
  }
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={p.label}
      aria-pressed={selected}
      className="chart-point"
      onClick={() => onSelect(p.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(p.id);
        }
      }}
    >
      {marks}
    </g>
  );
}

interface AxesProps {
  x: (v: number) => number;
  y: (v: number) => number;
  ticks: number[];
  yMax: number;
  height: number;
}

function Axes({ x, y, ticks, yMax, height }: AxesProps) {
  const yTicks = Array.from({ length: Math.floor(yMax / 5) + 1 }, (_, i) => i * 5);
  return (
    <g fontSize="10" fill="#333" aria-hidden="true">
      {ticks.map((t) => (
        <text key={t} x={x(t)} y={height - M.bottom + 14} textAnchor="middle">
          {t}
        </text>
      ))}
      <text x={(x(1) + x(ticks.length)) / 2} y={height - 4} textAnchor="middle">
        Session
      </text>
      {yTicks.map((t) => (
        <text key={t} x={M.left - 6} y={y(t) + 3} textAnchor="end">
          {t}
        </text>
      ))}
    </g>
  );
}
