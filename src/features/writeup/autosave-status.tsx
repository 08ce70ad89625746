import type { AutosaveStatus } from './use-autosave';
import { clock } from './stamp';

const rest = (message: string) => message.replace(/^Not saved: /, '');

/**
 * The autosave's state in words, where the therapist types: "Draft saved 15:30", or an alert
 * "Not saved — retrying: …" while a failed write is retried (the text stays in the fields).
 */
export function AutosaveStatusLine({ status }: { status: AutosaveStatus }) {
  if (status.kind === 'retrying' || status.kind === 'failed') {
    return (
      <p role="alert" className="writeup-saved writeup-saved--failed">
        {status.kind === 'retrying'
          ? `Not saved — retrying: ${rest(status.message)}`
          : status.message}
      </p>
    );
  }
  return (
    <p role="status" className="writeup-saved">
      {status.kind === 'saved' ? `Draft saved ${clock(status.at)}` : ''}
    </p>
  );
}
