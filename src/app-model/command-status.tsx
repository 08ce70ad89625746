import type { CommandStatus as Status } from './use-command';

/**
 * Where a command's outcome shows, next to the control that ran it: a polite status for
 * "Saving…" and confirmations, an alert for failures. Always rendered (empty when idle) so screen
 * readers announce changes.
 */
export function CommandStatus({ status }: { status: Status }) {
  if (status.kind === 'failed') {
    return (
      <p className="command-status command-status--failed" role="alert">
        {status.message}
      </p>
    );
  }
  return (
    <p className="command-status command-status--done" role="status">
      {status.kind === 'pending' ? 'Saving…' : status.kind === 'done' ? status.message : ''}
    </p>
  );
}
