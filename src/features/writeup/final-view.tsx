import { useState } from 'react';

import type { SessionWriteUp } from '../../domain/writeup';
import { Notice } from '../../ui/notice';

import { AmendForm } from './amend-form';
import { RecordView } from './record-view';
import { formatStamp } from './stamp';

/** A finalised record: locked, with its amendments listed beside the original. */
export function FinalView({ writeup }: { writeup: SessionWriteUp }) {
  const [amending, setAmending] = useState(false);
  const [message, setMessage] = useState('');
  return (
    <>
      <Notice
        tone="success"
        title={`Finalised on ${formatStamp(writeup.finalisedAt ?? writeup.updatedAt)}`}
      >
        This record is locked. Changes are added as dated amendments; the original stays as it was.
      </Notice>
      <RecordView writeup={writeup} title="Original record" />
      {writeup.amendments.length > 0 ? (
        <section className="writeup-section card" aria-labelledby="amendments-title">
          <h2 id="amendments-title">Amendments</h2>
          <ol className="writeup-amendments">
            {writeup.amendments.map((a) => (
              <li key={a.at}>
                <strong>Amended on {formatStamp(a.at)}</strong>: {a.summary}. <em>Reason:</em>{' '}
                {a.reason}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <p role="status">{message}</p>
      {amending ? (
        <AmendForm
          writeup={writeup}
          onDone={(m) => {
            setMessage(m);
            setAmending(false);
          }}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setAmending(true)}>
          Amend this record
        </button>
      )}
    </>
  );
}
