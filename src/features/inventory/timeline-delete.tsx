/** Deleting a timeline event, with an inline undo that puts it back exactly as it was. */
import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { deleteTimelineEvent, restoreTimelineEvent } from '../../app-model/commands/inventory';
import { useCommand } from '../../app-model/use-command';
import { formatDay } from '../../domain/dates';
import type { LifeEvent } from '../../domain/inventory';

/** The delete and undo commands of the timeline, and the event last deleted (for its Undo). */
export function useTimelineDelete() {
  const [deleted, setDeleted] = useState<LifeEvent>();
  const remove = useCommand((id: string) => deleteTimelineEvent(id), {
    done: (e) => `Deleted the event of ${formatDay(e.date)}.`,
    onDone: setDeleted,
  });
  const undo = useCommand((e: LifeEvent) => restoreTimelineEvent(e), {
    done: (e) => `Restored the event of ${formatDay(e.date)}.`,
    onDone: () => setDeleted(undefined),
  });
  return { remove, undo, deleted, pending: remove.pending || undo.pending };
}

/** After a deletion: what was deleted and its Undo; otherwise the last outcome. */
export function TimelineDeleteStatus({ state }: { state: ReturnType<typeof useTimelineDelete> }) {
  const { deleted, undo, remove } = state;
  return (
    <div className="no-print">
      {deleted ? (
        <p role="status">
          Deleted the event of {formatDay(deleted.date)} ({deleted.description}).{' '}
          <button
            type="button"
            className="link"
            disabled={state.pending}
            onClick={() => undo.run(deleted)}
          >
            Undo
          </button>
        </p>
      ) : remove.status.kind === 'done' ? null : (
        <CommandStatus status={remove.status} />
      )}
      <CommandStatus status={undo.status} />
    </div>
  );
}
