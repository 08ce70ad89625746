import { Link, useNavigate, useParams } from 'react-router';

import { buildAgenda } from '../../domain/agenda/generate';
import { formatDay } from '../../domain/dates';
import { AREA_LABEL, STAGE_LABEL } from '../../domain/labels';
import type { Course, Session } from '../../domain/types';
import { checkWriteUp, prefillWriteUp } from '../../domain/writeup';
import type { NoteContext } from '../../domain/writeup';
import { nowIso, todayIso } from '../../state/edge';
import { useUiStore } from '../../state/ui-store';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';

import { DraftForm } from './draft-form';
import { FinalView } from './final-view';
import { NotePanel } from './note-panel';
import { formatStamp } from './stamp';
import { useWriteUpData } from './use-writeup-data';
import type { WriteUpData } from './use-writeup-data';
import './writeup.css';

function titleOf(course: Course, session: Session): string {
  return session.number === null
    ? `Write-up: appointment on ${formatDay(session.date)}`
    : `Write-up: session ${session.number} of ${course.length}`;
}

function focusOf(course: Course): string {
  const stage = course.disputeStage ? ` (${STAGE_LABEL[course.disputeStage].toLowerCase()})` : '';
  return `${AREA_LABEL[course.primaryArea]}${stage}`;
}

function firstDraft(data: WriteUpData) {
  const { session, course } = data;
  const generated =
    !data.agenda && session.number !== null
      ? buildAgenda({ course, sessionNumber: session.number }).segments
      : [];
  return prefillWriteUp({
    session,
    clientId: course.clientId,
    savedAgenda: data.agenda,
    generatedSegments: generated,
    measures: data.measures,
    flags: data.flags,
    previousTaskSet: data.previousTaskSet,
    plannedMinutes: course.sessionMinutes,
    now: nowIso(),
  });
}

function taken(data: WriteUpData, kind: 'phq9' | 'gad7'): boolean {
  return data.measures.some(
    (m) => m.sessionId === data.session.id && m.kind === kind && m.status === 'complete',
  );
}

/** One screen to record a session: prefilled, saved as typed, finalised, amended, copied. */
export function WriteUpPage() {
  const { courseId = '', sessionId = '' } = useParams();
  const navigate = useNavigate();
  const data = useWriteUpData(courseId, sessionId);
  const privacy = useUiStore((s) => s.privacy);
  if (data.state === 'loading') return <p>Loading…</p>;
  if (data.state === 'missing') {
    return (
      <Page title="Session not found">
        <p>
          This session does not exist. <Link to="/clients">Back to clients</Link>
        </p>
      </Page>
    );
  }
  const { course, client, session, writeup, flags } = data;
  const open = flags.filter((f) => f.status === 'open');
  const agendaHref = `/courses/${course.id}/sessions/${session.id}`;
  const draft = writeup ?? firstDraft(data);
  const future = checkWriteUp(draft, todayIso()).find((p) => p.field === 'session');
  const context: NoteContext = {
    client,
    length: course.length,
    focus: focusOf(course),
    people: data.people,
    formatStamp,
  };
  const note = (w: typeof draft) => (
    <NotePanel writeup={w} context={context} format={data.noteFormat} privacy={privacy} />
  );
  return (
    <Page
      title={titleOf(course, session)}
      subtitle={
        <>
          <Link to={`/courses/${course.id}`}>Course for {client.code}</Link> ·{' '}
          {formatDay(session.date)} {session.time} ·{' '}
          {session.number === null ? null : <Link to={agendaHref}>This week’s agenda</Link>} ·{' '}
          <Link to={`/courses/${course.id}/write-ups`}>All write-ups of the course</Link>
        </>
      }
    >
      {open.length > 0 ? (
        <Notice tone="danger" title="Risk flag open">
          <ul>
            {open.map((f) => (
              <li key={f.id}>{f.detail}</li>
            ))}
          </ul>
          <Link to={`/courses/${course.id}/risk`}>Acknowledge on the risk page</Link>
        </Notice>
      ) : null}
      {future && !writeup ? (
        <div role="alert" className="notice notice--warning">
          {future.message}
        </div>
      ) : writeup?.status === 'final' ? (
        <>
          <FinalView writeup={writeup} />
          {note(writeup)}
        </>
      ) : (
        <DraftForm
          key={session.id}
          initial={draft}
          course={course}
          sessions={data.sessions}
          session={session}
          flags={flags}
          measured={{ phq9: taken(data, 'phq9'), gad7: taken(data, 'gad7') }}
          agendaHref={agendaHref}
          onMoved={(id) =>
            void navigate(`/courses/${course.id}/sessions/${id}/write-up`, { replace: true })
          }
        >
          {note}
        </DraftForm>
      )}
    </Page>
  );
}
