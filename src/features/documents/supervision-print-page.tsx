import { Link, useParams } from 'react-router';

import { CoursePrintFrame } from '../../app-model/course-frame';
import type { CourseView } from '../../domain/course-view';
import { PHASE_LABEL } from '../../domain/labels';
import type { Phase } from '../../domain/types';
import { Notice } from '../../ui/notice';

import './documents.css';
import { ScoreChart } from './score-chart';
import { useSupervisionPack } from './use-supervision';

const phaseName = (p: string) => PHASE_LABEL[p as Phase] ?? p;
const answerLabel = (a: string) => a.charAt(0).toUpperCase() + a.slice(1);

/** The de-identified pack on three pages: plan and formulation, session log and chart, risk and adherence. */
export function SupervisionPrintPage() {
  const { courseId = '' } = useParams();
  return (
    <CoursePrintFrame
      courseId={courseId}
      title="Supervision pack"
      // De-identified: the pack names the client by its own label on its first page.
      clientText={() => ''}
      backTo={(v) => `/courses/${v.course.id}/supervision`}
    >
      {(view) => <PackPrint view={view} />}
    </CoursePrintFrame>
  );
}

function PackPrint({ view }: { view: CourseView }) {
  const data = useSupervisionPack(view);
  if (data.state === 'loading') return <p role="status">Loading the supervision pack…</p>;
  if (data.state === 'refused') {
    return (
      <Notice tone="warning">
        {data.problems.map((p) => p.message).join(' ')}{' '}
        <Link to={`/courses/${view.course.id}/formulation`}>Open the contract</Link>
      </Notice>
    );
  }
  const p = data.pack;
  return (
    <div className="doc-print">
      <article className="print-page" aria-label="Course plan and formulation">
        <h2>Client {p.clientLabel}: course plan</h2>
        <ul>
          {p.plan.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        <h2>Formulation</h2>
        <p className="doc-letter">{p.formulation || 'No formulation on record.'}</p>
      </article>
      <article className="print-page" aria-label="Session log">
        <h2>Session log</h2>
        <table className="doc-log">
          <thead>
            <tr>
              {['Session', 'Attendance', 'PHQ-9', 'GAD-7', 'Focus change', 'Task'].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.log.map((r, i) => (
              <tr key={`${r.session}-${i}`}>
                <td>{r.session}</td>
                <td>{r.attendance}</td>
                <td>{r.phq9}</td>
                <td>{r.gad7}</td>
                <td>{r.focusChange}</td>
                <td>{r.task}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>PHQ-9 by session</h2>
        {p.chart.length === 0 ? <p>No scores on record.</p> : null}
        <ScoreChart
          title="PHQ-9 totals by session number"
          points={p.chart.map((c) => ({ label: `Session ${c.session}`, total: c.total }))}
          max={27}
        />
      </article>
      <article className="print-page" aria-label="Risk history and adherence">
        <h2>Risk history</h2>
        {p.risk.length === 0 ? <p>No risk flags in this course.</p> : null}
        <ul>
          {p.risk.map((r, i) => (
            <li key={i}>
              Session {r.session}: {r.what} ({r.status}){r.action ? `. ${r.action}` : ''}
            </li>
          ))}
        </ul>
        <h2>IPT adherence self-check</h2>
        <ul>
          {p.adherence.map((a) => (
            <li key={a.question}>
              {phaseName(a.phase)}: {a.question} <strong>{answerLabel(a.answer)}</strong>
            </li>
          ))}
        </ul>
        {p.comments.map((c) => (
          <p key={c.phase}>
            {phaseName(c.phase)} phase: {c.text}
          </p>
        ))}
      </article>
    </div>
  );
}
