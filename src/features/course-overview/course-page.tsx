import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CalendarExport } from '../../app-model/calendar-export';
import { CommandStatus } from '../../app-model/command-status';
import { markSessionHeld } from '../../app-model/commands/courses';
import { CourseFrame } from '../../app-model/course-frame';
import { useCommand } from '../../app-model/use-command';
import type { CourseView } from '../../domain/course-view';
import { formatDay, startOfWeek } from '../../domain/dates';
import { endDateOf } from '../../domain/schedule';
import { sessionsNeedingOutcome } from '../../domain/schedule-revert';
import type { Session } from '../../domain/types';
import { usePreferences } from '../../state/preferences';
import { Notice } from '../../ui/notice';

import { BoundariesForm } from './boundaries-form';
import { CancelPanel } from './cancel-panel';
import { CourseSummary, SuitabilityStatus } from './course-summary';
import { NextStepNotice } from './next-step-notice';
import { ReschedulePanel } from './reschedule-panel';
import { RevertPanel } from './revert-panel';
import { WeekTable } from './week-table';
import type { RowAction } from './week-table';

type Action = { session: Session; kind: 'cancel' | 'reschedule' | 'revert' };

function subtitle(view: CourseView) {
  const { course, client, sessions } = view;
  const end = endDateOf(sessions);
  return (
    <>
      <Link to={`/clients/${client.id}`}>Client {client.code}</Link> · {course.length} sessions,{' '}
      {formatDay(course.startDate)} to {end ? formatDay(end) : '—'}
      {course.endedAt ? ' · ended' : ''}
    </>
  );
}

/** Past sessions still "Planned": each needs its outcome (held, cancelled, no-show). */
function NeedingOutcome({ view }: { view: CourseView }) {
  const due = sessionsNeedingOutcome(view.sessions, view.today);
  if (due.length === 0) return null;
  return (
    <Notice tone="warning" title="Sessions needing an outcome">
      <p>
        These sessions are past their day and still planned: record whether each was held, cancelled
        or missed (in the table below).
      </p>
      <ul aria-label="Sessions needing an outcome">
        {due.map((s) => (
          <li key={s.id}>
            Session {s.number}, {formatDay(s.date)}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/** The weeks of the course and the changes to them: mark held, cancel, reschedule, put back, phases. */
function CourseWeeks({ view }: { view: CourseView }) {
  const { course, sessions } = view;
  const weekStartsOn = usePreferences().weekStartsOn;
  const [action, setAction] = useState<Action>();
  const [heldId, setHeldId] = useState('');
  const [message, setMessage] = useState('');
  const held = useCommand(markSessionHeld, {
    done: (s) => `Session ${s.number ?? ''} marked as held.`,
  });

  function onAction(session: Session, kind: RowAction) {
    setMessage('');
    held.reset();
    if (kind !== 'held') return setAction({ session, kind });
    setAction(undefined);
    setHeldId(session.id);
    return held.run(course.id, session.id);
  }
  const done = (text: string) => {
    setAction(undefined);
    setMessage(text);
  };
  const panel = action ? { view, session: action.session, onDone: done } : undefined;

  return (
    <>
      {message ? (
        <Notice tone="success" live>
          {message}
        </Notice>
      ) : null}
      {panel && action?.kind === 'cancel' ? (
        <CancelPanel key={action.session.id} {...panel} />
      ) : null}
      {panel && action?.kind === 'reschedule' ? (
        <ReschedulePanel key={action.session.id} {...panel} />
      ) : null}
      {panel && action?.kind === 'revert' ? (
        <RevertPanel key={action.session.id} {...panel} />
      ) : null}
      <WeekTable
        course={course}
        sessions={sessions}
        weekStart={startOfWeek(view.today, weekStartsOn)}
        busy={held.pending}
        rowStatus={{ sessionId: heldId, node: <CommandStatus status={held.status} /> }}
        onAction={onAction}
      />
    </>
  );
}

/** The course at a glance: open flags first, every week with its date, phase and status. */
export function CoursePage() {
  const { courseId = '' } = useParams();
  return (
    <CourseFrame
      courseId={courseId}
      title={(v) => `Course for ${v.client.code}`}
      subtitle={subtitle}
      actions={(v) => (
        <Link className="button secondary" to={`/courses/${v.course.id}/print`}>
          Print all agendas
        </Link>
      )}
    >
      {(view) => (
        <>
          <NextStepNotice view={view} />
          <NeedingOutcome view={view} />
          <div className="columns columns--main-side">
            <div>
              <CourseWeeks view={view} />
            </div>
            <div>
              <SuitabilityStatus courseId={view.course.id} />
              <CourseSummary course={view.course} />
              <BoundariesForm course={view.course} />
              <CalendarExport view={view} />
            </div>
          </div>
        </>
      )}
    </CourseFrame>
  );
}
