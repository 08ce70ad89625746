import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { CommandStatus } from '../../app-model/command-status';
import { saveSummaryLetter } from '../../app-model/commands/documents';
import { CourseFrame } from '../../app-model/course-frame';
import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';
import { useCommand } from '../../app-model/use-command';
import type { CourseView } from '../../domain/course-view';
import { checkClientDocument } from '../../domain/documents';
import { goalVoiceWarnings } from '../../domain/documents/person-voice';
import type { EndOfTreatmentSummary } from '../../domain/documents';
import { Field } from '../../ui/field';

import { useSummary } from './use-summary';
import './documents.css';

/** The end-of-treatment summary: a preview built from the record, and the letter to edit. */
export function SummaryPage() {
  const { courseId = '' } = useParams();
  return (
    <CourseFrame
      courseId={courseId}
      title="End-of-treatment summary"
      subtitle={<Link to={`/courses/${courseId}/documents`}>Back to documents</Link>}
    >
      {(view) => <SummaryEditor view={view} />}
    </CourseFrame>
  );
}

function SummaryEditor({ view }: { view: CourseView }) {
  const data = useSummary(view);
  if (data.state !== 'ready') return <p role="status">Loading the summary…</p>;
  const { summary, draft } = data;
  const courseId = view.course.id;
  const record = [view.latest.phq9?.words, view.latest.gad7?.words].filter((l): l is string => !!l);
  // Goals print as typed, to a client read as "you": say which are about the client.
  const voice = goalVoiceWarnings(
    summary.goals.map((g) => g.goal),
    view.client.fullName,
  );
  return (
    <>
      <section className="card" aria-labelledby="sum-progress">
        <h2 id="sum-progress">Progress, as the client will read it</h2>
        <p>{summary.scoreSentence}</p>
        <ul>
          {summary.goals.map((g, i) => (
            <li key={g.goal}>
              {g.goal} {g.progress}
              {voice[i] ? <span className="field__warning no-print"> {voice[i]}</span> : null}
            </li>
          ))}
        </ul>
        <p className="muted">
          {summary.circle.end.length > 0
            ? `${summary.circle.end.length} people placed in the circle at the end.`
            : 'The circle has not been re-drawn at the end yet (inventory screen).'}{' '}
          {summary.relapsePlan.length > 0 ? 'Relapse plan included.' : 'No relapse plan saved yet.'}
        </p>
      </section>
      <section className="card" aria-labelledby="sum-record">
        <h2 id="sum-record">On the record (not printed)</h2>
        {record.length === 0 ? (
          <p>No questionnaire scored in this course yet.</p>
        ) : (
          <ul>
            {record.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        )}
      </section>
      <LetterForm
        initial={summary.letter}
        draft={draft}
        onSave={(letter) => saveSummaryLetter(courseId, letter)}
      />
      <p>
        <Link to={`/courses/${courseId}/summary/print`}>Print the summary</Link>
      </p>
    </>
  );
}

interface LetterProps {
  initial: EndOfTreatmentSummary['letter'];
  draft: string;
  onSave: (letter: string) => Promise<void>;
}

function LetterForm({ initial, draft, onSave }: LetterProps) {
  const [letter, setLetter] = useState(initial);
  const [savedLetter, setSavedLetter] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const save = useCommand(
    async (text: string) => {
      await onSave(text);
      return text;
    },
    { done: 'Letter saved.', onDone: setSavedLetter },
  );
  const blocker = useUnsavedGuard(letter !== savedLetter && !save.pending);
  const broken = checkClientDocument(letter)[0];
  const submit = async () => {
    if (letter.trim() === '') {
      save.reset();
      setError('Write the letter, or start again from the draft.');
      return;
    }
    setError(undefined);
    await save.run(letter);
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
      <Field
        label="Letter to the client"
        hint="Drafted from the record in our words; edit it freely. Saved text is printed instead of the draft."
        error={error}
        warning={broken ? `${broken.message} That sentence is left off the printout.` : undefined}
      >
        {(ids) => (
          <textarea {...ids} rows={14} value={letter} onChange={(e) => setLetter(e.target.value)} />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" disabled={save.pending}>
          Save the letter
        </button>
        <button type="button" className="secondary" onClick={() => setLetter(draft)}>
          Start again from the draft
        </button>
      </div>
      <CommandStatus status={save.status} />
      <UnsavedPrompt blocker={blocker} what="the letter" />
    </form>
  );
}
