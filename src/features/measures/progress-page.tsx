import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { formatDay } from '../../domain/dates';
import { ITEM9_SCREEN_STATEMENT, scoredMeasures } from '../../domain/measures';
import type { Measure } from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import { messageFor } from '../../domain/problems';
import type { Course } from '../../domain/types';
import { setChosenBaseline } from '../../db/course-records';
import { openFlagsForCourse } from '../../db/risk';
import { getCrisisContacts } from '../../db/settings';
import { useCourse } from '../../state/use-course';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { ProgressChart } from '../../ui/progress-chart';
import { RiskBanner } from '../../ui/risk-banner';

import { CourseEventsForm } from './course-events-form';
import { bannerFlags } from './flag-view';
import { ItemAnswers, ProgressTable, RatingsTables } from './progress-table';
import { derive, useProgressData } from './use-progress';
import type { Derived } from './use-progress';
import './measures.css';

/** Is the course working? One chart, the same numbers as a table, the review and the ratings. */
export function ProgressPage() {
  const { courseId = '' } = useParams();
  const course = useCourse(courseId);
  const data = useProgressData(courseId, course.state === 'ready' ? course.client.id : undefined);
  const open = useLiveQuery(() => openFlagsForCourse(courseId), [courseId]);
  const contacts = useLiveQuery(() => getCrisisContacts(), []);
  const [selected, setSelected] = useState<string>();
  if (course.state === 'missing') {
    return (
      <Page title="Course not found">
        <Link to="/clients">Back to clients</Link>
      </Page>
    );
  }
  if (course.state === 'loading' || data === undefined) return <p>Loading…</p>;
  const derived = derive(course.course, course.sessions, data);
  const point = data.clientMeasures.find((m) => m.id === selected);
  const c = course.course;
  return (
    <Page
      title={`Progress for ${course.client.code}`}
      subtitle={
        <>
          <Link to={`/courses/${c.id}`}>Course for {course.client.code}</Link> ·{' '}
          <Link to={`/courses/${c.id}/risk`}>Risk</Link> ·{' '}
          <Link to={`/courses/${c.id}/progress/print`}>Print the progress summary</Link>
        </>
      }
    >
      <RiskBanner
        flags={bannerFlags(open ?? [])}
        contacts={contacts ?? []}
        screenNote={ITEM9_SCREEN_STATEMENT}
        action={<Link to={`/courses/${c.id}/risk`}>Assess and acknowledge</Link>}
      />
      <Review derived={derived} />
      <section aria-labelledby="chart-title">
        <h2 id="chart-title">PHQ-9 across the course</h2>
        <ProgressChart
          title="PHQ-9 by session with severity bands, baseline, response and remission lines"
          {...derived.chart}
          selectedId={selected}
          onSelect={setSelected}
        />
        <p className="hint">
          Choose a point (click, or Tab to it and press Enter) to see the item answers.
        </p>
        {point ? <PointDetails measure={point} /> : null}
        <BaselineSelect
          course={c}
          measures={data.clientMeasures}
          chosen={data.chosen}
          problems={derived.baselineProblems}
        />
        <ProgressTable rows={derived.rows} />
      </section>
      <section aria-labelledby="ratings-progress-title">
        <h2 id="ratings-progress-title">Ratings across the weeks</h2>
        <RatingsTables
          course={c}
          sessions={course.sessions}
          ratings={data.ratings}
          mechanismsOn={data.mechanismsOn}
        />
      </section>
      <CourseEventsForm courseId={c.id} events={data.events} />
    </Page>
  );
}

function PointDetails({ measure }: { measure: Measure }) {
  return (
    <section className="point-details" aria-labelledby="point-title" aria-live="polite">
      <h3 id="point-title">
        {measure.kind === 'phq9' ? 'PHQ-9' : 'GAD-7'} of {formatDay(measure.date)}: total{' '}
        {measure.total}
      </h3>
      <ItemAnswers measure={measure} />
    </section>
  );
}

function Review({ derived }: { derived: Derived }) {
  const review = derived.review;
  if (!review) return null;
  if (!review.reached) {
    return <p className="muted">Mid-course review at session {review.session}.</p>;
  }
  const { outcome } = review;
  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">Mid-course review (session {review.session})</h2>
      {outcome.mark === 'review' ? (
        <Notice tone="warning" title="Marked for review">
          The fall from baseline is under 25% or the score has worsened: review the plan with the
          client.
        </Notice>
      ) : null}
      <ul>
        {outcome.prompts.map((p) => (
          <li key={p.finding}>{p.text}</li>
        ))}
      </ul>
      <p className="hint">{outcome.note}</p>
    </section>
  );
}

interface BaselineProps {
  course: Course;
  measures: Measure[];
  chosen: string | undefined;
  problems: Problem[];
}

function BaselineSelect({ course, measures, chosen, problems }: BaselineProps) {
  const [error, setError] = useState<string>();
  const mine = scoredMeasures(measures, course.id, 'phq9');
  const earlier = measures.filter(
    (m) => m.courseId !== course.id && m.kind === 'phq9' && m.status === 'complete',
  );
  if (mine.length === 0) return null;
  async function onChange(id: string) {
    const m = measures.find((x) => x.id === id);
    if (m && m.courseId !== course.id) {
      setError('Choose a baseline from this course, not an earlier one.');
      return;
    }
    setError(undefined);
    await setChosenBaseline(course.id, 'phq9', id === '' ? undefined : id);
  }
  return (
    <Field
      label="Baseline"
      hint="The first score of the course unless you choose another."
      error={error ?? messageFor(problems, 'baseline')}
    >
      {(ids) => (
        <select {...ids} value={chosen ?? ''} onChange={(e) => void onChange(e.target.value)}>
          <option value="">First score of the course ({mine[0]?.total})</option>
          {mine.map((m) => (
            <option key={m.id} value={m.id}>
              {formatDay(m.date)}: {m.total}
            </option>
          ))}
          {earlier.length > 0 ? (
            <optgroup label="Earlier courses (not allowed)">
              {earlier.map((m) => (
                <option key={m.id} value={m.id}>
                  {formatDay(m.date)}: {m.total}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      )}
    </Field>
  );
}
