import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CalendarExport } from '../../app-model/calendar-export';
import { CommandStatus } from '../../app-model/command-status';
import { markSessionHeld } from '../../app-model/commands/courses';
import { CourseFrame } from '../../app-model/course-frame';
import { useCommand } from '../../app-model/use-command';
import type { CourseView } from '../../domain/course-view';
import { formatDay } from '../../domain/dates';
import { endDateOf } from '../../domain/schedule';
import type { Session } from '../../domain/types';
import { Notice } from '../../ui/notice';

import { BoundariesForm } from './boundaries-form';
import { CancelPanel } from './cancel-panel';
import { CourseSummary, SuitabilityStatus } from './course-summary';
import { ReschedulePanel } from './reschedule-panel';
import { WeekTable } from './week-table';

type Action = { session: Session; kind: 'cancel' | 'reschedule' };

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

/** The weeks of the course and the changes to them: mark held, cancel, reschedule, phases. */
function CourseWeeks({ view }: { view: CourseView }) {
  const { course, sessions } = view;
  const [action, setAction] = useState<Action>();
  const [message, setMessage] = useState('');
  const held = useCommand(markSessionHeld, {
    done: (s) => `Session ${s.number ?? ''} marked as held.`,
  });

  function onAction(session: Session, kind: 'cancel' | 'reschedule' | 'held') {
    setMessage('');
    held.reset();
    if (kind !== 'held') return setAction({ session, kind });
    return held.run(course.id, session.id);
  }
  const done = (text: string) => {
    setAction(undefined);
    setMessage(text);
  };

  return (
    <>
      {message ? (
        <Notice tone="success" live>
          {message}
        </Notice>
      ) : null}
      {action?.kind === 'cancel' ? (
        <CancelPanel key={action.session.id} view={view} session={action.session} onDone={done} />
      ) : null}
      {action?.kind === 'reschedule' ? (
        <ReschedulePanel
          key={action.session.id}
          view={view}
          session={action.session}
          onDone={done}
        />
      ) : null}
      <CommandStatus status={held.status} />
      <WeekTable course={course} sessions={sessions} busy={held.pending} onAction={onAction} />
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
    >
      {(view) => (
        <>
          <SuitabilityStatus courseId={view.course.id} />
          <CourseSummary course={view.course} />
          <CourseWeeks view={view} />
          <BoundariesForm course={view.course} />
          <CalendarExport view={view} />
        </>
      )}
    </CourseFrame>
  );
}
