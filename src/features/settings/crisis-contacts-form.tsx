import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

import { checkCrisisContact, ITEM9_SCREEN_STATEMENT } from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import { messageFor } from '../../domain/problems';
import { CommandStatus } from '../../app-model/command-status';
import { addCrisisContact, removeCrisisContact } from '../../app-model/commands/settings';
import { useCommand } from '../../app-model/use-command';
import { getCrisisContacts } from '../../db/settings';
import { Field } from '../../ui/field';

/** Local crisis lines, shown with every risk flag and on the client's safety plan. */
export function CrisisContactsForm() {
  const contacts = useLiveQuery(() => getCrisisContacts(), []);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const add = useCommand(addCrisisContact, {
    done: (c) => `${c.name} added`,
    onDone: () => {
      setName('');
      setPhone('');
      setNote('');
    },
  });
  const remove = useCommand(removeCrisisContact, { done: (n) => `${n} removed` });
  if (contacts === undefined) return null;

  async function onAdd() {
    const found = checkCrisisContact({ name, phone });
    setProblems(found);
    if (found.length > 0) return;
    await add.run({
      name: name.trim(),
      phone: phone.trim(),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  }

  return (
    <section className="card" aria-labelledby="crisis-title">
      <h2 id="crisis-title">Crisis contacts</h2>
      <p>{ITEM9_SCREEN_STATEMENT}</p>
      <p className="hint">
        These contacts are shown with every risk flag and printed on the client&apos;s safety plan.
      </p>
      {contacts.length === 0 ? (
        <p>No crisis contacts yet.</p>
      ) : (
        <ul className="client-list" aria-label="Crisis contacts">
          {contacts.map((c, i) => (
            <li key={`${c.name}-${i}`}>
              {c.name}: {c.phone}
              {c.note ? ` (${c.note})` : ''}{' '}
              <button
                type="button"
                className="link"
                disabled={remove.pending}
                onClick={() => remove.run(i, c.name)}
              >
                Remove {c.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <CommandStatus status={remove.status} />
      <form
        className="form"
        noValidate
        aria-label="Add a crisis contact"
        onSubmit={(e) => {
          e.preventDefault();
          return onAdd();
        }}
      >
        <Field label="Service or person" error={messageFor(problems, 'name')}>
          {(ids) => <input {...ids} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Phone" error={messageFor(problems, 'phone')}>
          {(ids) => (
            <input {...ids} type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
          )}
        </Field>
        <Field label="Note (optional)" hint="For example: 24 hours, free from any phone.">
          {(ids) => <input {...ids} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <button type="submit" disabled={add.pending}>
          Add the contact
        </button>
        <CommandStatus status={add.status} />
      </form>
    </section>
  );
}
