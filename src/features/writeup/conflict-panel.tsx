import type { SessionWriteUp } from '../../domain/writeup';

import { formatStamp } from './stamp';

interface Props {
  theirs: SessionWriteUp;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onKeepBoth: () => void;
}

/** Shown where the therapist types when another tab saved this write-up since this one read it. */
export function ConflictPanel({ theirs, onKeepMine, onTakeTheirs, onKeepBoth }: Props) {
  return (
    <section className="notice notice--warning" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">This write-up was changed in another tab</h2>
      <p>
        It was saved there at {formatStamp(theirs.updatedAt)}. Nothing was overwritten: what you
        typed here is kept on screen. Keep mine saves this tab’s text over theirs; take theirs shows
        the other tab’s text here instead; keep both keeps your text and adds theirs below a marked
        line, for you to tidy.
      </p>
      <blockquote className="writeup-conflict__theirs" aria-label="The other tab’s note">
        {theirs.note === '' ? <em>(no note)</em> : theirs.note}
      </blockquote>
      <div className="toolbar">
        <button type="button" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" onClick={onKeepBoth}>
          Keep both
        </button>
      </div>
    </section>
  );
}
