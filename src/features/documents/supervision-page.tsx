import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { saveAdherenceCheck } from '../../db/documents';
import { ADHERENCE_ANSWERS, ADHERENCE_QUESTIONS, checkAdherence } from '../../domain/documents';
import type { AdherenceAnswer, AdherenceCheck } from '../../domain/documents';
import { PHASE_LABEL } from '../../domain/labels';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { PHASES } from '../../domain/types';
import { nowIso } from '../../state/edge';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';

import { NotReady } from './frames';
import { useSupervisionPack } from './use-supervision';

/** The supervision pack: refused without consent; otherwise the adherence self-check, then print. */
export function SupervisionPage() {
  const { courseId = '' } = useParams();
  const data = useSupervisionPack(courseId);
  if (data.state === 'loading' || data.state === 'missing') return <NotReady state={data.state} />;
  const back = <Link to={`/courses/${courseId}/documents`}>Back to documents</Link>;
  if (data.state === 'refused') {
    return (
      <Page title="Supervision pack" subtitle={back}>
        <Notice tone="warning" title="Not available without consent">
          <p>{data.problems.map((p) => p.message).join(' ')}</p>
          <p>
            <Link to={`/courses/${courseId}/formulation`}>Open the contract</Link> to record the
            client’s consent to supervision.
          </p>
        </Notice>
      </Page>
    );
  }
  return (
    <Page title="Supervision pack" subtitle={back}>
      <p>
        De-identified: client {data.pack.clientLabel}, other people by role, session numbers instead
        of dates.
      </p>
      <AdherenceForm
        initial={data.adherence ?? { courseId, answers: {}, comments: {}, updatedAt: '' }}
        hints={data.hints}
      />
      <p>
        <Link to={`/courses/${courseId}/supervision/print`}>Print the supervision pack</Link>
      </p>
    </Page>
  );
}

const ANSWER_LABEL: Record<AdherenceAnswer, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

function AdherenceForm({
  initial,
  hints,
}: {
  initial: AdherenceCheck;
  hints: Record<string, string>;
}) {
  const [check, setCheck] = useState(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = checkAdherence(check);
    setProblems(found);
    setSaved(false);
    if (found.some((p) => p.severity === 'error')) return;
    await saveAdherenceCheck({ ...check, updatedAt: nowIso() });
    setSaved(true);
  };
  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate>
      <h2>IPT adherence self-check</h2>
      {PHASES.map((phase) => (
        <section key={phase} aria-labelledby={`adh-${phase}`}>
          <h3 id={`adh-${phase}`}>{PHASE_LABEL[phase]} phase</h3>
          {ADHERENCE_QUESTIONS.filter((q) => q.phase === phase).map((q) => (
            <fieldset key={q.id}>
              <legend>{q.text}</legend>
              <p className="doc-hints muted">From the record: {hints[q.id]}</p>
              {ADHERENCE_ANSWERS.map((a) => (
                <label key={a}>
                  <input
                    type="radio"
                    name={q.id}
                    checked={check.answers[q.id] === a}
                    onChange={() =>
                      setCheck({ ...check, answers: { ...check.answers, [q.id]: a } })
                    }
                  />{' '}
                  {ANSWER_LABEL[a]}
                </label>
              ))}
            </fieldset>
          ))}
          <Field
            label={`Comment on the ${PHASE_LABEL[phase].toLowerCase()} phase`}
            error={messageFor(problems, `comment-${phase}`)}
          >
            {(ids) => (
              <textarea
                {...ids}
                rows={2}
                value={check.comments[phase] ?? ''}
                onChange={(e) =>
                  setCheck({ ...check, comments: { ...check.comments, [phase]: e.target.value } })
                }
              />
            )}
          </Field>
        </section>
      ))}
      {problems
        .filter((p) => p.severity === 'warning')
        .map((p) => (
          <Notice key={p.code} tone="info">
            {p.message}
          </Notice>
        ))}
      <div className="button-row">
        <button type="submit">Save the self-check</button>
      </div>
      {saved ? (
        <Notice tone="success" live>
          Self-check saved.
        </Notice>
      ) : null}
    </form>
  );
}
