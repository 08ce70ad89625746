import { CommandStatus } from '../../app-model/command-status';
import { revertSessionToPlanned } from '../../app-model/commands/courses';
import { useCommand } from '../../app-model/use-command';
import type { CourseView } from '../../domain/course-view';
import { formatDay } from '../../domain/dates';
import { STATUS_LABEL } from '../../domain/labels';
import type { ScheduleChange } from '../../domain/schedule';
import { revertToPlanned } from '../../domain/schedule-revert';
import type { Session } from '../../domain/types';
import { Notice } from '../../ui/notice';

interface Props {
  view: CourseView;
  session: Session;
  onDone: (message: string) => void;
}

/** The effect of putting an appointment back to planned on the course's end date, in words. */
export function revertEffect(change: Pick<ScheduleChange, 'endBefore' | 'endAfter'>): string {
  const before = change.endBefore ? formatDay(change.endBefore) : '—';
  const after = change.endAfter ? formatDay(change.endAfter) : '—';
  if (change.endBefore === change.endAfter) return `The course still ends on ${after}.`;
  return `The course will end on ${after} instead of ${before}.`;
}

/** Shows what putting a held, cancelled or missed session back to planned does, then saves on confirmation. */
export function RevertPanel({ view, session, onDone }: Props) {
  // The preview only: the command computes the change again from the stored sessions.
  const preview = revertToPlanned(view.sessions, session.id);
  const name = session.number === null ? 'the cancelled appointment' : `session ${session.number}`;
  const revert = useCommand(revertSessionToPlanned, {
    done: 'Put back to planned',
    onDone: (change) =>
      onDone(
        `${name.charAt(0).toUpperCase()}${name.slice(1)} is planned again. ${revertEffect(change)}`,
      ),
  });
  return (
    <section className="card panel" aria-labelledby="revert-title">
      <h2 id="revert-title">
        Put {name} ({formatDay(session.date)}) back to planned
      </h2>
      <p>It is marked {STATUS_LABEL[session.status].toLowerCase()} now.</p>
      {preview.ok ? (
        <Notice tone="warning" live title="Effect on the course">
          {revertEffect(preview.value)}
        </Notice>
      ) : (
        <Notice tone="danger" live>
          {preview.problems.map((p) => p.message).join(' ')}
        </Notice>
      )}
      <div className="button-row">
        <button
          type="button"
          disabled={!preview.ok || revert.pending}
          onClick={() => revert.run(view.course.id, session.id)}
        >
          Confirm: put back to planned
        </button>
        <button type="button" className="secondary" onClick={() => onDone('')}>
          Keep as it is
        </button>
      </div>
      <CommandStatus status={revert.status} />
    </section>
  );
}
