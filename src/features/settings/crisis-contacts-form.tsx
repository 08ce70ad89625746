import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

import { checkCrisisContact, ITEM9_SCREEN_STATEMENT } from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import { messageFor } from '../../domain/problems';
import { getCrisisContacts, setCrisisContacts } from '../../db/settings';
import { Field } from '../../ui/field';

/** Local crisis lines, shown with every risk flag and on the client's safety plan. */
export function CrisisContactsForm() {
  const contacts = useLiveQuery(() => getCrisisContacts(), []);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  if (contacts === undefined) return null;

  async function onAdd() {
    const found = checkCrisisContact({ name, phone });
    setProblems(found);
    if (found.length > 0) return;
    const added = {
      name: name.trim(),
      phone: phone.trim(),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    await setCrisisContacts([...(contacts ?? []), added]);
    setName('');
    setPhone('');
    setNote('');
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
                onClick={() => void setCrisisContacts(contacts.filter((_, j) => j !== i))}
              >
                Remove {c.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form"
        noValidate
        aria-label="Add a crisis contact"
        onSubmit={(e) => {
          e.preventDefault();
          void onAdd();
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
        <button type="submit">Add the contact</button>
      </form>
    </section>
  );
}
