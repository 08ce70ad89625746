import { useParams } from 'react-router';

import { CoursePrintFrame } from '../../app-model/course-frame';
import { RiskHistory } from '../../app-model/risk-history';
import type { CourseView } from '../../domain/course-view';
import { formatDay } from '../../domain/dates';
import { clientLabel } from '../../domain/privacy';
import { usePreferences } from '../../state/preferences';
import { ProgressChart } from '../../ui/progress-chart';

import { ProgressTable } from './progress-table';
import { derive, useProgressExtras } from './use-progress';
import type { ProgressExtras } from './use-progress';
import './measures.css';

/** A one- or two-page progress summary for the final session or supervision; client code only. */
export function ProgressPrintPage() {
  const { courseId = '' } = useParams();
  const privacy = usePreferences().privacy;
  const extras = useProgressExtras(courseId);
  return (
    <CoursePrintFrame
      courseId={courseId}
      title={(v) => `Progress summary: ${clientLabel(v.client, privacy)}`}
      clientText={(v) => clientLabel(v.client, privacy)}
      backTo={(v) => `/courses/${v.course.id}/progress`}
    >
      {(view) =>
        extras === undefined ? (
          <p role="status">Loading the ratings…</p>
        ) : (
          <Summary view={view} extras={extras} />
        )
      }
    </CoursePrintFrame>
  );
}

function Summary({ view, extras }: { view: CourseView; extras: ProgressExtras }) {
  const { course: c, sessions } = view;
  const derived = derive(view, extras);
  const latest = extras.ratings
    .map((r) => ({ r, n: sessions.find((s) => s.id === r.sessionId)?.number ?? 0 }))
    .sort((a, b) => b.n - a.n)[0];
  return (
    <section className="print-page">
      <p>
        {c.length} sessions from {formatDay(c.startDate)}
      </p>
      {view.latest.phq9 ? <p>Latest: {view.latest.phq9.words}</p> : null}
      <section className="print-keep">
        <h2>PHQ-9 by session</h2>
        <ProgressChart title="PHQ-9 by session" {...derived.chart} width={640} height={280} />
      </section>
      <ProgressTable lines={derived.lines} />
      {derived.gadChart ? (
        <section className="print-keep">
          <h2>GAD-7 by session</h2>
          <ProgressChart title="GAD-7 by session" {...derived.gadChart} width={640} height={240} />
        </section>
      ) : null}
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
      <RiskHistory flags={view.flags.filter((f) => f.status === 'acknowledged')} />
      {view.openFlags.length > 0 ? (
        <p>
          <strong>Open risk flag: not yet acknowledged.</strong>
        </p>
      ) : null}
    </section>
  );
}
