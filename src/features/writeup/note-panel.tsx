import { useId, useMemo, useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { saveNoteFormat } from '../../app-model/commands/writeup';
import { NameReview, useNameReview } from '../../app-model/name-review';
import { useCommand } from '../../app-model/use-command';
import type { PrintPrivacy } from '../../domain/privacy';
import { NOTE_FORMATS, noteHtml, progressNote } from '../../domain/writeup';
import type { NoteContext, NoteFormat, SessionWriteUp } from '../../domain/writeup';
import { Field } from '../../ui/field';

interface Props {
  writeup: SessionWriteUp;
  context: NoteContext;
  format: NoteFormat;
  privacy: PrintPrivacy;
  /** The course's people: their names in the therapist's text are marked for review. */
  people: readonly { name: string; relationship: string }[];
}

/** Names to mark: the people, and the client's own name when paper shows the code. */
function namesToReview(
  people: Props['people'],
  fullName: string | undefined,
  privacy: PrintPrivacy,
) {
  const full = fullName?.trim() ?? '';
  const client =
    full !== '' && !privacy.showClientName
      ? [full, ...full.split(/\s+/)].map((name) => ({ name, relationship: 'the client' }))
      : [];
  return [...(privacy.showPeopleNames ? [] : people), ...client];
}

/**
 * The progress note exactly as it will be copied or downloaded, with copy and download buttons.
 * The therapist's text is never changed; where paper shows roles, each typed name is marked and
 * replaced only if the therapist chooses (the copy and the download use the reviewed text).
 */
export function NotePanel(props: Props) {
  const { writeup, context, format, privacy } = props;
  const [status, setStatus] = useState('');
  const titleId = useId();
  const layout = useCommand(saveNoteFormat, { done: (f) => `Note layout set to ${f}` });
  const source = progressNote(writeup, context, format, privacy);
  const fullName = context.client.fullName;
  const names = useMemo(
    () => namesToReview(props.people, fullName, privacy),
    [props.people, fullName, privacy],
  );
  const review = useNameReview(source, names, names.length > 0);
  const text = review.text;

  async function copy() {
    const html = noteHtml(text);
    try {
      if (typeof ClipboardItem !== 'undefined' && navigator.clipboard.write) {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([text], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      setStatus('Note copied. Paste it into the practice’s record system.');
    } catch (error) {
      console.error(error);
      try {
        await navigator.clipboard.writeText(text);
        setStatus('Note copied as plain text.');
      } catch {
        setStatus('The browser refused the clipboard. Select the preview text and copy it.');
      }
    }
  }

  function download() {
    try {
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `progress-note-${context.client.code}-${writeup.sessionDate}.txt`;
      link.click();
      URL.revokeObjectURL(url);
      setStatus('Note downloaded as a text file.');
    } catch (error) {
      console.error(error);
      setStatus('The browser refused the download. Select the preview text and copy it instead.');
    }
  }

  return (
    <section className="writeup-section card" aria-labelledby={titleId}>
      <h2 id={titleId}>Progress note</h2>
      <Field label="Note layout" hint="Kept as your setting for every note.">
        {(ids) => (
          <select
            {...ids}
            value={format}
            disabled={layout.pending}
            onChange={(e) => layout.run(e.target.value as NoteFormat)}
          >
            {NOTE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {f === 'DAP'
                  ? 'DAP (data, assessment, plan)'
                  : 'SOAP (subjective, objective, assessment, plan)'}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CommandStatus status={layout.status} />
      <NameReview state={review} source={source} label="the progress note" />
      <Field label="Note preview" hint="Exactly what is copied.">
        {(ids) => <textarea {...ids} className="writeup-note" readOnly rows={14} value={text} />}
      </Field>
      <div className="button-row">
        <button type="button" onClick={copy}>
          Copy as note
        </button>
        <button type="button" className="secondary" onClick={download}>
          Download as text file
        </button>
      </div>
      <p role="status" className="muted">
        {status}
      </p>
    </section>
  );
}
