import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { chooseBaseline } from '../../app-model/commands/measures';
import { CourseFrame } from '../../app-model/course-frame';
import { useCommand } from '../../app-model/use-command';
import type { CourseView } from '../../domain/course-view';
import { formatDay } from '../../domain/dates';
import { scoredMeasures } from '../../domain/measures';
import type { Measure } from '../../domain/measures';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { ProgressChart } from '../../ui/progress-chart';

import { CourseEventsForm } from './course-events-form';
import { ItemAnswers, ProgressTable, RatingsTables } from './progress-table';
import { derive, useProgressExtras } from './use-progress';
import type { Derived, ProgressExtras } from './use-progress';
import './measures.css';

/** Is the course working? One chart, the same numbers as a table, the review and the ratings. */
export function ProgressPage() {
  const { courseId = '' } = useParams();
  const extras = useProgressExtras(courseId);
  return (
    <CourseFrame
      courseId={courseId}
      contents
      title={(v) => `Progress for ${v.client.code}`}
      subtitle={(v) => (
        <>
          <Link to={`/courses/${v.course.id}`}>Course for {v.client.code}</Link> ·{' '}
          <Link to={`/courses/${v.course.id}/risk`}>Risk</Link> ·{' '}
          <Link to={`/courses/${v.course.id}/progress/print`}>Print the progress summary</Link>
        </>
      )}
    >
      {(view) =>
        extras === undefined ? (
          <p role="status">Loading the ratings…</p>
        ) : (
          <ProgressContent view={view} extras={extras} />
        )
      }
    </CourseFrame>
  );
}

function ProgressContent({ view, extras }: { view: CourseView; extras: ProgressExtras }) {
  const [selected, setSelected] = useState<string>();
  const derived = derive(view, extras);
  const point = view.measures.find((m) => m.id === selected);
  const latest = view.latest.phq9;
  return (
    <>
      {latest ? <p className="score-line">Latest: {latest.words}</p> : null}
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
        <BaselineSelect view={view} refused={derived.baselineRefused} />
        <ProgressTable lines={derived.lines} />
      </section>
      {derived.gadChart ? (
        <section aria-labelledby="gad-chart-title">
          <h2 id="gad-chart-title">GAD-7 across the course</h2>
          <ProgressChart
            title="GAD-7 by session with its severity bands"
            {...derived.gadChart}
            selectedId={selected}
            onSelect={setSelected}
          />
        </section>
      ) : null}
      <section aria-labelledby="ratings-progress-title">
        <h2 id="ratings-progress-title">Ratings across the weeks</h2>
        <RatingsTables
          course={view.course}
          sessions={view.sessions}
          ratings={extras.ratings}
          mechanismsOn={extras.mechanismsOn}
        />
      </section>
      <CourseEventsForm courseId={view.course.id} events={extras.events} today={view.today} />
    </>
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

function BaselineSelect({ view, refused }: { view: CourseView; refused: string | undefined }) {
  const [error, setError] = useState<string>();
  const choose = useCommand(chooseBaseline, { done: 'Baseline saved' });
  const { course, measures } = view;
  const mine = scoredMeasures(measures, course.id, 'phq9');
  const earlier = measures.filter(
    (m) => m.courseId !== course.id && m.kind === 'phq9' && m.status === 'complete',
  );
  if (mine.length === 0) return null;
  function onChange(id: string) {
    const m = measures.find((x) => x.id === id);
    if (m && m.courseId !== course.id) {
      choose.reset();
      setError('Choose a baseline from this course, not an earlier one.');
      return Promise.resolve(false);
    }
    setError(undefined);
    return choose.run(course.id, 'phq9', id === '' ? undefined : id);
  }
  return (
    <>
      <Field
        label="Baseline"
        hint="The first score of the course unless you choose another."
        error={error ?? refused}
      >
        {(ids) => (
          <select
            {...ids}
            value={view.baselines.phq9.chosen ? (view.chosenBaselines.phq9 ?? '') : ''}
            disabled={choose.pending}
            onChange={(e) => onChange(e.target.value)}
          >
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
      <CommandStatus status={choose.status} />
    </>
  );
}
