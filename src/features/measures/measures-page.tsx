import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { saveSessionMeasure } from '../../app-model/commands/measures';
import type { SavedMeasure } from '../../app-model/commands/measures';
import { CourseFrame } from '../../app-model/course-frame';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import type { CourseView } from '../../domain/course-view';
import { formatDay } from '../../domain/dates';
import {
  bandOf,
  checkMeasureDate,
  GAD7,
  ITEM9_SCREEN_STATEMENT,
  PHQ9,
  PHQ9_ITEM9,
  QUESTIONNAIRE_NAME,
} from '../../domain/measures';
import type { Measure, Questionnaire } from '../../domain/measures';
import type { Course, Session } from '../../domain/types';
import { todayIso } from '../../state/edge';
import { Field } from '../../ui/field';

import { QuestionnaireForm } from './questionnaire-form';
import type { FormValue } from './questionnaire-form';
import { RatingsForm } from './ratings-form';
import './measures.css';

/** In session: the PHQ-9 (and optional GAD-7) scored as it is entered, and the 0–10 ratings. */
export function MeasuresPage() {
  const { courseId = '', sessionId = '' } = useParams();
  const sessionOf = (v: CourseView) =>
    v.sessions.find((s) => s.id === sessionId && s.number !== null);
  return (
    <CourseFrame
      courseId={courseId}
      contents
      title={(v) => {
        const session = sessionOf(v);
        return session
          ? `Measures, session ${session.number} of ${v.course.length}`
          : 'Session not found';
      }}
      subtitle={(v) => <MeasuresLinks view={v} session={sessionOf(v)} />}
    >
      {(view) => {
        const session = sessionOf(view);
        if (!session) return <p>This session does not exist in this course.</p>;
        return <MeasuresContent key={session.id} view={view} session={session} />;
      }}
    </CourseFrame>
  );
}

function MeasuresLinks({ view, session }: { view: CourseView; session: Session | undefined }) {
  const base = `/courses/${view.course.id}`;
  return (
    <>
      <Link to={base}>Course for {view.client.code}</Link>
      {session ? (
        <>
          {' '}
          · {formatDay(session.date)} · <Link to={`${base}/sessions/${session.id}`}>Agenda</Link>
        </>
      ) : null}{' '}
      · <Link to={`${base}/progress`}>Progress</Link>
    </>
  );
}

type Dirty = Partial<Record<'phq9' | 'gad7' | 'ratings', boolean>>;

function MeasuresContent({ view, session }: { view: CourseView; session: Session }) {
  const mine = view.measures.filter((m) => m.sessionId === session.id);
  const phq = mine.find((m) => m.kind === 'phq9');
  const gad = mine.find((m) => m.kind === 'gad7');
  const [showGad, setShowGad] = useState(false);
  const [dirty, setDirty] = useState<Dirty>({});
  // Stable setters, so the forms' effects that report their state run only when it changes.
  const mark = useMemo(() => {
    const setter = (key: keyof Dirty) => (value: boolean) =>
      setDirty((prev) => (prev[key] === value ? prev : { ...prev, [key]: value }));
    return { phq9: setter('phq9'), gad7: setter('gad7'), ratings: setter('ratings') };
  }, []);
  const blocker = useUnsavedGuard(Object.values(dirty).some(Boolean));
  const section = (q: Questionnaire, existing: Measure | undefined) => (
    <MeasureSection
      course={view.course}
      session={session}
      questionnaire={q}
      existing={existing}
      onDirty={mark[q.kind]}
    />
  );
  return (
    <>
      <UnsavedPrompt blocker={blocker} what="the measures of this session" />
      {section(PHQ9, phq)}
      {gad || showGad ? (
        section(GAD7, gad)
      ) : (
        <button type="button" className="secondary" onClick={() => setShowGad(true)}>
          Add a GAD-7
        </button>
      )}
      <RatingsForm course={view.course} session={session} onDirty={mark.ratings} />
    </>
  );
}

interface SectionProps {
  course: Course;
  session: Session;
  questionnaire: Questionnaire;
  existing: Measure | undefined;
  onDirty: (dirty: boolean) => void;
}

function savedWords({ measure, raised }: SavedMeasure): string {
  const name = QUESTIONNAIRE_NAME[measure.kind];
  const text =
    measure.status === 'complete' && measure.total !== undefined
      ? `${name} saved: ${measure.total}, ${bandOf(measure.kind, measure.total).label.toLowerCase()}.`
      : `${name} saved as a draft: not scored until every item is answered.`;
  return raised.length > 0 ? `${text} A risk flag was raised: assess risk now.` : text;
}

function MeasureSection({ course, session, questionnaire: q, existing, onDirty }: SectionProps) {
  const [flagged, setFlagged] = useState(false);
  const [date, setDate] = useState(existing?.date ?? session.date);
  const [dateError, setDateError] = useState<string>();
  const save = useCommand(saveSessionMeasure, {
    done: savedWords,
    onDone: (saved) => setFlagged(saved.raised.length > 0),
  });
  const onSave = async (value: FormValue, status: 'complete' | 'draft') => {
    const problem = checkMeasureDate(date, todayIso(), session)[0];
    setDateError(problem?.message);
    if (problem) return false;
    return save.run({
      course,
      session,
      date,
      kind: q.kind,
      ...(existing ? { existingId: existing.id } : {}),
      answers: value.answers,
      ...(value.difficulty === undefined ? {} : { difficulty: value.difficulty }),
      status,
    });
  };
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
        header={
          <Field label={`Date answered (${q.name})`} error={dateError}>
            {(ids) => (
              <input
                {...ids}
                type="date"
                value={date}
                onChange={(e) => {
                  save.reset();
                  setDateError(undefined);
                  setDate(e.target.value);
                }}
              />
            )}
          </Field>
        }
        pending={save.pending}
        onSave={onSave}
        onEdit={save.reset}
        onDirty={onDirty}
      />
      <CommandStatus status={save.status} />
      {flagged && save.status.kind === 'done' ? (
        <p>
          <Link to={`/courses/${course.id}/risk`}>Go to the risk page</Link>
        </p>
      ) : null}
    </section>
  );
}
