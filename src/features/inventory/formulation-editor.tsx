import { useState } from 'react';

import { isIsoDay } from '../../domain/dates';
import { CommandStatus } from '../../app-model/command-status';
import { saveFormulationText } from '../../app-model/commands/inventory';
import { useCommand } from '../../app-model/use-command';
import type { Formulation } from '../../domain/inventory';
import { Field } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { todayIso } from '../../state/edge';

import { useReportDirty } from './unsaved-forms';
import type { ReportDirty } from './unsaved-forms';

function same(a: string, b: string): boolean {
  const norm = (t: string) => t.replace(/\r\n?/g, '\n').trim();
  return norm(a) === norm(b);
}

interface FormulationEditorProps {
  courseId: string;
  draft: string;
  saved: Formulation | undefined;
  onDirty?: ReportDirty;
}

/**
 * The formulation as the therapist words it. The draft is only offered: "Use this draft" copies it
 * in to edit. When the draft's inputs change later, a new draft is offered, never applied silently.
 */
export function FormulationEditor({ courseId, draft, saved, onDirty }: FormulationEditorProps) {
  const [text, setText] = useState(saved?.text ?? '');
  const [basedOn, setBasedOn] = useState(saved?.draftedFrom);
  const [agreed, setAgreed] = useState(saved?.agreed?.agreed);
  const [agreedDate, setAgreedDate] = useState(saved?.agreed?.date ?? '');
  const [showDraft, setShowDraft] = useState(saved === undefined);
  const [errors, setErrors] = useState<{ text?: string; date?: string }>({});
  const [message, setMessage] = useState('');
  const newDraft = basedOn !== undefined && !same(basedOn, draft);
  const save = useCommand(saveFormulationText, { done: 'Formulation saved.' });
  const dirty =
    text !== (saved?.text ?? '') ||
    agreed !== saved?.agreed?.agreed ||
    (agreed === true && agreedDate !== (saved?.agreed?.date ?? ''));
  useReportDirty(onDirty, 'the formulation', dirty);

  function takeDraft() {
    setText(draft);
    setBasedOn(draft);
    setShowDraft(false);
    setMessage('The draft is in the box below: edit it into your own words, then save.');
  }

  function onSave() {
    const found = {
      text: text.trim() === '' ? 'Write the formulation, or use the draft.' : undefined,
      date: agreed && !isIsoDay(agreedDate) ? 'Enter the date the client agreed.' : undefined,
    };
    setErrors(found);
    setMessage('');
    if (found.text || found.date) return undefined;
    return save.run({ courseId, saved, text, draftedFrom: basedOn, agreed, agreedDate });
  }

  return (
    <section aria-labelledby="formulation-heading" className="card">
      <h2 id="formulation-heading">Formulation</h2>
      {newDraft ? (
        <Notice tone="warning" title="A new draft is available">
          <p>
            The course, inventory, timeline or PHQ-9 changed since your text was drafted. Your text
            is unchanged.
          </p>
          <div className="button-row">
            <button type="button" className="secondary" onClick={() => setShowDraft((s) => !s)}>
              {showDraft ? 'Hide the new draft' : 'View the new draft'}
            </button>
            <button type="button" className="secondary" onClick={takeDraft}>
              Replace my text with the new draft
            </button>
          </div>
        </Notice>
      ) : null}
      {showDraft ? (
        <div className="draft">
          <h3>Suggested draft</h3>
          <p className="hint">
            A suggestion built from the course and the inventory: use it, then make it yours.
          </p>
          <p className="formulation-print draft__text" aria-label="Suggested draft">
            {draft}
          </p>
          {!newDraft ? (
            <button type="button" onClick={takeDraft}>
              Use this draft
            </button>
          ) : null}
        </div>
      ) : saved && !newDraft ? (
        <button type="button" className="link" onClick={() => setShowDraft(true)}>
          View the suggested draft
        </button>
      ) : null}
      <p role="status" className="inline-status">
        {message}
      </p>
      <Field label="Formulation (your wording)" error={errors.text}>
        {(ids) => (
          <textarea
            {...ids}
            className="formulation-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <fieldset>
        <legend>Did the client agree with the formulation?</legend>
        <label className="choice">
          <input
            type="radio"
            name="formulation-agreed"
            checked={agreed === true}
            onChange={() => {
              setAgreed(true);
              // The day the client agrees is usually today: offered, and still editable.
              if (!agreedDate) setAgreedDate(todayIso());
            }}
          />{' '}
          Yes
        </label>
        <label className="choice">
          <input
            type="radio"
            name="formulation-agreed"
            checked={agreed === false}
            onChange={() => setAgreed(false)}
          />{' '}
          No, not yet
        </label>
        {agreed ? (
          <Field label="Date the client agreed" error={errors.date}>
            {(ids) => (
              <input
                {...ids}
                type="date"
                value={agreedDate}
                onChange={(e) => setAgreedDate(e.target.value)}
              />
            )}
          </Field>
        ) : null}
      </fieldset>
      <button type="button" disabled={save.pending} onClick={onSave}>
        Save formulation
      </button>
      <CommandStatus status={save.status} />
    </section>
  );
}
