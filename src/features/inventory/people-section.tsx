import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import {
  addPerson,
  editPerson,
  movePerson,
  removeInventoryPerson,
  restoreRemovedPerson,
} from '../../app-model/commands/inventory';
import { useCommand } from '../../app-model/use-command';
import type { CommandStatus as Status } from '../../app-model/use-command';
import { emptyPersonDraft } from '../../domain/inventory';
import type { InventoryPerson, PersonDraft, RemovedPerson } from '../../domain/inventory';
import type { Course } from '../../domain/types';

import { PersonCard } from './person-card';
import { PersonForm } from './person-form';
import type { ReportDirty } from './unsaved-forms';

interface PeopleSectionProps {
  course: Course;
  people: InventoryPerson[];
  /** The first person (by order) marked with the course's primary area, if any. */
  focusPersonId: string | undefined;
  onDirty?: ReportDirty;
}

/** The list's commands: move, remove and undo, each confirmed (or refused) in the status line. */
function useListCommands(courseId: string) {
  const [removed, setRemoved] = useState<RemovedPerson>();
  const move = useCommand(
    (p: InventoryPerson, delta: -1 | 1) =>
      movePerson(courseId, p.id, delta).then(() => ({ p, delta })),
    { done: ({ p, delta }) => `Moved ${p.name} ${delta < 0 ? 'up' : 'down'}.` },
  );
  const remove = useCommand((p: InventoryPerson) => removeInventoryPerson(courseId, p.id), {
    done: (r) => `Removed ${r.person.name}.`,
    onDone: setRemoved,
  });
  const undo = useCommand((r: RemovedPerson) => restoreRemovedPerson(courseId, r).then(() => r), {
    done: (r) => `Restored ${r.person.name}.`,
    onDone: () => setRemoved(undefined),
  });
  const reset = () => {
    for (const c of [move, remove, undo]) c.reset();
    setRemoved(undefined);
  };
  const pending = move.pending || remove.pending || undo.pending;
  return { move, remove, undo, removed, reset, pending };
}

/** The outcome of the last change to the list; after a removal, its Undo. */
function ListStatus(props: {
  list: ReturnType<typeof useListCommands>;
  /** The add or edit form's outcome once it has closed ("Added Sam."). */
  formStatus: Status | undefined;
}) {
  const { list, formStatus } = props;
  const { removed } = list;
  return (
    <div className="inline-status">
      {removed ? (
        <p className="notice notice--info" role="status">
          Removed {removed.person.name}.{' '}
          <button
            type="button"
            className="link"
            disabled={list.pending}
            onClick={() => list.undo.run(removed)}
          >
            Undo
          </button>
        </p>
      ) : list.remove.status.kind === 'done' ? null : (
        <CommandStatus status={list.remove.status} />
      )}
      <CommandStatus status={list.undo.status} />
      <CommandStatus status={list.move.status} />
      {formStatus ? <CommandStatus status={formStatus} /> : null}
    </div>
  );
}

/** The inventory list: add, edit, reorder, and remove with an inline undo. */
export function PeopleSection({ course, people, focusPersonId, onDirty }: PeopleSectionProps) {
  const [editing, setEditing] = useState<string>();
  const [lastForm, setLastForm] = useState<'add' | 'edit'>();
  const list = useListCommands(course.id);
  const add = useCommand((draft: PersonDraft) => addPerson(course, draft), {
    done: (p) => `Added ${p.name}.`,
    onDone: () => setEditing(undefined),
  });
  const edit = useCommand(
    (p: InventoryPerson, draft: PersonDraft) => editPerson(course.id, p.id, draft),
    { done: (name) => `Saved ${name}.`, onDone: () => setEditing(undefined) },
  );
  const resetAll = () => {
    list.reset();
    add.reset();
    edit.reset();
  };
  const open = (id: string | undefined) => {
    resetAll();
    setEditing(id);
    if (id !== undefined) setLastForm(id === 'new' ? 'add' : 'edit');
  };
  const listChange = <A extends unknown[]>(run: (...args: A) => Promise<boolean>, ...args: A) => {
    resetAll();
    return run(...args);
  };
  const closedForm = editing === undefined && lastForm ? { add, edit }[lastForm] : undefined;

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People in the client’s life</h2>
      <ListStatus list={list} formStatus={closedForm?.status} />
      {people.length === 0 ? <p className="muted">No one recorded yet.</p> : null}
      <ol className="people-list">
        {people.map((p, i) => (
          <li key={p.id}>
            {editing === p.id ? (
              <PersonForm
                initial={p}
                legend={`Edit ${p.name}`}
                what={`${p.name}’s record`}
                submitLabel="Save changes"
                onSave={(d) => edit.run(p, d)}
                onCancel={() => open(undefined)}
                pending={edit.pending}
                status={edit.status}
                onDirty={onDirty}
              />
            ) : (
              <PersonCard
                person={p}
                first={i === 0}
                last={i === people.length - 1}
                isFocus={p.id === focusPersonId}
                busy={list.pending}
                onEdit={() => open(p.id)}
                onMove={(d) => listChange(list.move.run, p, d)}
                onRemove={() => listChange(list.remove.run, p)}
              />
            )}
          </li>
        ))}
      </ol>
      {editing === 'new' ? (
        <PersonForm
          initial={emptyPersonDraft()}
          legend="A new person"
          what="the new person’s record"
          submitLabel="Add to the inventory"
          onSave={(d) => add.run(d)}
          onCancel={() => open(undefined)}
          pending={add.pending}
          status={add.status}
          onDirty={onDirty}
        />
      ) : (
        <button type="button" onClick={() => open('new')} disabled={editing !== undefined}>
          Add a person
        </button>
      )}
    </section>
  );
}
