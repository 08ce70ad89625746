/**
 * Where the closeness circle's name labels go so that none covers another label, a person's
 * point, the client's disc or a ring number. Pure geometry in the picture's SVG units (y grows
 * downwards); no React.
 *
 * Each label first tries the spot just outside its point, away from the centre; when that is
 * taken it tries spots further round and further out, cheapest first (a small step out costs
 * less than a large turn), and takes the first free one. A label that ends up away from its point
 * gets a leader line back to it.
 */
import type { TextAnchor, TextBaseline } from '../../domain/inventory';
import { byText } from '../../domain/order';

/** An axis-aligned box: left, top, right, bottom. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelRequest {
  id: string;
  /** The person's point. */
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: TextAnchor;
  baseline: TextBaseline;
  /** The space the text takes, with its white halo. */
  box: Box;
  /** The label stands away from its point: draw a line from the point to the box. */
  leader: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

/** The label font size in SVG units (inventory.css `.circle-figure__label`). */
export const LABEL_FONT = 13;
/** A generous average advance per character for the sans-serif label font, in ems. */
const CHAR_EM = 0.62;
/** The halo (3-unit stroke) and a little air round every label. */
const HALO = 2;
/** A point's radius when selected (9) and its outline. */
export const POINT_R = 10;
/** Beyond this gap between point and box, a leader line shows whose label it is. */
const LEADER_FROM = 14;

/** The box a label's text takes at anchor position (x, y). */
export function labelBox(
  x: number,
  y: number,
  text: string,
  anchor: TextAnchor,
  baseline: TextBaseline,
): Box {
  const w = text.length * LABEL_FONT * CHAR_EM;
  const h = LABEL_FONT * 1.2;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  // Alphabetic ("auto") text sits on y: ascenders above, descenders a little below.
  const y0 = baseline === 'middle' ? y - h / 2 : baseline === 'hanging' ? y : y - 0.9 * LABEL_FONT;
  return { x0: x0 - HALO, y0: y0 - HALO, x1: x0 + w + HALO, y1: y0 + h + HALO };
}

/** Whether two boxes overlap (touching edges do not). */
export function intersects(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** The square box round a disc of radius `r` at (x, y). */
export function discBox(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

function anchorFor(cos: number): TextAnchor {
  if (cos > 0.35) return 'start';
  if (cos < -0.35) return 'end';
  return 'middle';
}

function baselineFor(cos: number, sin: number): TextBaseline {
  if (anchorFor(cos) !== 'middle') return 'middle';
  return sin > 0 ? 'hanging' : 'auto';
}

interface Step {
  distance: number;
  turn: number;
}

const STEPS: readonly Step[] = (() => {
  const turns = Array.from({ length: 24 }, (_, i) => ((i < 12 ? i : i - 24) * Math.PI) / 12);
  const distances = Array.from({ length: 60 }, (_, i) => (i < 10 ? 3 + 5 * i : 48 + 12 * (i - 9)));
  return distances
    .flatMap((distance) => turns.map((turn) => ({ distance, turn })))
    .sort((a, b) => a.distance + 30 * Math.abs(a.turn) - (b.distance + 30 * Math.abs(b.turn)));
})();

function candidate(req: LabelRequest, direction: number, step: Step) {
  const angle = direction + step.turn;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const reach = POINT_R + step.distance;
  const x = req.x + reach * cos;
  const y = req.y + reach * sin;
  const anchor = anchorFor(cos);
  const baseline = baselineFor(cos, sin);
  return { x, y, anchor, baseline, box: labelBox(x, y, req.text, anchor, baseline) };
}

function leaderTo(req: LabelRequest, box: Box): PlacedLabel['leader'] {
  const nx = Math.min(Math.max(req.x, box.x0), box.x1);
  const ny = Math.min(Math.max(req.y, box.y0), box.y1);
  if (Math.hypot(nx - req.x, ny - req.y) <= POINT_R + LEADER_FROM) return undefined;
  return { x1: req.x, y1: req.y, x2: nx, y2: ny };
}

/**
 * Labels for every point, none overlapping another label, any point (a disc of `POINT_R`) or any
 * of `obstacles` (the client's disc, the ring numbers). People furthest from `centre` are placed
 * first, then by angle, so the outer ring's labels take the open space outside the circle. Every
 * label is placed: the search widens until a spot is free.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  centre: { x: number; y: number },
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...obstacles, ...requests.map((r) => discBox(r.x, r.y, POINT_R))];
  const polar = (r: LabelRequest) => ({
    r: Math.hypot(r.x - centre.x, r.y - centre.y),
    a: Math.atan2(r.y - centre.y, r.x - centre.x),
  });
  const order = [...requests].sort(
    (a, b) => polar(b).r - polar(a).r || polar(a).a - polar(b).a || byText(a.id, b.id),
  );
  const placed = new Map<string, PlacedLabel>();
  for (const req of order) {
    const direction = polar(req).r < 1 ? -Math.PI / 2 : polar(req).a;
    const free = (box: Box) => !taken.some((t) => intersects(t, box));
    let spot: ReturnType<typeof candidate> | undefined;
    for (const step of STEPS) {
      const c = candidate(req, direction, step);
      if (free(c.box)) {
        spot = c;
        break;
      }
    }
    for (let far = 800; !spot; far += 200) {
      const c = candidate(req, direction, { distance: far, turn: 0 });
      if (free(c.box)) spot = c;
    }
    taken.push(spot.box);
    placed.set(req.id, { id: req.id, ...spot, leader: leaderTo(req, spot.box) });
  }
  return requests.map((r) => placed.get(r.id)).filter((p): p is PlacedLabel => p !== undefined);
}

/** The smallest box holding every box given. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

/** The view box, x, y, width, height, as SVG's viewBox attribute takes it. */
export interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The smallest view, centred on `centre` like `base`, that still holds every box: the picture
 * grows evenly on both sides when a label has to stand further out.
 */
export function viewAround(
  centre: { x: number; y: number },
  base: ViewBox,
  boxes: readonly Box[],
): ViewBox {
  const all = unionBox(boxes);
  const half = (lo: number, hi: number, c: number) => Math.max(c - lo, hi - c) + 2;
  const w = all ? Math.max(base.w, 2 * half(all.x0, all.x1, centre.x)) : base.w;
  const h = all ? Math.max(base.h, 2 * half(all.y0, all.y1, centre.y)) : base.h;
  if (w === base.w && h === base.h) return base;
  return { x: centre.x - w / 2, y: centre.y - h / 2, w, h };
}
