/**
 * The closeness circle as SVG: the client at the centre, three rings, each person on their ring.
 * The picture is role="img" with a description; the lists beside it are the text equivalent and
 * hold the keyboard controls. Pointer users may click a person, then click a ring to move them.
 */
import { useId, useState } from 'react';
import type { MouseEvent } from 'react';

import { layoutCircle, personHasDied } from '../../domain/inventory';
import type { Circle, CircleLayout, InventoryPerson, Ring } from '../../domain/inventory';

import { discBox, labelBox, placeLabels, viewAround } from './circle-labels';
import type { PlacedLabel, ViewBox } from './circle-labels';

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
    const names = people
      .filter((p) => ringOf(p) === ring)
      .map((p) => (personHasDied(p) ? `${labelOf(p)} (died)` : labelOf(p)));
    return `Ring ${ring}: ${names.length > 0 ? names.join(', ') : 'no one'}.`;
  });
  return `The client at the centre. ${parts.join(' ')}`;
}

/**
 * Where a ring's number goes: in the middle of its band, at the middle of the widest gap between
 * the people on that ring (lower left when it is empty), so no name or point covers it.
 */
export function numberAngle(angles: readonly number[]): number {
  if (angles.length === 0) return (3 * Math.PI) / 4;
  const sorted = [...angles].sort((a, b) => a - b);
  let best = { gap: -1, mid: 0 };
  sorted.forEach((a, i) => {
    const next = i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 2 * Math.PI;
    if (next - a > best.gap) best = { gap: next - a, mid: (a + next) / 2 };
  });
  return best.mid;
}

/** The client's own disc at the centre; a click inside it places no one. */
const CLIENT_R = 22;

/**
 * The ring whose band holds a point `d` from the centre: ring 1 from the client's disc out to its
 * line, ring 2 from there to its line, ring 3 out to a little beyond its line.
 */
export function ringOfDistance(d: number, radii: readonly number[]): Ring | undefined {
  if (d <= CLIENT_R) return undefined;
  const index = radii.findIndex((r) => d <= r);
  if (index >= 0) return (index + 1) as Ring;
  const outer = radii.at(-1) ?? 0;
  return d <= outer * 1.15 ? (radii.length as Ring) : undefined;
}

function ringAt(e: MouseEvent<SVGSVGElement>, radii: number[], view: ViewBox): Ring | undefined {
  const box = e.currentTarget.getBoundingClientRect();
  if (box.width === 0) return undefined;
  const scale = view.w / box.width;
  const x = (e.clientX - box.left) * scale + view.x - CIRCLE_SIZE / 2;
  const y = (e.clientY - box.top) * scale + view.y - CIRCLE_SIZE / 2;
  return ringOfDistance(Math.hypot(x, y), radii);
}

/** Each ring's number: mid-band, in the widest gap between the people on that ring. */
function ringNumbers(layout: CircleLayout) {
  const { x: cx, y: cy } = layout.center;
  const radii = layout.rings.map((r) => r.radius);
  return layout.rings.map((r, i) => {
    const mid = ((i === 0 ? CLIENT_R : (radii[i - 1] ?? 0)) + r.radius) / 2;
    const angle = numberAngle(
      layout.people
        .filter((p) => Math.abs(Math.hypot(p.x - cx, p.y - cy) - r.radius) < 2)
        .map((p) => Math.atan2(p.y - cy, p.x - cx)),
    );
    return { ring: r.ring, x: cx + mid * Math.cos(angle), y: cy + mid * Math.sin(angle) };
  });
}

/**
 * What is drawn besides the rings: the ring numbers, each person's label placed clear of every
 * other label, point, number and the client's disc, and the view that holds them all.
 */
function circleMarks(layout: CircleLayout, texts: Map<string, string>, centreText: string) {
  const numbers = ringNumbers(layout);
  const { center } = layout;
  const labels = placeLabels(
    layout.people.map((p) => ({ id: p.id, x: p.x, y: p.y, text: texts.get(p.id) ?? '' })),
    center,
    [
      discBox(center.x, center.y, CLIENT_R + 2),
      labelBox(center.x, center.y, centreText, 'middle', 'middle'),
      ...numbers.map((n) => discBox(n.x, n.y, 10)),
    ],
  );
  const base = { x: -PAD_X, y: -PAD_Y, w: VIEW_W, h: VIEW_H };
  const view = viewAround(
    center,
    base,
    labels.map((l) => l.box),
  );
  return { numbers, labels: new Map(labels.map((l) => [l.id, l])), view };
}

function Label({ label, text }: { label: PlacedLabel | undefined; text: string }) {
  if (!label) return null;
  return (
    <>
      {label.leader ? <line className="circle-figure__leader" {...label.leader} /> : null}
      <text
        className="circle-figure__label"
        x={label.x}
        y={label.y}
        textAnchor={label.anchor}
        dominantBaseline={label.baseline}
      >
        {text}
      </text>
    </>
  );
}

/** An annulus: the band between two radii, as one path (even-odd fill leaves the hole). */
function bandPath(cx: number, cy: number, inner: number, outer: number): string {
  const circle = (r: number) =>
    `M${cx - r},${cy} a${r},${r} 0 1,0 ${2 * r},0 a${r},${r} 0 1,0 ${-2 * r},0`;
  return `${circle(outer)} ${circle(inner)}`;
}

export function CircleFigure(props: CircleFigureProps) {
  const { people, circle, title, centreLabel, labelOf, selectedId, onSelect, onPlace } = props;
  const id = useId();
  const [hovered, setHovered] = useState<Ring>();
  const layout = layoutCircle(people, circle, CIRCLE_SIZE);
  const byId = new Map(people.map((p) => [p.id, p]));
  const interactive = onSelect !== undefined && onPlace !== undefined;
  const radii = layout.rings.map((r) => r.radius);
  const placing = interactive && selectedId !== undefined;
  const texts = new Map(
    layout.people.flatMap((placed) => {
      const person = byId.get(placed.id);
      if (!person) return [];
      const label = shorten(labelOf(person));
      return [[placed.id, personHasDied(person) ? `${label} †` : label] as const];
    }),
  );
  const centreText = shorten(centreLabel);
  const marks = circleMarks(layout, texts, centreText);
  const { view } = marks;

  function click(e: MouseEvent<SVGSVGElement>) {
    if (!interactive) return;
    const hit = (e.target as Element).closest('[data-person]')?.getAttribute('data-person');
    if (hit) return onSelect(hit === selectedId ? undefined : hit);
    const ring = ringAt(e, radii, view);
    if (selectedId && ring) onPlace(selectedId, ring);
  }
  function move(e: MouseEvent<SVGSVGElement>) {
    if (!placing) return;
    const ring = ringAt(e, radii, view);
    if (ring !== hovered) setHovered(ring);
  }
  const { x: cx, y: cy } = layout.center;
  return (
    // Pointer placing is an extra: every move can also be made with the labelled controls beside
    // the picture, so the picture itself is not a keyboard stop.
    <svg
      className={`circle-figure${interactive ? ' circle-figure--interactive' : ''}${placing ? ' circle-figure--placing' : ''}`}
      viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      onClick={click}
      onMouseMove={move}
      onMouseLeave={() => setHovered(undefined)}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{describeCircle(people, circle, labelOf)}</desc>
      {layout.rings.map((r, i) => (
        <path
          key={`band${r.ring}`}
          className={`circle-figure__band${placing && hovered === r.ring ? ' is-target' : ''}`}
          data-ring={r.ring}
          fillRule="evenodd"
          d={bandPath(cx, cy, i === 0 ? CLIENT_R : (radii[i - 1] ?? 0), r.radius)}
        />
      ))}
      {layout.rings.map((r) => (
        <circle key={r.ring} className="circle-figure__ring" cx={cx} cy={cy} r={r.radius} />
      ))}
      {marks.numbers.map((n) => (
        <text
          key={`n${n.ring}`}
          className="circle-figure__ring-number"
          x={n.x}
          y={n.y}
          textAnchor="middle"
          dominantBaseline="middle"
        >
          {n.ring}
        </text>
      ))}
      <circle className="circle-figure__client" cx={cx} cy={cy} r={CLIENT_R} />
      <text
        className="circle-figure__client-label"
        x={cx}
        y={cy}
        textAnchor="middle"
        dominantBaseline="middle"
      >
        {centreText}
      </text>
      {layout.people.map((placed) => {
        const person = byId.get(placed.id);
        if (!person) return null;
        const selected = placed.id === selectedId;
        const died = personHasDied(person);
        return (
          <g
            key={placed.id}
            data-person={placed.id}
            className={`${selected ? 'is-selected' : ''}${died ? ' has-died' : ''}`}
          >
            <circle
              className="circle-figure__person"
              cx={placed.x}
              cy={placed.y}
              r={selected ? 9 : 7}
            />
            <Label label={marks.labels.get(placed.id)} text={texts.get(placed.id) ?? ''} />
          </g>
        );
      })}
    </svg>
  );
}
