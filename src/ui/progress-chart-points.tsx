/**
 * The chart's point layer: each series as a line through its scores, and each score as a point
 * (with the risk marker when flagged), a focusable button when the chart lets points be chosen.
 */
import { line } from 'd3-shape';

import type { ChartPoint, ChartSeries } from './progress-chart';
import { TONE } from './progress-chart-legend';

/** A d3 scale as the layers use it: a value to its place in SVG units. */
export type Scale = (v: number) => number;

interface SeriesProps {
  line: ChartSeries;
  x: Scale;
  y: Scale;
  selectedId?: string | undefined;
  onSelect?: ((id: string) => void) | undefined;
}

export function Series({ line: s, x, y, selectedId, onSelect }: SeriesProps) {
  const path = line<ChartPoint>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  return (
    <g>
      <path
        d={path(s.points) ?? ''}
        fill="none"
        stroke={TONE[s.tone]}
        strokeWidth={2}
        aria-hidden="true"
      />
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
      {onSelect ? <circle className="chart-point__target" cx={cx} cy={cy} r={22} /> : null}
      <circle
        cx={cx}
        cy={cy}
        r={selected ? 7 : 5}
        fill={selected ? '#fff' : color}
        stroke={color}
        strokeWidth={2}
      />
      {p.flagged ? (
        <path d={`M${cx - 5},${cy - 10} l5,-9 l5,9 z`} fill="#b3261e" aria-hidden="true" />
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
