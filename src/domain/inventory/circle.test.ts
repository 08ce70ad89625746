import { describe, expect, it } from 'vitest';

import { layoutCircle, ringRadius } from './circle';
import type { PlacedPerson } from './circle';
import { emptyPersonDraft } from './person';
import type { InventoryPerson, Ring } from './person';

const SIZE = 400;

function person(id: string, order: number, ring: Ring, endRing?: Ring): InventoryPerson {
  return {
    ...emptyPersonDraft(),
    id,
    clientId: 'c',
    courseId: 'k',
    order,
    name: id,
    relationship: 'friend',
    ring,
    ...(endRing ? { endRing } : {}),
    createdAt: '2026-03-02T10:00:00.000+00:00',
  };
}

/** `count` people on each ring, in order. */
function crowd(count: number): InventoryPerson[] {
  return ([1, 2, 3] as const).flatMap((ring) =>
    Array.from({ length: count }, (_, i) => person(`r${ring}-${i}`, ring * 100 + i, ring)),
  );
}

const distance = (ax: number, ay: number, bx: number, by: number) => Math.hypot(ax - bx, ay - by);

function minGap(points: { x: number; y: number }[]): number {
  let min = Infinity;
  points.forEach((a, i) =>
    points.slice(i + 1).forEach((b) => (min = Math.min(min, distance(a.x, a.y, b.x, b.y)))),
  );
  return min;
}

describe('ringRadius', () => {
  it('grows outwards and stays inside the picture', () => {
    // Given a 400-unit picture, When the radii are computed
    const radii = ([1, 2, 3] as const).map((r) => ringRadius(r, SIZE));
    // Then each ring is wider than the last and the outer one leaves room for labels
    expect(radii[0]).toBeGreaterThan(0);
    expect(radii[1]).toBeGreaterThan(radii[0]!);
    expect(radii[2]).toBeGreaterThan(radii[1]!);
    expect(radii[2]).toBeLessThan(SIZE / 2 - 40);
  });
});

describe('layoutCircle', () => {
  it.each([1, 3, 7, 12])('puts %i people per ring on their ring radius', (count) => {
    // Given `count` people on each ring
    const layout = layoutCircle(crowd(count), 'start', SIZE);
    // Then every point lies on its ring's circle round the centre
    expect(layout.people).toHaveLength(count * 3);
    for (const p of layout.people) {
      const radius = layout.rings.find((r) => r.ring === p.ring)!.radius;
      expect(distance(p.x, p.y, SIZE / 2, SIZE / 2)).toBeCloseTo(radius, 1);
    }
  });

  it('gives every person a distinct position, and labels do not crowd within a ring', () => {
    // Given twelve people on every ring
    const layout = layoutCircle(crowd(12), 'start', SIZE);
    // Then no two points coincide
    expect(minGap(layout.people)).toBeGreaterThan(5);
    // And within each ring, label anchors are at least a line of text apart
    for (const ring of [1, 2, 3]) {
      const labels = layout.people
        .filter((p) => p.ring === ring)
        .map((p) => ({ x: p.labelX, y: p.labelY }));
      expect(minGap(labels)).toBeGreaterThanOrEqual(14);
    }
  });

  it('starts the first person of the inner ring at the top, and twists the outer rings', () => {
    // Given one person on each ring
    const layout = layoutCircle(crowd(1), 'start', SIZE);
    const [inner, middle, outer] = layout.people as [PlacedPerson, PlacedPerson, PlacedPerson];
    // Then the inner person is straight above the centre, centred label above the point
    expect(inner.x).toBeCloseTo(SIZE / 2);
    expect(inner.y).toBeLessThan(SIZE / 2);
    expect(inner).toMatchObject({ anchor: 'middle', baseline: 'auto' });
    expect(inner.labelY).toBeLessThan(inner.y);
    // And the other rings start further round, so the three do not share a spoke
    const angle = (p: PlacedPerson) => Math.atan2(p.y - SIZE / 2, p.x - SIZE / 2);
    expect(new Set([inner, middle, outer].map((p) => angle(p).toFixed(3))).size).toBe(3);
  });

  it('anchors labels away from the centre', () => {
    // Given four people on ring 1: top, right, bottom and left
    const people = [0, 1, 2, 3].map((i) => person(`p${i}`, i, 1));
    const layout = layoutCircle(people, 'start', SIZE);
    // Then labels on the right start at the point, labels on the left end at it, all further out
    for (const p of layout.people) {
      if (p.anchor === 'start') expect(p.labelX).toBeGreaterThan(p.x);
      if (p.anchor === 'end') expect(p.labelX).toBeLessThan(p.x);
      expect(distance(p.labelX, p.labelY, SIZE / 2, SIZE / 2)).toBeGreaterThan(
        distance(p.x, p.y, SIZE / 2, SIZE / 2),
      );
    }
    expect(new Set(layout.people.map((p) => p.anchor))).toEqual(
      new Set(['start', 'middle', 'end']),
    );
  });

  it('is deterministic: the input order does not matter, the inventory order does', () => {
    // Given the same people in two input orders
    const people = crowd(4);
    const a = layoutCircle(people, 'start', SIZE);
    const b = layoutCircle([...people].reverse(), 'start', SIZE);
    // Then the layouts are identical
    expect(b).toEqual(a);
  });

  it('uses the end ring for the end circle and lists people not yet placed', () => {
    // Given one person moved from ring 3 to 1 and one not re-rated
    const people = [person('moved', 0, 3, 1), person('pending', 1, 2)];
    // When the end circle is laid out
    const layout = layoutCircle(people, 'end', SIZE);
    // Then the moved person is on ring 1 and the other is listed as unplaced
    expect(layout.people.map((p) => [p.id, p.ring])).toEqual([['moved', 1]]);
    expect(layout.unplaced).toEqual(['pending']);
  });
});
