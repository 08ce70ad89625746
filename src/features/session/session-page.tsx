import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CourseGuard, CourseTop } from '../../app-model/course-frame';

import { formatDay } from '../../domain/dates';
import { PHASE_LABEL, STATUS_LABEL } from '../../domain/labels';
import { numberedSessions } from '../../domain/schedule';
import type { Session } from '../../domain/types';
import { usePreferences } from '../../state/preferences';
import { Page } from '../../ui/page';
import { Notice } from '../../ui/notice';

import { AgendaEditor } from './agenda-editor';
import { FocusSection } from './focus-section';
import { planChanged, RegenerateNotice } from './regenerate-notice';
import './session.css';
import { TaskReview } from './task-review';
import { ReviewDecisionForm, WeekEvents } from './week-events';
import { useAgendaData } from '../../app-model/agenda/agenda-data';
import type { CourseAgendaData } from '../../app-model/agenda/agenda-data';
import { focusText, phq9Line, weekAgenda } from '../../app-model/agenda/week-agenda';

function NotFound() {
  return (
    <Page title="Session not found">
      <p>
        This session does not exist. <Link to="/clients">Back to clients</Link>
      </p>
    </Page>
  );
}

/** One week of a course: its risk flags first, then where it stands and the agenda to run. */
export function SessionPage() {
  const { courseId = '', sessionId = '' } = useParams();
  const data = useAgendaData(courseId);
  if (data.state === 'loading') return <CourseGuard state="loading" />;
  const session =
    data.state === 'ready' ? data.sessions.find((s) => s.id === sessionId) : undefined;
  if (data.state === 'missing' || !session || session.number === null) return <NotFound />;
  return <Week data={data} session={{ ...session, number: session.number }} />;
}

function Week({
  data,
  session,
}: {
  data: CourseAgendaData;
  session: Session & { number: number };
}) {
  const privacy = usePreferences().privacy;
  const [revision, setRevision] = useState(0);
  const [resolved, setResolved] = useState<string>();
  const { course, client } = data;
  const week = weekAgenda(data, session, privacy, 'screen');
  const agenda = week.generated;
  const base = `/courses/${course.id}`;
  const score = phq9Line(data, session.date);
  const reviewWeek = agenda.segments.some((x) => x.id === 'mid-course-review');
  return (
    <Page
      title={agenda.title}
      subtitle={
        <>
          <Link to={base}>Course for {client.code}</Link> · {formatDay(session.date)} {session.time}{' '}
          · {PHASE_LABEL[agenda.phase]} phase · {STATUS_LABEL[session.status]}
        </>
      }
      actions={
        <>
          <Link className="button" to={`${base}/sessions/${session.id}/print`}>
            Print this week
          </Link>
          <Link className="button" to={`${base}/sessions/${session.id}/measures`}>
            Record measures
          </Link>
          <Link className="button" to={`${base}/sessions/${session.id}/write-up`}>
            Write up
          </Link>
          <Link className="button" to={`${base}/sessions/${session.id}/task-card`}>
            Task card
          </Link>
        </>
      }
    >
      <CourseTop view={data.view} />
      <WeekNav data={data} session={session} />
      {session.number === course.boundaries.initialEnd ? (
        <p className="no-print">
          <Link to={`${base}/formulation`}>Formulation and treatment contract</Link>
        </p>
      ) : null}
      {session.status === 'cancelled' ? (
        <p className="notice">This appointment was cancelled; the session counts as used.</p>
      ) : null}
      {week.saved && planChanged(week.saved, agenda.segments) ? (
        <RegenerateNotice
          saved={week.saved}
          generated={agenda.segments}
          onReplaced={() => setRevision((r) => r + 1)}
          onResolved={setResolved}
        />
      ) : null}
      {resolved ? (
        <Notice tone="success" live>
          {resolved}
        </Notice>
      ) : null}
      {week.riskInserted ? (
        <Notice tone="warning">
          A risk flag was raised after you saved this agenda: the risk assessment has been put
          first. Your parts and words are kept; their minutes were shortened to make room.
        </Notice>
      ) : null}
      <div className="week-layout">
        <div className="week-layout__side">
          <dl className="summary">
            <dt>Date</dt>
            <dd>
              {formatDay(session.date)} {session.time}
            </dd>
            <dt>Phase</dt>
            <dd>
              {PHASE_LABEL[agenda.phase]}
              {agenda.step ? ` (${agenda.step} middle)` : ''}
            </dd>
            <dt>Focus</dt>
            <dd>{focusText(agenda.focus)}</dd>
            <dt>PHQ-9 as of this session</dt>
            <dd>{score ?? 'None on or before this session'}</dd>
          </dl>
          {agenda.reminders.length > 0 ? (
            <section aria-labelledby="reminders-title" className="reminders">
              <h2 id="reminders-title">Reminders</h2>
              <ul>
                {agenda.reminders.map((r) => (
                  <li key={r.code}>{r.text}</li>
                ))}
              </ul>
            </section>
          ) : null}
          <TaskReview key={`review-${session.id}`} week={week} courseId={course.id} />
        </div>
        <div className="week-layout__main">
          <AgendaEditor
            key={`${session.id}-${revision}`}
            week={week}
            courseId={course.id}
            sessionMinutes={course.sessionMinutes}
          />
          <WeekEvents key={`events-${session.id}`} week={week} courseId={course.id} />
          {reviewWeek || week.saved?.reviewDecision ? (
            <ReviewDecisionForm key={`decision-${session.id}`} week={week} courseId={course.id} />
          ) : null}
          <FocusSection
            key={`focus-${session.id}`}
            course={course}
            sessionNumber={session.number}
            current={week.input.focus ?? { area: course.primaryArea }}
            history={data.focusChanges}
          />
        </div>
      </div>
    </Page>
  );
}

function WeekNav({ data, session }: { data: CourseAgendaData; session: Session }) {
  const numbered = numberedSessions(data.sessions);
  const index = numbered.findIndex((s) => s.id === session.id);
  const prev = numbered[index - 1];
  const next = numbered[index + 1];
  const to = (s: Session) => `/courses/${data.course.id}/sessions/${s.id}`;
  return (
    <nav aria-label="Weeks" className="week-nav no-print">
      {prev ? <Link to={to(prev)}>Previous: session {prev.number}</Link> : <span />}
      {next ? <Link to={to(next)}>Next: session {next.number}</Link> : <span />}
    </nav>
  );
}
