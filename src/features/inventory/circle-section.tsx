import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { placeOnRing, stepRing } from '../../app-model/commands/inventory';
import { useCommand } from '../../app-model/use-command';
import { RINGS } from '../../domain/inventory';
import type { Circle, InventoryPerson, Ring } from '../../domain/inventory';

import { CircleFigure } from './circle-figure';
import { RING_LABEL } from './inventory-labels';

interface CircleSectionProps {
  courseId: string;
  people: InventoryPerson[];
  clientCode: string;
}

type RingChange =
  | { kind: 'step'; person: InventoryPerson; delta: -1 | 1 }
  | { kind: 'place'; person: InventoryPerson; circle: Circle; ring: Ring | undefined };

/** Runs one ring change as a command; resolves the sentence that confirms it. */
async function changeRing(courseId: string, change: RingChange): Promise<string> {
  const { name } = change.person;
  if (change.kind === 'step') {
    const ring = await stepRing(courseId, change.person.id, change.delta);
    return `${name} is now on ring ${ring}.`;
  }
  await placeOnRing(courseId, change.person.id, change.circle, change.ring);
  if (change.circle === 'start') return `${name} is now on ring ${change.ring ?? ''}.`;
  return change.ring
    ? `${name} is on ring ${change.ring} at the end.`
    : `${name} is not placed at the end.`;
}

function usePointerPlacing(
  circle: Circle,
  people: InventoryPerson[],
  run: (change: RingChange) => Promise<boolean>,
  say: (t: string) => void,
) {
  const [selectedId, setSelectedId] = useState<string>();
  const place = (id: string, ring: Ring) => {
    const person = people.find((p) => p.id === id);
    setSelectedId(undefined);
    say('');
    return person ? run({ kind: 'place', person, circle, ring }) : undefined;
  };
  const select = (id: string | undefined) => {
    setSelectedId(id);
    const person = people.find((p) => p.id === id);
    say(person ? `Selected ${person.name}: click a ring to place them.` : '');
  };
  return { selectedId, select, place };
}

/** The closeness circle at the start and, once recorded, at the end of the course, side by side. */
export function CircleSection({ courseId, people, clientCode }: CircleSectionProps) {
  const [hint, setHint] = useState('');
  const change = useCommand((c: RingChange) => changeRing(courseId, c), {
    done: (sentence) => sentence,
  });
  const run = (c: RingChange) => {
    setHint('');
    return change.run(c);
  };
  const start = usePointerPlacing('start', people, run, setHint);
  const end = usePointerPlacing('end', people, run, setHint);
  const hasEnd = people.some((p) => p.endRing !== undefined);

  return (
    <section aria-labelledby="circle-heading">
      <h2 id="circle-heading">Closeness circle</h2>
      <p className="hint no-print">
        Move people with the buttons, or click a person in the picture and then click a ring.
      </p>
      <p role="status" className="inline-status">
        {hint}
      </p>
      <CommandStatus status={change.status} />
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
                    onClick={() => run({ kind: 'step', person: p, delta: -1 })}
                  >
                    Move {p.name} closer
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={p.ring === 3}
                    onClick={() => run({ kind: 'step', person: p, delta: 1 })}
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
            <select
              value={p.endRing ?? ''}
              onChange={(e) =>
                run({
                  kind: 'place',
                  person: p,
                  circle: 'end',
                  ring: e.target.value === '' ? undefined : (Number(e.target.value) as Ring),
                })
              }
            >
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
