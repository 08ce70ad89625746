/**
 * Label placement on the closeness circle, checked by geometry: each label's box, worked out here
 * from where it is drawn (position, anchor, baseline) and a 13-unit font at 0.6 em a character,
 * never overlaps another label's box, a person's point (drawn up to 9 units wide when selected) or
 * the client's disc, for 1 to 12 people on each ring.
 */
import { describe, expect, it } from 'vitest';

import { emptyPersonDraft, layoutCircle, personFromDraft } from '../../domain/inventory';
import type { Ring, TextAnchor, TextBaseline } from '../../domain/inventory';

import { intersects, placeLabels, viewAround } from './circle-labels';
import type { Box, LabelRequest, PlacedLabel } from './circle-labels';

const SIZE = 420;
const CENTRE = { x: SIZE / 2, y: SIZE / 2 };
const NAMES = ['partner', 'mother', 'work colleague', 'best friend from…', 'GP', 'sister-in-law'];

/** The box of text drawn at (x, y): 13 units high, 0.6 em a character. */
function drawnBox(x: number, y: number, text: string, anchor: TextAnchor, base: TextBaseline): Box {
  const w = text.length * 13 * 0.6;
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const y0 = base === 'middle' ? y - 6.5 : base === 'hanging' ? y : y - 10.5;
  return { x0, y0, x1: x0 + w, y1: y0 + 13 };
}

const disc = (x: number, y: number, r: number): Box => ({
  x0: x - r,
  y0: y - r,
  x1: x + r,
  y1: y + r,
});

/** The points of a circle with `counts[i]` people on ring i + 1, each named from NAMES. */
function requests(counts: readonly [number, number, number]): LabelRequest[] {
  let k = 0;
  const people = counts.flatMap((count, i) =>
    Array.from({ length: count }, () => {
      k += 1;
      return personFromDraft(
        { ...emptyPersonDraft(), name: `P${k}`, relationship: 'friend', ring: (i + 1) as Ring },
        { id: `p${k}`, clientId: 'c1', courseId: 'k1' },
        k,
        '2026-03-01T10:00:00Z',
      );
    }),
  );
  return layoutCircle(people, 'start', SIZE).people.map((p, i) => ({
    id: p.id,
    x: p.x,
    y: p.y,
    text: NAMES[i % NAMES.length] ?? '',
  }));
}

function overlaps(reqs: readonly LabelRequest[], placed: readonly PlacedLabel[]): string[] {
  const text = new Map(reqs.map((r) => [r.id, r.text]));
  const boxes = placed.map((l) => ({
    id: l.id,
    box: drawnBox(l.x, l.y, text.get(l.id) ?? '', l.anchor, l.baseline),
  }));
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (intersects(a.box, b.box)) found.push(`${a.id} label × ${b.id} label`);
    }
    for (const r of reqs) {
      if (intersects(a.box, disc(r.x, r.y, 9))) found.push(`${a.id} label × ${r.id} point`);
    }
    if (intersects(a.box, disc(CENTRE.x, CENTRE.y, 22))) found.push(`${a.id} label × client`);
  });
  return found;
}

describe('placeLabels', () => {
  const counts = Array.from({ length: 12 }, (_, i) => i + 1);

  it.each(counts)('Given %i people on every ring, Then no label covers a label or a point', (n) => {
    const reqs = requests([n, n, n]);
    const placed = placeLabels(reqs, CENTRE, [disc(CENTRE.x, CENTRE.y, 24)]);
    expect(placed.map((l) => l.id)).toEqual(reqs.map((r) => r.id));
    expect(overlaps(reqs, placed)).toEqual([]);
  });

  it.each(counts)('Given %i people on one ring at a time, Then no label covers another', (n) => {
    for (const ring of [0, 1, 2]) {
      const load: [number, number, number] = [0, 0, 0];
      load[ring] = n;
      const reqs = requests(load);
      expect(overlaps(reqs, placeLabels(reqs, CENTRE))).toEqual([]);
    }
  });

  it('Given three people on one spoke, one per ring, Then each label clears the others', () => {
    const reqs = [49, 98, 147].map((r, i) => ({
      id: `s${i}`,
      x: CENTRE.x + r,
      y: CENTRE.y,
      text: 'work colleague',
    }));
    const placed = placeLabels(reqs, CENTRE);
    expect(overlaps(reqs, placed)).toEqual([]);
    // The outermost keeps the spot just outside its point, on the far side from the centre
    expect(placed[2]).toMatchObject({ anchor: 'start', baseline: 'middle', leader: undefined });
    expect(placed[2]!.x).toBeGreaterThan(CENTRE.x + 147 + 9);
    expect(placed[2]!.x).toBeLessThan(CENTRE.x + 147 + 20);
  });

  it('Given a label pushed away from its point, Then a leader line runs from the point to it', () => {
    const reqs = requests([12, 12, 12]);
    const placed = placeLabels(reqs, CENTRE);
    const far = placed.filter((l) => {
      const r = reqs.find((q) => q.id === l.id)!;
      const nx = Math.min(Math.max(r.x, l.box.x0), l.box.x1);
      const ny = Math.min(Math.max(r.y, l.box.y0), l.box.y1);
      return Math.hypot(nx - r.x, ny - r.y) > 24;
    });
    expect(far.length).toBeGreaterThan(0);
    for (const l of far) expect(l.leader).toMatchObject({ x1: expect.any(Number) });
  });

  it('Given labels beyond the picture, Then the view grows evenly round the centre to hold them', () => {
    const base = { x: -90, y: -10, w: 600, h: 440 };
    const placed = placeLabels(requests([12, 12, 12]), CENTRE);
    const view = viewAround(
      CENTRE,
      base,
      placed.map((l) => l.box),
    );
    expect(view.x + view.w / 2).toBeCloseTo(CENTRE.x);
    expect(view.y + view.h / 2).toBeCloseTo(CENTRE.y);
    for (const { box } of placed) {
      expect(box.x0).toBeGreaterThanOrEqual(view.x);
      expect(box.y0).toBeGreaterThanOrEqual(view.y);
      expect(box.x1).toBeLessThanOrEqual(view.x + view.w);
      expect(box.y1).toBeLessThanOrEqual(view.y + view.h);
    }
    expect(viewAround(CENTRE, base, [])).toEqual(base);
  });
});

describe('the check itself', () => {
  it('Given labels set just outside each point (the layout’s own spots), Then 12 a ring overlap', () => {
    const people = requests([12, 12, 12]);
    const spots = layoutCircle(
      people.map((r, i) =>
        personFromDraft(
          {
            ...emptyPersonDraft(),
            name: r.id,
            relationship: 'friend',
            ring: ((i % 3) + 1) as Ring,
          },
          { id: r.id, clientId: 'c1', courseId: 'k1' },
          i,
          '2026-03-01T10:00:00Z',
        ),
      ),
      'start',
      SIZE,
    ).people;
    const reqs = spots.map((p, i) => ({ id: p.id, x: p.x, y: p.y, text: NAMES[i % 6] ?? '' }));
    const naive = spots.map((p) => ({
      id: p.id,
      x: p.labelX,
      y: p.labelY,
      anchor: p.anchor,
      baseline: p.baseline,
      box: disc(0, 0, 0),
      leader: undefined,
    }));
    expect(overlaps(reqs, naive).length).toBeGreaterThan(0);
  });
});
