/**
 * The progress chart's legend, in HTML below the picture so nothing is drawn over the scores and
 * nothing is clipped: the series, the severity bands with their score ranges, the reference lines,
 * the risk marker, and the numbered course events.
 */
import type { ChartAnnotation, ProgressChartProps } from './progress-chart';

export const LINE_STYLE = {
  baseline: { stroke: '#555', dash: '6 3' },
  response: { stroke: '#1c6e8c', dash: '4 4' },
  remission: { stroke: '#2e7d4f', dash: '2 3' },
} as const;
export const TONE = { primary: '#174a7c', secondary: '#8a4f9e' } as const;
export const BAND_FILL = ['#eef7ee', '#f7f7e6', '#fdf0dc', '#fbe3d3', '#f8d7d7'];

export interface NumberedEvent extends ChartAnnotation {
  number: number;
}

/** Events in session order, numbered from 1 as they are marked above the plot. */
export function eventNumbers(annotations: readonly ChartAnnotation[]): NumberedEvent[] {
  return [...annotations].sort((a, b) => a.x - b.x).map((a, i) => ({ ...a, number: i + 1 }));
}

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg
      className="chart-legend__swatch"
      width="28"
      height="14"
      viewBox="0 0 28 14"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

type LegendProps = ProgressChartProps & { events: NumberedEvent[] };

export function ChartLegend({ series, bands = [], lines = [], events }: LegendProps) {
  const flagged = series.some((s) => s.points.some((p) => p.flagged));
  return (
    <ul className="chart-legend" aria-label={`Legend: ${series.map((s) => s.name).join(', ')}`}>
      {series.map((s) => (
        <li key={s.name}>
          <Swatch>
            <line x1="0" x2="28" y1="7" y2="7" stroke={TONE[s.tone]} strokeWidth="2" />
            <circle cx="14" cy="7" r="4" fill={TONE[s.tone]} />
          </Swatch>
          {s.name} score
        </li>
      ))}
      {bands.map((b, i) => (
        <li key={b.label}>
          <Swatch>
            <rect
              x="2"
              y="1"
              width="24"
              height="12"
              fill={BAND_FILL[(b.level ?? i) % BAND_FILL.length]}
              stroke="#999"
            />
          </Swatch>
          {b.label} ({b.from}–{b.to - 1})
        </li>
      ))}
      {lines.map((l) => (
        <li key={l.label}>
          <Swatch>
            <line
              x1="0"
              x2="28"
              y1="7"
              y2="7"
              stroke={LINE_STYLE[l.tone].stroke}
              strokeDasharray={LINE_STYLE[l.tone].dash}
              strokeWidth="2"
            />
          </Swatch>
          {l.label}
        </li>
      ))}
      {flagged ? (
        <li>
          <Swatch>
            <path d="M9,12 l5,-10 l5,10 z" fill="#b3261e" />
          </Swatch>
          Risk flag raised with this score
        </li>
      ) : null}
      {events.map((e) => (
        <li key={e.number}>
          <span className="chart-legend__number" aria-hidden="true">
            {e.number}
          </span>
          <span className="visually-hidden">Event {e.number}, </span>
          session {e.x}: {e.label}
        </li>
      ))}
    </ul>
  );
}
