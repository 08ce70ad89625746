import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { emptyPersonDraft, personFromDraft, ringRadius } from '../../domain/inventory';
import type { Ring } from '../../domain/inventory';

import { CIRCLE_SIZE, CircleFigure, numberAngle, ringOfDistance } from './circle-figure';

const person = (id: string, name: string, relationship: string, ring: Ring) =>
  personFromDraft(
    { ...emptyPersonDraft(), name, relationship, ring },
    { id, clientId: 'c1', courseId: 'k1' },
    0,
    '2026-03-01T10:00:00Z',
  );

const PEOPLE = [
  person('p1', 'Dan', 'Partner', 1),
  person('p2', 'Gran', 'Grandmother (died March 2026)', 3),
];

describe('ringOfDistance', () => {
  it('gives the ring whose band holds the point, from the client disc outwards', () => {
    const radii = [60, 120, 180];
    expect(ringOfDistance(10, radii)).toBeUndefined(); // on the client
    expect(ringOfDistance(30, radii)).toBe(1);
    expect(ringOfDistance(60, radii)).toBe(1);
    expect(ringOfDistance(90, radii)).toBe(2); // the middle of band 2, far from either line
    expect(ringOfDistance(150, radii)).toBe(3);
    expect(ringOfDistance(200, radii)).toBe(3); // just outside the outer line
    expect(ringOfDistance(230, radii)).toBeUndefined();
  });
});

describe('numberAngle', () => {
  it('puts a ring number opposite a lone person, and in the widest gap between several', () => {
    expect(numberAngle([-Math.PI / 2])).toBeCloseTo(Math.PI / 2); // person at the top: number below
    // People at the top, right and bottom: the empty left half is the widest gap
    expect(numberAngle([-Math.PI / 2, 0, Math.PI / 2])).toBeCloseTo(Math.PI);
    expect(numberAngle([])).toBeCloseTo((3 * Math.PI) / 4); // no one: lower left
  });
});

describe('CircleFigure', () => {
  it('places the selected person on the ring whose band is clicked, away from its line', async () => {
    const onPlace = vi.fn();
    const user = userEvent.setup();
    render(
      <CircleFigure
        people={PEOPLE}
        circle="start"
        title="Closeness circle"
        centreLabel="RD-7"
        labelOf={(p) => p.name}
        selectedId="p1"
        onSelect={() => undefined}
        onPlace={onPlace}
      />,
    );
    const svg = screen.getByRole('img', { name: 'Closeness circle' });
    // Drawn at one screen pixel per unit, the picture's box starting at 0,0 (jsdom lays out nothing).
    const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    vi.spyOn(svg, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, w, h));
    const centreX = (w! - CIRCLE_SIZE) / 2 + CIRCLE_SIZE / 2;
    const centreY = (h! - CIRCLE_SIZE) / 2 + CIRCLE_SIZE / 2;
    const middleOfBand2 = (ringRadius(1, CIRCLE_SIZE) + ringRadius(2, CIRCLE_SIZE)) / 2;
    await user.pointer({
      keys: '[MouseLeft]',
      target: svg,
      coords: { clientX: centreX + middleOfBand2, clientY: centreY },
    });
    expect(onPlace).toHaveBeenCalledWith('p1', 2);
  });

  it('draws a person who has died distinctly, and says so in the description', () => {
    render(
      <CircleFigure
        people={PEOPLE}
        circle="start"
        title="Closeness circle"
        centreLabel="RD-7"
        labelOf={(p) => p.name}
      />,
    );
    const svg = screen.getByRole('img', { name: 'Closeness circle' });
    expect(within(svg).getByText('Gran †')).toBeInTheDocument();
    expect(within(svg).getByText('Dan')).toBeInTheDocument();
    expect(svg).toHaveAccessibleDescription(
      'The client at the centre. Ring 1: Dan. Ring 2: no one. Ring 3: Gran (died).',
    );
  });
});
