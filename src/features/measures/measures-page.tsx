import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { formatDay } from '../../domain/dates';
import {
  GAD7,
  ITEM9_SCREEN_STATEMENT,
  PHQ9,
  PHQ9_ITEM9,
  scoreQuestionnaire,
} from '../../domain/measures';
import type { Measure, MeasureKind, Questionnaire } from '../../domain/measures';
import type { Course, Session } from '../../domain/types';
import { getCrisisContacts } from '../../db/settings';
import { listSessionMeasures, saveMeasure } from '../../db/measures';
import { openFlagsForCourse } from '../../db/risk';
import { newId, nowIso } from '../../state/edge';
import { useCourse } from '../../state/use-course';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { RiskBanner } from '../../ui/risk-banner';

import { bannerFlags } from './flag-view';
import { QuestionnaireForm } from './questionnaire-form';
import type { FormValue } from './questionnaire-form';
import { RatingsForm } from './ratings-form';
import './measures.css';

/** In session: the PHQ-9 (and optional GAD-7) scored as it is entered, and the 0–10 ratings. */
export function MeasuresPage() {
  const { courseId = '', sessionId = '' } = useParams();
  const data = useCourse(courseId);
  const measures = useLiveQuery(() => listSessionMeasures(sessionId), [sessionId]);
  const flags = useLiveQuery(() => openFlagsForCourse(courseId), [courseId]);
  const contacts = useLiveQuery(() => getCrisisContacts(), []);
  if (data.state === 'loading' || measures === undefined) return <p>Loading…</p>;
  const session =
    data.state === 'ready' ? data.sessions.find((s) => s.id === sessionId) : undefined;
  if (data.state === 'missing' || !session || session.number === null) {
    return (
      <Page title="Session not found">
        <p>
          This session does not exist. <Link to="/clients">Back to clients</Link>
        </p>
      </Page>
    );
  }
  const { course, client } = data;
  return (
    <Page
      title={`Measures, session ${session.number} of ${course.length}`}
      subtitle={
        <>
          <Link to={`/courses/${course.id}`}>Course for {client.code}</Link> ·{' '}
          {formatDay(session.date)} ·{' '}
          <Link to={`/courses/${course.id}/sessions/${session.id}`}>Agenda</Link> ·{' '}
          <Link to={`/courses/${course.id}/progress`}>Progress</Link>
        </>
      }
    >
      <RiskBanner
        flags={bannerFlags(flags ?? [])}
        contacts={contacts ?? []}
        screenNote={ITEM9_SCREEN_STATEMENT}
        action={<Link to={`/courses/${course.id}/risk`}>Assess and acknowledge</Link>}
      />
      <Forms course={course} session={session} measures={measures} />
      <RatingsForm course={course} session={session} />
    </Page>
  );
}

function Forms({
  course,
  session,
  measures,
}: {
  course: Course;
  session: Session;
  measures: Measure[];
}) {
  const phq = measures.find((m) => m.kind === 'phq9');
  const gad = measures.find((m) => m.kind === 'gad7');
  const [showGad, setShowGad] = useState(false);
  return (
    <>
      <MeasureSection course={course} session={session} questionnaire={PHQ9} existing={phq} />
      {gad || showGad ? (
        <MeasureSection course={course} session={session} questionnaire={GAD7} existing={gad} />
      ) : (
        <button type="button" className="secondary" onClick={() => setShowGad(true)}>
          Add a GAD-7
        </button>
      )}
    </>
  );
}

interface SectionProps {
  course: Course;
  session: Session;
  questionnaire: Questionnaire;
  existing: Measure | undefined;
}

function MeasureSection({ course, session, questionnaire: q, existing }: SectionProps) {
  const [message, setMessage] = useState<{ text: string; flagged: boolean }>();
  async function onSave(value: FormValue, status: 'complete' | 'draft') {
    const score = scoreQuestionnaire(q.kind, value.answers);
    const measure: Measure = {
      id: existing?.id ?? newId(),
      clientId: course.clientId,
      courseId: course.id,
      sessionId: session.id,
      kind: q.kind as MeasureKind,
      date: session.date,
      answers: value.answers,
      ...(value.difficulty === undefined ? {} : { difficulty: value.difficulty }),
      ...(status === 'complete' && score.ok ? { total: score.value.total } : {}),
      status: status === 'complete' && score.ok ? 'complete' : 'draft',
      recordedAt: nowIso(),
    };
    const raised = await saveMeasure(measure, { newId, now: nowIso() });
    const text =
      measure.status === 'complete' && score.ok
        ? `${q.name} saved: ${score.value.total}, ${score.value.bandLabel.toLowerCase()}.`
        : `${q.name} saved as a draft: not scored until every item is answered.`;
    setMessage({
      text: raised.length > 0 ? `${text} A risk flag was raised: assess risk now.` : text,
      flagged: raised.length > 0,
    });
  }
  const title = `${q.name}${existing ? (existing.status === 'draft' ? ' (draft)' : ' (saved)') : ''}`;
  return (
    <section className="card" aria-labelledby={`${q.kind}-title`}>
      <h2 id={`${q.kind}-title`}>{title}</h2>
      <QuestionnaireForm
        key={existing?.id ?? 'new'}
        questionnaire={q}
        {...(existing
          ? {
              initial: {
                answers: existing.answers,
                ...(existing.difficulty === undefined ? {} : { difficulty: existing.difficulty }),
              },
            }
          : {})}
        {...(q.kind === 'phq9' ? { itemNotes: { [PHQ9_ITEM9]: ITEM9_SCREEN_STATEMENT } } : {})}
        onSave={onSave}
      />
      {message ? (
        <Notice tone={message.flagged ? 'danger' : 'success'} live>
          {message.text}{' '}
          {message.flagged ? (
            <Link to={`/courses/${course.id}/risk`}>Go to the risk page</Link>
          ) : null}
        </Notice>
      ) : null}
    </section>
  );
}
