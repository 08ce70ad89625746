import { Link, useNavigate, useParams } from 'react-router';

import { CourseFrame } from '../../app-model/course-frame';
import { buildAgenda } from '../../domain/agenda/generate';
import type { CourseView } from '../../domain/course-view';
import { formatDay } from '../../domain/dates';
import { AREA_LABEL, STAGE_LABEL } from '../../domain/labels';
import type { Course, Session } from '../../domain/types';
import { checkWriteUp, prefillWriteUp } from '../../domain/writeup';
import type { NoteContext, SessionWriteUp } from '../../domain/writeup';
import { nowIso, todayIso } from '../../state/edge';
import { usePreferences } from '../../state/preferences';

import { DraftForm } from './draft-form';
import { FinalView } from './final-view';
import { NotePanel } from './note-panel';
import { formatStamp } from './stamp';
import { previousTaskSet, useWriteUpExtras } from './use-writeup-data';
import type { WriteUpExtras } from './use-writeup-data';
import './writeup.css';

function titleOf(course: Course, session: Session | undefined): string {
  if (!session) return 'Session not found';
  return session.number === null
    ? `Write-up: appointment on ${formatDay(session.date)}`
    : `Write-up: session ${session.number} of ${course.length}`;
}

function focusOf(course: Course): string {
  const stage = course.disputeStage ? ` (${STAGE_LABEL[course.disputeStage].toLowerCase()})` : '';
  return `${AREA_LABEL[course.primaryArea]}${stage}`;
}

function firstDraft(view: CourseView, session: Session, extras: WriteUpExtras): SessionWriteUp {
  const { course } = view;
  const agenda = extras.agendas.get(session.id);
  const generated =
    !agenda && session.number !== null
      ? buildAgenda({ course, sessionNumber: session.number }).segments
      : [];
  return prefillWriteUp({
    session,
    clientId: course.clientId,
    savedAgenda: agenda,
    generatedSegments: generated,
    scores: view.sessionScores.get(session.id),
    flags: view.flags,
    previousTaskSet: previousTaskSet(view.sessions, session, extras.agendas),
    plannedMinutes: course.sessionMinutes,
    now: nowIso(),
  });
}

function taken(view: CourseView, session: Session, kind: 'phq9' | 'gad7'): boolean {
  return view.sessionScores.get(session.id)?.[kind]?.measure.sessionId === session.id;
}

function Subtitle({ view, session }: { view: CourseView; session: Session | undefined }) {
  const { course, client } = view;
  const back = <Link to={`/courses/${course.id}`}>Course for {client.code}</Link>;
  if (!session) return back;
  return (
    <>
      {back} · {formatDay(session.date)} {session.time} ·{' '}
      {session.number === null ? null : (
        <Link to={`/courses/${course.id}/sessions/${session.id}`}>This week’s agenda</Link>
      )}{' '}
      · <Link to={`/courses/${course.id}/write-ups`}>All write-ups of the course</Link>
    </>
  );
}

/** One screen to record a session: prefilled, saved as typed, finalised, amended, copied. */
export function WriteUpPage() {
  const { courseId = '', sessionId = '' } = useParams();
  const extras = useWriteUpExtras(courseId, sessionId);
  const sessionOf = (view: CourseView) => view.sessions.find((s) => s.id === sessionId);
  return (
    <CourseFrame
      courseId={courseId}
      contents
      title={(view) => titleOf(view.course, sessionOf(view))}
      subtitle={(view) => <Subtitle view={view} session={sessionOf(view)} />}
    >
      {(view) => {
        const session = sessionOf(view);
        if (!session) {
          return (
            <p>
              This session does not exist (it may have been moved or deleted).{' '}
              <Link to={`/courses/${courseId}/write-ups`}>All write-ups of the course</Link>
            </p>
          );
        }
        if (!extras) return <p role="status">Loading the write-up…</p>;
        return <WriteUpBody view={view} session={session} extras={extras} />;
      }}
    </CourseFrame>
  );
}

function WriteUpBody(props: { view: CourseView; session: Session; extras: WriteUpExtras }) {
  const { view, session, extras } = props;
  const { course, client } = view;
  const navigate = useNavigate();
  const privacy = usePreferences().privacy;
  const { writeup } = extras;
  const draft = writeup ?? firstDraft(view, session, extras);
  const future = checkWriteUp(draft, todayIso()).find((p) => p.field === 'session');
  const context: NoteContext = {
    client,
    length: course.length,
    focus: focusOf(course),
    scores: view.sessionScores.get(session.id) ?? {},
    flags: view.flags,
    clinician: extras.clinician,
    formatStamp,
  };
  const note = (w: SessionWriteUp) => (
    <NotePanel
      writeup={w}
      context={context}
      people={extras.people}
      format={extras.noteFormat}
      privacy={privacy}
    />
  );
  if (future && !writeup) {
    return (
      <div role="alert" className="notice notice--warning">
        {future.message}
      </div>
    );
  }
  if (writeup?.status === 'final') {
    return (
      <>
        <FinalView writeup={writeup} />
        {note(writeup)}
      </>
    );
  }
  return (
    <DraftForm
      key={session.id}
      initial={draft}
      course={course}
      sessions={view.sessions}
      session={session}
      flags={view.flags}
      scores={view.sessionScores.get(session.id)}
      measured={{ phq9: taken(view, session, 'phq9'), gad7: taken(view, session, 'gad7') }}
      agendaHref={`/courses/${course.id}/sessions/${session.id}`}
      onMoved={(id) => navigate(`/courses/${course.id}/sessions/${id}/write-up`, { replace: true })}
    >
      {note}
    </DraftForm>
  );
}
