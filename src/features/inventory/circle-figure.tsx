/**
 * The closeness circle as SVG: the client at the centre, three rings, each person on their ring.
 * The picture is role="img" with a description; the lists beside it are the text equivalent and
 * hold the keyboard controls. Pointer users may click a person, then click a ring to move them.
 */
import { useId } from 'react';
import type { MouseEvent } from 'react';

import { layoutCircle } from '../../domain/inventory';
import type { Circle, InventoryPerson, Ring } from '../../domain/inventory';

export const CIRCLE_SIZE = 420;
const LABEL_MAX = 18;
/** Room either side of the square for long labels on the left and right of the outer ring. */
const PAD_X = 90;
const PAD_Y = 10;
const VIEW_W = CIRCLE_SIZE + 2 * PAD_X;
const VIEW_H = CIRCLE_SIZE + 2 * PAD_Y;

function shorten(label: string): string {
  return label.length > LABEL_MAX ? `${label.slice(0, LABEL_MAX - 1)}…` : label;
}

interface CircleFigureProps {
  people: readonly InventoryPerson[];
  circle: Circle;
  title: string;
  centreLabel: string;
  labelOf: (p: InventoryPerson) => string;
  /** Pointer placing: the selected person, and what to do on a click. Absent on paper. */
  selectedId?: string | undefined;
  onSelect?: (id: string | undefined) => void;
  onPlace?: (id: string, ring: Ring) => void;
}

/** A sentence per ring, for the picture's description. */
export function describeCircle(
  people: readonly InventoryPerson[],
  circle: Circle,
  labelOf: (p: InventoryPerson) => string,
): string {
  const ringOf = (p: InventoryPerson) => (circle === 'start' ? p.ring : p.endRing);
  const parts = ([1, 2, 3] as const).map((ring) => {
    const names = people.filter((p) => ringOf(p) === ring).map(labelOf);
    return `Ring ${ring}: ${names.length > 0 ? names.join(', ') : 'no one'}.`;
  });
  return `The client at the centre. ${parts.join(' ')}`;
}

function ringAt(e: MouseEvent<SVGSVGElement>, radii: number[]): Ring | undefined {
  const svg = e.currentTarget;
  const box = svg.getBoundingClientRect();
  if (box.width === 0) return undefined;
  const scale = VIEW_W / box.width;
  const x = (e.clientX - box.left) * scale - PAD_X - CIRCLE_SIZE / 2;
  const y = (e.clientY - box.top) * scale - PAD_Y - CIRCLE_SIZE / 2;
  const d = Math.hypot(x, y);
  const nearest = radii
    .map((r, i) => ({ ring: (i + 1) as Ring, off: Math.abs(d - r) }))
    .sort((a, b) => a.off - b.off)[0];
  const outer = radii.at(-1) ?? 0;
  return nearest && d <= outer * 1.2 ? nearest.ring : undefined;
}

export function CircleFigure(props: CircleFigureProps) {
  const { people, circle, title, centreLabel, labelOf, selectedId, onSelect, onPlace } = props;
  const id = useId();
  const layout = layoutCircle(people, circle, CIRCLE_SIZE);
  const byId = new Map(people.map((p) => [p.id, p]));
  const interactive = onSelect !== undefined && onPlace !== undefined;

  function click(e: MouseEvent<SVGSVGElement>) {
    if (!interactive) return;
    const hit = (e.target as Element).closest('[data-person]')?.getAttribute('data-person');
    if (hit) return onSelect(hit === selectedId ? undefined : hit);
    const ring = ringAt(
      e,
      layout.rings.map((r) => r.radius),
    );
    if (selectedId && ring) onPlace(selectedId, ring);
  }

  return (
    // Pointer placing is an extra: every move can also be made with the labelled controls beside
    // the picture, so the picture itself is not a keyboard stop.
    <svg
      className={`circle-figure${interactive ? ' circle-figure--interactive' : ''}`}
      viewBox={`${-PAD_X} ${-PAD_Y} ${VIEW_W} ${VIEW_H}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      onClick={click}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{describeCircle(people, circle, labelOf)}</desc>
      {layout.rings.map((r) => (
        <circle
          key={r.ring}
          className="circle-figure__ring"
          cx={layout.center.x}
          cy={layout.center.y}
          r={r.radius}
        />
      ))}
      {layout.rings.map((r) => (
        <text
          key={`n${r.ring}`}
          className="circle-figure__ring-number"
          x={layout.center.x}
          y={layout.center.y - r.radius + 14}
          textAnchor="middle"
        >
          {r.ring}
        </text>
      ))}
      <circle className="circle-figure__client" cx={layout.center.x} cy={layout.center.y} r={22} />
      <text
        className="circle-figure__client-label"
        x={layout.center.x}
        y={layout.center.y}
        textAnchor="middle"
        dominantBaseline="middle"
      >
        {shorten(centreLabel)}
      </text>
      {layout.people.map((placed) => {
        const person = byId.get(placed.id);
        if (!person) return null;
        const selected = placed.id === selectedId;
        return (
          <g key={placed.id} data-person={placed.id} className={selected ? 'is-selected' : ''}>
            <circle
              className="circle-figure__person"
              cx={placed.x}
              cy={placed.y}
              r={selected ? 9 : 7}
            />
            <text
              className="circle-figure__label"
              x={placed.labelX}
              y={placed.labelY}
              textAnchor={placed.anchor}
              dominantBaseline={placed.baseline}
            >
              {shorten(labelOf(person))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
