import { useState } from 'react';

import type { RestoreMode } from '../../db/restore';

/** The word the therapist types before everything stored is replaced. */
export const REPLACE_WORD = 'REPLACE';

/**
 * The two ways to restore a previewed file: add what is new (the merge), or replace everything,
 * which first asks for the confirmation word typed in full.
 */
export function RestoreChoice({
  busy,
  onChoose,
}: {
  busy: boolean;
  onChoose: (mode: RestoreMode) => Promise<void>;
}) {
  const [word, setWord] = useState('');
  const [wrong, setWrong] = useState(false);
  return (
    <div className="backup-choice">
      <p>
        “Add what is new” adds the new records and replaces only records that are newer in the file
        and not finalised here; nothing stored here is deleted.
      </p>
      <button type="button" disabled={busy} onClick={() => onChoose('merge')}>
        Add what is new
      </button>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (word.trim() !== REPLACE_WORD) {
            setWrong(true);
            return;
          }
          return onChoose('replace');
        }}
      >
        <p>
          “Replace everything” deletes every record stored here, then restores the file as it is.
        </p>
        <div className="field">
          <label htmlFor="replace-word">Type {REPLACE_WORD} to replace everything</label>
          <input
            id="replace-word"
            value={word}
            autoComplete="off"
            aria-invalid={wrong}
            aria-describedby={wrong ? 'replace-word-error' : undefined}
            onChange={(e) => {
              setWord(e.target.value);
              setWrong(false);
            }}
          />
          {wrong ? (
            <p id="replace-word-error" className="field__error" role="alert">
              Type {REPLACE_WORD} in capitals to confirm; nothing has been changed.
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={busy}>
          Replace everything
        </button>
      </form>
    </div>
  );
}
