/**
 * Two tabs on one write-up: the draft is saved over the revision this tab last read or wrote, and
 * a save over a record changed in another tab is refused and held here for the therapist's choice
 * (keep mine, take theirs, keep both), never silently overwritten.
 */
import { useCallback, useRef, useState } from 'react';
import type { RefObject } from 'react';

import { saveDraft, WriteUpConflict } from '../../app-model/commands/writeup';
import type { RiskFlag } from '../../domain/measures';
import type { SessionWriteUp } from '../../domain/writeup';

/** Free-text fields both tabs may have typed into. */
const TEXT_FIELDS = ['note', 'clinicianAssessment', 'plan', 'previousTask', 'taskSet'] as const;

/**
 * Keep both: this tab's text stays first, exactly as typed; where the other tab's differs, it
 * follows below a marked line, so nothing either tab typed is lost and the therapist deletes what
 * is not wanted. Fields that are not free text (scores, minutes…) are this tab's.
 */
export function keepBoth(mine: SessionWriteUp, theirs: SessionWriteUp, savedAt: string) {
  const merged: SessionWriteUp = { ...mine };
  for (const key of TEXT_FIELDS) {
    const own = mine[key] ?? '';
    const other = theirs[key] ?? '';
    if (other.trim() === '' || other === own) continue;
    merged[key] =
      own.trim() === ''
        ? other
        : `${own}\n\n--- From the other tab (saved ${savedAt}) ---\n${other}`;
  }
  return merged;
}

export function useConflictSave(initial: SessionWriteUp, flags: RefObject<readonly RiskFlag[]>) {
  const base = useRef(initial.revision ?? 0);
  const [theirs, setTheirs] = useState<SessionWriteUp>();
  const save = useCallback(
    async (w: SessionWriteUp) => {
      try {
        base.current = await saveDraft(w, flags.current, base.current);
      } catch (error) {
        if (error instanceof WriteUpConflict) setTheirs(error.theirs);
        throw error;
      }
    },
    [flags],
  );
  /** The therapist has chosen: later saves go over the other tab's revision. */
  const resolve = useCallback((other: SessionWriteUp) => {
    base.current = other.revision ?? 0;
    setTheirs(undefined);
  }, []);
  return { save, theirs, resolve };
}
