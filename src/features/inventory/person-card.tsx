import { relationshipSaysDied } from '../../domain/inventory';
import type { InventoryPerson } from '../../domain/inventory';
import { AREA_LABEL } from '../../domain/labels';

import { CONFIDE_LABEL, MET_LABEL, RING_LABEL } from './inventory-labels';

/** The answers of one record, labelled, in the order of the form; empty answers are left out. */
export function personDetails(p: InventoryPerson): { term: string; value: string }[] {
  const rows: { term: string; value: string }[] = [
    { term: 'Ring', value: RING_LABEL[p.ring] },
    { term: 'Contact', value: p.contactFrequency },
    { term: 'Good', value: p.good },
    { term: 'Not so good', value: p.notGood },
    { term: 'Would change', value: p.wouldChange },
    { term: 'Client expects', value: p.expectationsClient },
    { term: 'They expect', value: p.expectationsOther },
    { term: 'Expectations met', value: MET_LABEL[p.expectationsMet] },
    { term: 'Can confide', value: CONFIDE_LABEL[p.canConfide] },
    { term: 'Conflicts', value: p.conflicts },
    { term: 'Since onset', value: p.changeSinceOnset },
    { term: 'Problem area', value: p.problemArea ? AREA_LABEL[p.problemArea] : '' },
  ];
  return rows.filter((r) => r.value.trim() !== '');
}

interface PersonCardProps {
  person: InventoryPerson;
  first: boolean;
  last: boolean;
  isFocus: boolean;
  /** A change to the list is being saved: removal waits (a move meanwhile is ignored, and the
   * move buttons stay enabled so keyboard focus is not lost). */
  busy?: boolean;
  onEdit: () => void;
  onMove: (delta: -1 | 1) => unknown;
  onRemove: () => unknown;
}

/** One person as a card: answers shown as text (never as HTML), with edit and order controls. */
export function PersonCard({
  person,
  first,
  last,
  isFocus,
  busy = false,
  onEdit,
  onMove,
  onRemove,
}: PersonCardProps) {
  return (
    <article className="card person-card" aria-labelledby={`person-${person.id}`}>
      <h3 id={`person-${person.id}`} className="person-card__name">
        {person.name}
        <span className="person-card__role"> · {person.relationship}</span>
        {person.died === true && !relationshipSaysDied(person.relationship) ? (
          <span className="person-card__role"> · has died</span>
        ) : null}
        {isFocus ? <span className="badge badge--current">Focus person</span> : null}
      </h3>
      <dl className="summary person-card__details">
        {personDetails(person).map((r) => (
          <div key={r.term} className="person-card__row">
            <dt>{r.term}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      <div className="row-actions no-print">
        <button
          type="button"
          className="secondary"
          onClick={onEdit}
          aria-label={`Edit ${person.name}`}
        >
          Edit
        </button>
        <button
          type="button"
          className="secondary"
          disabled={first}
          onClick={() => onMove(-1)}
          aria-label={`Move up: ${person.name}`}
        >
          Move up
        </button>
        <button
          type="button"
          className="secondary"
          disabled={last}
          onClick={() => onMove(1)}
          aria-label={`Move down: ${person.name}`}
        >
          Move down
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={onRemove}
          aria-label={`Remove ${person.name}`}
        >
          Remove
        </button>
      </div>
    </article>
  );
}
