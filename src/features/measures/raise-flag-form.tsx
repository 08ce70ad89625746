import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { raiseFlag } from '../../app-model/commands/risk';
import { useCommand } from '../../app-model/use-command';
import type { Course, Session } from '../../domain/types';
import { formatDay } from '../../domain/dates';
import { Field } from '../../ui/field';

/** A flag raised by hand: a disclosure in a week with item 9 = 0, or with no form at all. */
export function RaiseFlagForm({ course, sessions }: { course: Course; sessions: Session[] }) {
  const [sessionId, setSessionId] = useState('');
  const [detail, setDetail] = useState('');
  const [error, setError] = useState<string>();
  const numbered = sessions.filter((s) => s.number !== null);
  const raise = useCommand(raiseFlag, {
    done: 'Flag raised. It shows first wherever this client appears until you acknowledge it.',
    onDone: () => {
      setDetail('');
      setSessionId('');
    },
  });

  async function onSubmit() {
    if (detail.trim() === '') {
      setError('Write what was disclosed or observed.');
      return;
    }
    setError(undefined);
    await raise.run({ course, ...(sessionId ? { sessionId } : {}), detail });
  }

  return (
    <section className="card" aria-labelledby="raise-title">
      <h2 id="raise-title">Raise a flag</h2>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          return onSubmit();
        }}
      >
        <Field label="Session (optional)">
          {(ids) => (
            <select {...ids} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
              <option value="">Not linked to a session</option>
              {numbered.map((s) => (
                <option key={s.id} value={s.id}>
                  Session {s.number} ({formatDay(s.date)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="What was disclosed or observed" error={error}>
          {(ids) => (
            <textarea {...ids} value={detail} onChange={(e) => setDetail(e.target.value)} />
          )}
        </Field>
        <button type="submit" disabled={raise.pending}>
          Raise the flag
        </button>
        <CommandStatus status={raise.status} />
      </form>
    </section>
  );
}
