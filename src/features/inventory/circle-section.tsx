import { useState } from 'react';

import { RINGS, movePersonRing } from '../../domain/inventory';
import type { Circle, InventoryPerson, Ring } from '../../domain/inventory';
import { savePerson } from '../../db/inventory';

import { CircleFigure } from './circle-figure';
import { RING_LABEL } from './inventory-labels';

interface CircleSectionProps {
  people: InventoryPerson[];
  clientCode: string;
}

function usePointerPlacing(circle: Circle, people: InventoryPerson[], say: (t: string) => void) {
  const [selectedId, setSelectedId] = useState<string>();
  const place = async (id: string, ring: Ring) => {
    const person = people.find((p) => p.id === id);
    setSelectedId(undefined);
    if (!person) return;
    await savePerson(circle === 'start' ? { ...person, ring } : { ...person, endRing: ring });
    say(`${person.name} is now on ring ${ring}.`);
  };
  const select = (id: string | undefined) => {
    setSelectedId(id);
    const person = people.find((p) => p.id === id);
    say(person ? `Selected ${person.name}: click a ring to place them.` : '');
  };
  return { selectedId, select, place: (id: string, ring: Ring) => void place(id, ring) };
}

/** The closeness circle at the start and, once recorded, at the end of the course, side by side. */
export function CircleSection({ people, clientCode }: CircleSectionProps) {
  const [status, setStatus] = useState('');
  const start = usePointerPlacing('start', people, setStatus);
  const end = usePointerPlacing('end', people, setStatus);
  const hasEnd = people.some((p) => p.endRing !== undefined);

  async function move(person: InventoryPerson, delta: -1 | 1) {
    const moved = movePersonRing(person, delta, 'start');
    await savePerson(moved);
    setStatus(`${person.name} is now on ring ${moved.ring}.`);
  }
  async function setEndRing(person: InventoryPerson, value: string) {
    const endRing = value === '' ? undefined : (Number(value) as Ring);
    await savePerson({ ...person, endRing });
    setStatus(endRing ? `${person.name} is on ring ${endRing} at the end.` : '');
  }

  return (
    <section aria-labelledby="circle-heading">
      <h2 id="circle-heading">Closeness circle</h2>
      <p className="hint no-print">
        Move people with the buttons, or click a person in the picture and then click a ring.
      </p>
      <p role="status" className="inline-status">
        {status}
      </p>
      <div className={`circles${hasEnd ? ' circles--two' : ''}`}>
        <figure className="circle-panel">
          <CircleFigure
            people={people}
            circle="start"
            title="Closeness circle at the start of the course"
            centreLabel={clientCode}
            labelOf={(p) => p.name}
            selectedId={start.selectedId}
            onSelect={start.select}
            onPlace={start.place}
          />
          <figcaption>At the start of the course</figcaption>
        </figure>
        {hasEnd ? (
          <figure className="circle-panel">
            <CircleFigure
              people={people}
              circle="end"
              title="Closeness circle at the end of the course"
              centreLabel={clientCode}
              labelOf={(p) => p.name}
              selectedId={end.selectedId}
              onSelect={end.select}
              onPlace={end.place}
            />
            <figcaption>At the end of the course</figcaption>
          </figure>
        ) : null}
      </div>
      <table className="circle-table">
        <caption>Who is on which ring</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Ring at the start</th>
            <th scope="col">Ring at the end</th>
            <th scope="col" className="no-print">
              Move
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.name} <span className="muted">({p.relationship})</span>
              </th>
              <td>{RING_LABEL[p.ring]}</td>
              <td>{p.endRing ? RING_LABEL[p.endRing] : 'Not recorded'}</td>
              <td className="no-print">
                <div className="row-actions">
                  <button
                    type="button"
                    className="secondary"
                    disabled={p.ring === 1}
                    onClick={() => void move(p, -1)}
                  >
                    Move {p.name} closer
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={p.ring === 3}
                    onClick={() => void move(p, 1)}
                  >
                    Move {p.name} further out
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="end-circle no-print" open={hasEnd}>
        <summary>Record the end-of-course circle</summary>
        <p className="hint">
          At the end of the course, ask the client to place everyone again; the two circles are then
          shown side by side.
        </p>
        {people.map((p) => (
          <label key={p.id} className="end-circle__row">
            <span>Ring for {p.name} at the end of the course</span>
            <select value={p.endRing ?? ''} onChange={(e) => void setEndRing(p, e.target.value)}>
              <option value="">Not placed</option>
              {RINGS.map((r) => (
                <option key={r} value={r}>
                  {RING_LABEL[r]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </details>
    </section>
  );
}
