import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { saveStoredDocument } from '../../db/documents';
import { checkClientDocument, documentId } from '../../domain/documents';
import type { EndOfTreatmentSummary } from '../../domain/documents';
import { nowIso } from '../../state/edge';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';

import { NotReady } from './frames';
import { useSummary } from './use-summary';

/** The end-of-treatment summary: a preview built from the record, and the letter to edit. */
export function SummaryPage() {
  const { courseId = '' } = useParams();
  const data = useSummary(courseId);
  if (data.state !== 'ready') return <NotReady state={data.state} />;
  const { summary, draft } = data;
  return (
    <Page
      title="End-of-treatment summary"
      subtitle={<Link to={`/courses/${courseId}/documents`}>Back to documents</Link>}
    >
      <section className="card" aria-labelledby="sum-progress">
        <h2 id="sum-progress">Progress, as the client will read it</h2>
        <p>{summary.scoreSentence}</p>
        <ul>
          {summary.goals.map((g) => (
            <li key={g.goal}>
              {g.goal} {g.progress}
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
      <LetterForm
        initial={summary.letter}
        draft={draft}
        onSave={(letter) =>
          saveStoredDocument({
            id: documentId('summary', courseId),
            courseId,
            kind: 'summary',
            fields: { letter },
            updatedAt: nowIso(),
          })
        }
      />
      <p>
        <Link to={`/courses/${courseId}/summary/print`}>Print the summary</Link>
      </p>
    </Page>
  );
}

interface LetterProps {
  initial: EndOfTreatmentSummary['letter'];
  draft: string;
  onSave: (letter: string) => Promise<void>;
}

function LetterForm({ initial, draft, onSave }: LetterProps) {
  const [letter, setLetter] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const broken = checkClientDocument(letter)[0];
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (letter.trim() === '') return setError('Write the letter, or start again from the draft.');
    setError(undefined);
    await onSave(letter);
    setSaved(true);
  };
  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate>
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
        <button type="submit">Save the letter</button>
        <button type="button" className="secondary" onClick={() => setLetter(draft)}>
          Start again from the draft
        </button>
      </div>
      {saved ? (
        <Notice tone="success" live>
          Letter saved.
        </Notice>
      ) : null}
    </form>
  );
}
