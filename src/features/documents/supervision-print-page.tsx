import { Link, useParams } from 'react-router';

import { CoursePrintFrame } from '../../app-model/course-frame';
import { NameReview, reviewPeople, useTextsReview } from '../../app-model/name-review';
import type { CourseView } from '../../domain/course-view';
import type { SupervisionPack, SupervisionRisk } from '../../domain/documents';
import { PHASE_LABEL } from '../../domain/labels';
import type { Phase } from '../../domain/types';
import { usePreferences } from '../../state/preferences';
import { Notice } from '../../ui/notice';

import './documents.css';
import { ScoreChart } from './score-chart';
import { useSupervisionPack } from './use-supervision';

const phaseName = (p: string) => PHASE_LABEL[p as Phase] ?? p;
const answerLabel = (a: string) => a.charAt(0).toUpperCase() + a.slice(1);

/** Every text in the pack the therapist typed, in print order, and where each one sits. */
function typedInPack(p: SupervisionPack) {
  const texts: string[] = [];
  const add = (t: string) => texts.push(t) - 1;
  const at = {
    goals: p.goals.map(add),
    formulation: add(p.formulation),
    tasks: p.log.map((r) => add(r.task)),
    risk: p.risk.map((r) => ({
      detail: add(r.detail),
      actions: add(r.actions),
      reasoning: add(r.reasoning),
    })),
    comments: p.comments.map((c) => add(c.text)),
  };
  return { texts, at };
}

function riskLine(
  r: SupervisionRisk,
  typed: (i: number) => string,
  at: { detail: number; actions: number; reasoning: number },
) {
  const detail = typed(at.detail);
  const parts = [
    `Session ${r.session}: ${r.kind}${detail ? ` (${detail})` : ''}. ${r.status}`,
    r.assessment
      ? `Risk assessed: ${r.assessment}`
      : r.status === 'Acknowledged'
        ? 'No structured assessment recorded'
        : '',
    typed(at.actions) ? `Actions: ${typed(at.actions)}` : '',
    typed(at.reasoning) ? `Judgement rests on: ${typed(at.reasoning)}` : '',
  ];
  return parts.filter((x) => x !== '').join('. ');
}

/** The de-identified pack on three pages: plan and formulation, session log and chart, risk and adherence. */
export function SupervisionPrintPage() {
  const { courseId = '' } = useParams();
  return (
    <CoursePrintFrame
      courseId={courseId}
      title="Supervision pack"
      // De-identified: the pack names the client by its own label on its first page.
      clientText={() => ''}
      paper="deidentified"
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
  return <PackPages pack={data.pack} view={view} people={data.people} />;
}

/**
 * The pack's pages. The app's own words are de-identified by the domain; the therapist's text
 * prints as typed, and the review panel (never printed) offers each name and date in it for
 * replacement.
 */
function PackPages({
  pack: p,
  view,
  people,
}: {
  pack: SupervisionPack;
  view: CourseView;
  people: readonly { name: string; relationship: string }[];
}) {
  const privacy = usePreferences().privacy;
  const { texts, at } = typedInPack(p);
  // De-identified paper: typed dates are marked too, each printed as typed unless replaced.
  const names = useTextsReview(texts, reviewPeople(people, view.client, privacy), true, true);
  const typed = names.printed;
  return (
    <div className="doc-print">
      <NameReview state={names.review} source={names.source} label="the supervision pack" />
      <article className="print-page" aria-label="Course plan and formulation">
        <h2>Client {p.clientLabel}: course plan</h2>
        <ul>
          {p.plan.map((l) => (
            <li key={l}>{l}</li>
          ))}
          {at.goals.map((i, n) => (
            <li key={`goal-${n}`}>
              Goal {n + 1}: {typed(i)}
            </li>
          ))}
        </ul>
        <h2>Formulation</h2>
        <p className="doc-letter">{typed(at.formulation) || 'No formulation on record.'}</p>
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
                <td>{typed(at.tasks[i] ?? -1)}</td>
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
          {p.risk.map((r, i) => {
            const where = at.risk[i];
            return where ? <li key={i}>{riskLine(r, typed, where)}.</li> : null;
          })}
        </ul>
        <h2>IPT adherence self-check</h2>
        <ul>
          {p.adherence.map((a) => (
            <li key={a.question}>
              {phaseName(a.phase)}: {a.question} <strong>{answerLabel(a.answer)}</strong>
            </li>
          ))}
        </ul>
        {p.comments.map((c, i) => (
          <p key={c.phase}>
            {phaseName(c.phase)} phase: {typed(at.comments[i] ?? -1)}
          </p>
        ))}
      </article>
    </div>
  );
}
