/**
 * Layout of the closeness circle (ipt-reference.md section 8): the client at the centre, people on
 * three rings by felt closeness. Pure geometry in SVG user units (y grows downwards), so the
 * picture is the same on every device and in print.
 *
 * Each ring's people are spread evenly round it in inventory order, starting from the top; every
 * ring starts at a different angle so the rings' people do not line up along one spoke. Labels
 * sit just outside their point, anchored away from the centre; on a crowded ring every other
 * label is pushed a line further out so neighbours' labels do not collide.
 */
import { byText } from '../order';
import { RINGS } from './person';
import type { InventoryPerson, Ring } from './person';

export type Circle = 'start' | 'end';
export type TextAnchor = 'start' | 'middle' | 'end';
/** SVG `dominant-baseline` that keeps a label clear of its point: above it, below it, or beside it. */
export type TextBaseline = 'auto' | 'middle' | 'hanging';

export interface PlacedPerson {
  id: string;
  ring: Ring;
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: TextAnchor;
  baseline: TextBaseline;
}

export interface CircleLayout {
  size: number;
  center: { x: number; y: number };
  rings: { ring: Ring; radius: number }[];
  people: PlacedPerson[];
  /** People not yet placed in this circle (the end circle before they are re-rated). */
  unplaced: string[];
}

/** Share of the half-size kept free outside the outer ring for its labels. */
const LABEL_MARGIN = 0.3;
/** Labels this far past the point, as a share of the size. */
const LABEL_GAP = 0.025;
/** The extra step for every other label on a crowded ring, as a share of the size. */
const LABEL_STAGGER = 0.04;
/** More people than this on one ring and labels are staggered. */
const CROWDED = 6;
/** Each ring starts this much further round than the one inside it (radians). */
const RING_TWIST = Math.PI / 7;
/** Labels within this of straight up or down (as a cosine) are centred over or under the point. */
const VERTICAL_ZONE = 0.35;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function ringOf(person: InventoryPerson, circle: Circle): Ring | undefined {
  return circle === 'start' ? person.ring : person.endRing;
}

function anchorFor(cos: number): TextAnchor {
  if (cos > VERTICAL_ZONE) return 'start';
  if (cos < -VERTICAL_ZONE) return 'end';
  return 'middle';
}

function baselineFor(cos: number, sin: number): TextBaseline {
  if (anchorFor(cos) !== 'middle') return 'middle';
  return sin > 0 ? 'hanging' : 'auto';
}

/** The radius of ring `ring` in a square picture `size` units wide. */
export function ringRadius(ring: Ring, size: number): number {
  const outer = (size / 2) * (1 - LABEL_MARGIN);
  return round((outer * ring) / RINGS.length);
}

function placeRing(ring: Ring, members: readonly InventoryPerson[], size: number): PlacedPerson[] {
  const c = size / 2;
  const radius = ringRadius(ring, size);
  const crowded = members.length > CROWDED;
  return members.map((person, i) => {
    const angle = -Math.PI / 2 + (ring - 1) * RING_TWIST + (2 * Math.PI * i) / members.length;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const gap = size * (LABEL_GAP + (crowded && i % 2 === 1 ? LABEL_STAGGER : 0));
    return {
      id: person.id,
      ring,
      x: round(c + radius * cos),
      y: round(c + radius * sin),
      labelX: round(c + (radius + gap) * cos),
      labelY: round(c + (radius + gap) * sin),
      anchor: anchorFor(cos),
      baseline: baselineFor(cos, sin),
    };
  });
}

/** Positions for every placed person in the start or end circle of a square `size` wide. */
export function layoutCircle(
  people: readonly InventoryPerson[],
  circle: Circle,
  size: number,
): CircleLayout {
  const sorted = [...people].sort((a, b) => a.order - b.order || byText(a.id, b.id));
  const placed = RINGS.flatMap((ring) =>
    placeRing(
      ring,
      sorted.filter((p) => ringOf(p, circle) === ring),
      size,
    ),
  );
  return {
    size,
    center: { x: size / 2, y: size / 2 },
    rings: RINGS.map((ring) => ({ ring, radius: ringRadius(ring, size) })),
    people: placed,
    unplaced: sorted.filter((p) => ringOf(p, circle) === undefined).map((p) => p.id),
  };
}
