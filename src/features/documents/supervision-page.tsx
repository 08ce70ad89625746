import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { saveAdherenceSelfCheck } from '../../app-model/commands/documents';
import { CourseFrame } from '../../app-model/course-frame';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import type { CourseView } from '../../domain/course-view';
import { ADHERENCE_ANSWERS, ADHERENCE_QUESTIONS, checkAdherence } from '../../domain/documents';
import type { AdherenceAnswer, AdherenceCheck } from '../../domain/documents';
import { PHASE_LABEL } from '../../domain/labels';
import { messageFor } from '../../domain/problems';
import type { Problem } from '../../domain/problems';
import { PHASES } from '../../domain/types';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';

import { useSupervisionPack } from './use-supervision';
import './documents.css';

/** The supervision pack: refused without consent; otherwise the adherence self-check, then print. */
export function SupervisionPage() {
  const { courseId = '' } = useParams();
  return (
    <CourseFrame
      courseId={courseId}
      title="Supervision pack"
      subtitle={<Link to={`/courses/${courseId}/documents`}>Back to documents</Link>}
    >
      {(view) => <SupervisionBody view={view} />}
    </CourseFrame>
  );
}

function SupervisionBody({ view }: { view: CourseView }) {
  const courseId = view.course.id;
  const data = useSupervisionPack(view);
  if (data.state === 'loading') return <p role="status">Loading the supervision pack…</p>;
  if (data.state === 'refused') {
    return (
      <Notice tone="warning" title="Not available without consent">
        <p>{data.problems.map((p) => p.message).join(' ')}</p>
        <p>
          <Link to={`/courses/${courseId}/formulation`}>Open the contract</Link> to record the
          client’s consent to supervision.
        </p>
      </Notice>
    );
  }
  return (
    <>
      <p>
        What the app writes in the pack is de-identified: client {data.pack.clientLabel}, other
        people by role, session numbers instead of dates. Your own text (goals, formulation, tasks,
        risk notes, comments) prints as you typed it: the print page marks each name in it and
        replaces only the ones you choose. Check it for dates and other details too.
      </p>
      <AdherenceForm
        initial={data.adherence ?? { courseId, answers: {}, comments: {}, updatedAt: '' }}
        hints={data.hints}
      />
      <p>
        <Link to={`/courses/${courseId}/supervision/print`}>Print the supervision pack</Link>
      </p>
    </>
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
  const [savedCheck, setSavedCheck] = useState(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = useCommand(
    async (next: AdherenceCheck) => {
      await saveAdherenceSelfCheck(next);
      return next;
    },
    { done: 'Self-check saved.', onDone: setSavedCheck },
  );
  const dirty = JSON.stringify(check) !== JSON.stringify(savedCheck);
  const blocker = useUnsavedGuard(dirty && !save.pending);
  const submit = async () => {
    const found = checkAdherence(check);
    setProblems(found);
    if (found.some((p) => p.severity === 'error')) {
      save.reset();
      return;
    }
    await save.run(check);
  };
  return (
    <form
      className="form card"
      onSubmit={(e) => {
        e.preventDefault();
        return submit();
      }}
      noValidate
    >
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
        <button type="submit" disabled={save.pending}>
          Save the self-check
        </button>
      </div>
      <CommandStatus status={save.status} />
      <UnsavedPrompt blocker={blocker} what="the self-check" />
    </form>
  );
}
