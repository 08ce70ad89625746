import { Link, useParams } from 'react-router';

import { formatDay } from '../../domain/dates';
import { clientLabel } from '../../domain/privacy';
import { useCourse } from '../../state/use-course';
import { useUiStore } from '../../state/ui-store';
import { ProgressChart } from '../../ui/progress-chart';

import { ProgressTable } from './progress-table';
import { RiskHistory } from './risk-page';
import { derive, useProgressData } from './use-progress';
import './measures.css';

/** A one- or two-page progress summary for the final session or supervision; client code only. */
export function ProgressPrintPage() {
  const { courseId = '' } = useParams();
  const course = useCourse(courseId);
  const privacy = useUiStore((s) => s.privacy);
  const data = useProgressData(courseId, course.state === 'ready' ? course.client.id : undefined);
  if (course.state === 'missing') return <p>Course not found.</p>;
  if (course.state === 'loading' || data === undefined) return <p>Loading…</p>;
  const { course: c, client, sessions } = course;
  const derived = derive(c, sessions, data);
  const latest = data.ratings
    .map((r) => ({ r, n: sessions.find((s) => s.id === r.sessionId)?.number ?? 0 }))
    .sort((a, b) => b.n - a.n)[0];
  return (
    <div className="print-view">
      <div className="no-print button-row">
        <Link to={`/courses/${c.id}/progress`}>Back to progress</Link>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <section className="print-page">
        <h1>Progress summary: {clientLabel(client, privacy)}</h1>
        <p>
          {c.length} sessions from {formatDay(c.startDate)}
        </p>
        <ProgressChart title="PHQ-9 by session" {...derived.chart} width={640} height={280} />
        <ProgressTable rows={derived.rows} />
        <h2>Goals</h2>
        <ol>
          {c.goals.map((g, i) => (
            <li key={g}>
              {g}
              {latest && latest.r.goals[i] !== null && latest.r.goals[i] !== undefined
                ? `: latest rating ${latest.r.goals[i]} of 10 (session ${latest.n})`
                : ''}
            </li>
          ))}
        </ol>
        <RiskHistory flags={data.flags.filter((f) => f.status === 'acknowledged')} />
        {data.flags.some((f) => f.status === 'open') ? (
          <p>
            <strong>Open risk flag: not yet acknowledged.</strong>
          </p>
        ) : null}
      </section>
    </div>
  );
}
