import { keepEditedAgenda, takeNewSuggestions } from '../../app-model/commands/agenda';
import { CommandStatus } from '../../app-model/command-status';
import { useCommand } from '../../app-model/use-command';
import { diffAgendas } from '../../domain/agenda/edit';
import type { AgendaSegment } from '../../domain/agenda/types';
import type { SavedAgenda } from '../../domain/agenda/saved';
import { Notice } from '../../ui/notice';

interface Props {
  saved: SavedAgenda;
  generated: AgendaSegment[];
  /** Called after the new suggestions replaced the agenda, so unsaved edits are dropped too. */
  onReplaced: () => void;
  /** Called with the confirmation after either choice (the notice then closes). */
  onResolved: (message: string) => void;
}

/** True when the plan now generates something other than what the saved edits started from. */
export function planChanged(saved: SavedAgenda, generated: readonly AgendaSegment[]): boolean {
  const d = diffAgendas(saved.generatedBase, generated);
  return d.added.length + d.removed.length + d.changed.length > 0;
}

const titles = (list: readonly AgendaSegment[]) => list.map((s) => s.title).join('; ');

/** Shows what regenerating would change and lets the therapist choose; never silent. */
export function RegenerateNotice({ saved, generated, onReplaced, onResolved }: Props) {
  const d = diffAgendas(saved.segments, generated);
  const keep = useCommand(keepEditedAgenda, {
    done: 'Your agenda kept',
    onDone: () => onResolved('Your agenda kept.'),
  });
  const take = useCommand(takeNewSuggestions, {
    done: 'New suggestions taken',
    onDone: () => {
      onReplaced();
      onResolved('New suggestions taken.');
    },
  });
  const pending = keep.pending || take.pending;
  return (
    <Notice tone="warning" title="The plan has changed since you edited this agenda">
      <p>Taking the new suggestions would change:</p>
      <ul>
        {d.added.length > 0 ? <li>Added: {titles(d.added)}</li> : null}
        {d.removed.length > 0 ? <li>Removed: {titles(d.removed)}</li> : null}
        {d.changed.length > 0 ? (
          <li>Changed: {titles(d.changed.map((c) => c.regenerated))}</li>
        ) : null}
        {d.added.length + d.removed.length + d.changed.length === 0 ? (
          <li>Nothing in your agenda.</li>
        ) : null}
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="secondary"
          disabled={pending}
          onClick={() => keep.run(saved, generated)}
        >
          Keep my agenda
        </button>
        <button type="button" disabled={pending} onClick={() => take.run(saved, generated)}>
          Take the new suggestions
        </button>
      </div>
      <CommandStatus status={keep.status.kind === 'idle' ? take.status : keep.status} />
    </Notice>
  );
}
