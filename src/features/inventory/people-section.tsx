import { useState } from 'react';

import {
  emptyPersonDraft,
  nextOrder,
  personFromDraft,
  removePerson,
  reorderPeople,
  restorePerson,
} from '../../domain/inventory';
import type { InventoryPerson, PersonDraft, RemovedPerson } from '../../domain/inventory';
import type { Course } from '../../domain/types';
import { replacePeople, savePerson } from '../../db/inventory';
import { newId, nowIso } from '../../state/edge';

import { PersonCard } from './person-card';
import { PersonForm } from './person-form';

interface PeopleSectionProps {
  course: Course;
  people: InventoryPerson[];
  /** The first person (by order) marked with the course's primary area, if any. */
  focusPersonId: string | undefined;
}

/** The inventory list: add, edit, reorder, and remove with an inline undo. */
export function PeopleSection({ course, people, focusPersonId }: PeopleSectionProps) {
  const [editing, setEditing] = useState<string>();
  const [removed, setRemoved] = useState<RemovedPerson>();
  const [message, setMessage] = useState('');

  async function add(draft: PersonDraft) {
    const ids = { id: newId(), clientId: course.clientId, courseId: course.id };
    const person = personFromDraft(draft, ids, nextOrder(people), nowIso());
    await savePerson(person);
    setEditing(undefined);
    setMessage(`Added ${person.name}.`);
  }
  async function update(person: InventoryPerson, draft: PersonDraft) {
    await savePerson({
      ...person,
      ...draft,
      name: draft.name.trim(),
      relationship: draft.relationship.trim(),
    });
    setEditing(undefined);
    setMessage(`Saved ${draft.name.trim()}.`);
  }
  async function move(person: InventoryPerson, index: number, delta: -1 | 1) {
    await replacePeople(course.id, reorderPeople(people, person.id, index + delta));
    setMessage(`Moved ${person.name} ${delta < 0 ? 'up' : 'down'}.`);
  }
  async function remove(person: InventoryPerson) {
    const result = removePerson(people, person.id);
    await replacePeople(course.id, result.people);
    setRemoved(result.removed);
    setMessage('');
  }
  async function undo(r: RemovedPerson) {
    await replacePeople(course.id, restorePerson(people, r));
    setRemoved(undefined);
    setMessage(`Restored ${r.person.name}.`);
  }

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People in the client’s life</h2>
      <div role="status" className="inline-status">
        {removed ? (
          <p className="notice notice--info">
            Removed {removed.person.name}.{' '}
            <button type="button" className="link" onClick={() => void undo(removed)}>
              Undo
            </button>
          </p>
        ) : message ? (
          <p className="notice notice--success">{message}</p>
        ) : null}
      </div>
      {people.length === 0 ? <p className="muted">No one recorded yet.</p> : null}
      <ol className="people-list">
        {people.map((p, i) => (
          <li key={p.id}>
            {editing === p.id ? (
              <PersonForm
                initial={p}
                legend={`Edit ${p.name}`}
                submitLabel="Save changes"
                onSave={(d) => update(p, d)}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <PersonCard
                person={p}
                first={i === 0}
                last={i === people.length - 1}
                isFocus={p.id === focusPersonId}
                onEdit={() => setEditing(p.id)}
                onMove={(d) => void move(p, i, d)}
                onRemove={() => void remove(p)}
              />
            )}
          </li>
        ))}
      </ol>
      {editing === 'new' ? (
        <PersonForm
          initial={emptyPersonDraft()}
          legend="A new person"
          submitLabel="Add to the inventory"
          onSave={add}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')} disabled={editing !== undefined}>
          Add a person
        </button>
      )}
    </section>
  );
}
