import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { formatDay, isoDayOf } from '../../domain/dates';
import { AREA_LABEL, RULE_LABEL, STAGE_LABEL } from '../../domain/labels';
import { endDateOf, markHeld } from '../../domain/schedule';
import type { Session } from '../../domain/types';
import { saveSchedule } from '../../db/courses';
import { getSuitability } from '../../db/course-records';
import { openFlagsForCourse } from '../../db/risk';
import { getCrisisContacts } from '../../db/settings';
import {
  areaCautions,
  ITEM9_SCREEN_STATEMENT,
  mayProceed,
  presentItems,
  RISK_SOURCE_LABEL,
} from '../../domain/measures';
import { RiskBanner } from '../../ui/risk-banner';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';

import { BoundariesForm } from './boundaries-form';
import { CancelPanel } from './cancel-panel';
import { ReschedulePanel } from './reschedule-panel';
import { useCourse } from '../../state/use-course';
import { WeekTable } from './week-table';

type Action = { session: Session; kind: 'cancel' | 'reschedule' };

/** The course at a glance: every week with its date, phase and status, and changes to the plan. */
export function CoursePage() {
  const { courseId = '' } = useParams();
  const data = useCourse(courseId);
  const [action, setAction] = useState<Action>();
  const [message, setMessage] = useState('');
  const openFlags = useLiveQuery(() => openFlagsForCourse(courseId), [courseId]);
  const contacts = useLiveQuery(() => getCrisisContacts(), []);
  const suitability = useLiveQuery(
    async () => (await getSuitability(courseId)) ?? null,
    [courseId],
  );

  if (data.state === 'loading') return <p>Loading…</p>;
  if (data.state === 'missing') {
    return (
      <Page title="Course not found">
        <p>
          This course does not exist. <Link to="/clients">Back to clients</Link>
        </p>
      </Page>
    );
  }
  const { course, client, sessions } = data;
  const end = endDateOf(sessions);

  async function onAction(session: Session, kind: 'cancel' | 'reschedule' | 'held') {
    setMessage('');
    if (kind !== 'held') return setAction({ session, kind });
    const result = markHeld(sessions, session.id);
    if (result.ok) {
      await saveSchedule(course.id, result.value);
      setMessage(`Session ${session.number} marked as held.`);
    }
  }
  const done = (text: string) => {
    setAction(undefined);
    setMessage(text);
  };

  return (
    <Page
      title={`Course for ${client.code}`}
      subtitle={
        <>
          <Link to={`/clients/${client.id}`}>Client {client.code}</Link> · {course.length} sessions,{' '}
          {formatDay(course.startDate)} to {end ? formatDay(end) : '—'}
          {course.endedAt ? ' · ended' : ''}
        </>
      }
    >
      <RiskBanner
        flags={(openFlags ?? []).map((f) => ({
          id: f.id,
          title: RISK_SOURCE_LABEL[f.source],
          detail: f.detail,
          raisedOn: formatDay(isoDayOf(new Date(f.raisedAt))),
        }))}
        contacts={contacts ?? []}
        screenNote={ITEM9_SCREEN_STATEMENT}
        action={<Link to={`/courses/${course.id}/risk`}>Assess and acknowledge</Link>}
      />
      <p className="suitability-status">
        Suitability check:{' '}
        {suitability === undefined
          ? '…'
          : suitability === null
            ? 'not recorded yet. '
            : !mayProceed(suitability)
              ? 'recorded: the clinician decided not to proceed, or the check is incomplete. '
              : presentItems(suitability).length > 0
                ? 'recorded: proceeding on the clinician’s decision. '
                : 'recorded: none of the four concerns present. '}
        <Link to={`/courses/${course.id}/suitability`}>Suitability check</Link>
        {' · '}
        <Link to={`/courses/${course.id}/risk`}>Risk and safety</Link>
      </p>
      {areaCautions([course.primaryArea, course.secondaryArea]).map((c) => (
        <Notice key={c} tone="warning">
          {c}
        </Notice>
      ))}
      <nav aria-label="Course" className="course-nav no-print">
        <ul>
          <li>
            <Link to={`/courses/${course.id}/progress`}>Progress and measures</Link>
          </li>
          <li>
            <Link to={`/courses/${course.id}/inventory`}>Inventory, circle and timeline</Link>
          </li>
          <li>
            <Link to={`/courses/${course.id}/formulation`}>Formulation and contract</Link>
          </li>
          <li>
            <Link to={`/courses/${course.id}/print`}>Print all agendas</Link>
          </li>
          <li>
            <Link to={`/courses/${course.id}/write-ups`}>Session write-ups</Link>
          </li>
          <li>
            <Link to={`/courses/${course.id}/documents`}>Documents and handouts</Link>
          </li>
          <li>
            <Link to={`/courses/${course.id}/risk`}>Risk and safety</Link>
          </li>
        </ul>
      </nav>
      <dl className="summary">
        <dt>Focus</dt>
        <dd>
          {AREA_LABEL[course.primaryArea]}
          {course.disputeStage ? ` (${STAGE_LABEL[course.disputeStage].toLowerCase()})` : ''}
          {course.secondaryArea ? `; second area: ${AREA_LABEL[course.secondaryArea]}` : ''}
        </dd>
        <dt>Goals</dt>
        <dd>
          <ol>
            {course.goals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ol>
        </dd>
        <dt>Missed sessions</dt>
        <dd>{RULE_LABEL[course.missedSessionRule]}</dd>
        <dt>Session length</dt>
        <dd>{course.sessionMinutes} minutes</dd>
      </dl>
      {message ? (
        <Notice tone="success" live>
          {message}
        </Notice>
      ) : null}
      {action?.kind === 'cancel' ? (
        <CancelPanel
          key={action.session.id}
          course={course}
          sessions={sessions}
          session={action.session}
          onDone={done}
        />
      ) : null}
      {action?.kind === 'reschedule' ? (
        <ReschedulePanel
          key={action.session.id}
          course={course}
          sessions={sessions}
          session={action.session}
          onDone={done}
        />
      ) : null}
      <WeekTable course={course} sessions={sessions} onAction={(s, k) => void onAction(s, k)} />
      <BoundariesForm
        key={`${course.boundaries.initialEnd}-${course.boundaries.middleEnd}`}
        course={course}
      />
    </Page>
  );
}
