import { useState } from 'react';

import type { RiskFlag } from '../../domain/measures';
import type { Course, Session } from '../../domain/types';
import { putFlag } from '../../db/risk';
import { newId, nowIso } from '../../state/edge';
import { Field } from '../../ui/field';

/** A flag raised by hand: a disclosure in a week with item 9 = 0, or with no form at all. */
export function RaiseFlagForm({ course, sessions }: { course: Course; sessions: Session[] }) {
  const [sessionId, setSessionId] = useState('');
  const [detail, setDetail] = useState('');
  const [error, setError] = useState<string>();
  const numbered = sessions.filter((s) => s.number !== null);

  async function onSubmit() {
    if (detail.trim() === '') {
      setError('Write what was disclosed or observed.');
      return;
    }
    setError(undefined);
    const flag: RiskFlag = {
      id: newId(),
      clientId: course.clientId,
      courseId: course.id,
      ...(sessionId ? { sessionId } : {}),
      source: 'manual',
      raisedAt: nowIso(),
      detail: detail.trim(),
      status: 'open',
    };
    await putFlag(flag);
    setDetail('');
  }

  return (
    <section className="card" aria-labelledby="raise-title">
      <h2 id="raise-title">Raise a flag</h2>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
      >
        <Field label="Session (optional)">
          {(ids) => (
            <select {...ids} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
              <option value="">Not linked to a session</option>
              {numbered.map((s) => (
                <option key={s.id} value={s.id}>
                  Session {s.number} ({s.date})
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
        <button type="submit">Raise the flag</button>
      </form>
    </section>
  );
}
