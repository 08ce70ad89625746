import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

interface ScoreChartProps {
  title: string;
  points: readonly { label: string; total: number }[];
  max: number;
}

const W = 480;
const H = 180;
const M = { top: 10, right: 10, bottom: 30, left: 30 };

/** A small line chart of totals (lower is better), drawn in SVG so it prints sharply. */
export function ScoreChart({ title, points, max }: ScoreChartProps) {
  if (points.length === 0) return null;
  const x = scalePoint<string>()
    .domain(points.map((_, i) => `${i}`))
    .range([M.left, W - M.right])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, max])
    .range([H - M.bottom, M.top]);
  const path = line<{ total: number }>()
    .x((_, i) => x(`${i}`) ?? 0)
    .y((p) => y(p.total))(points);
  return (
    <svg className="doc-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
      {[0, Math.round(max / 2), max].map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#ddd" />
          <text x={M.left - 4} y={y(t) + 4} fontSize="10" textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      <path d={path ?? ''} fill="none" stroke="#245" strokeWidth="2" />
      {points.map((p, i) => (
        <g key={`${p.label}-${i}`}>
          <circle cx={x(`${i}`)} cy={y(p.total)} r="3" fill="#245" />
          <text x={x(`${i}`)} y={H - 12} fontSize="9" textAnchor="middle">
            {p.label.replace('Session ', 'S')}
          </text>
        </g>
      ))}
    </svg>
  );
}
