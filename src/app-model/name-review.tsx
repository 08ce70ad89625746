/**
 * Names in the therapist's own text, before it leaves the app (issue 12 item 1). The app never
 * changes what the therapist typed: where the setting is "roles, not names", this panel marks each
 * name it found and offers to replace it with the person's role, occurrence by occurrence, visibly
 * and reversibly. The output uses `text` as returned (only the chosen replacements applied).
 */
import { useMemo, useState } from 'react';

import { findNames, replaceChosen } from '../domain/privacy';
import type { NameOccurrence } from '../domain/privacy';

interface Person {
  name: string;
  relationship: string;
}

export interface NameReviewState {
  occurrences: NameOccurrence[];
  chosen: ReadonlySet<number>;
  toggle: (index: number) => void;
  /** The text as it will leave the app: the therapist's words with only the chosen replacements. */
  text: string;
}

/** Finds the names in `source` (none when `active` is false) and tracks which to replace. */
export function useNameReview(
  source: string,
  people: readonly Person[],
  active: boolean,
): NameReviewState {
  const occurrences = useMemo(
    () => (active ? findNames(source, people) : []),
    [source, people, active],
  );
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const valid = new Set([...chosen].filter((i) => i < occurrences.length));
  return {
    occurrences,
    chosen: valid,
    toggle: (i) =>
      setChosen((prev) => {
        const next = new Set(prev);
        if (next.has(i)) next.delete(i);
        else next.add(i);
        return next;
      }),
    text: replaceChosen(source, occurrences, valid),
  };
}

/** Context around an occurrence: a few words either side, for the list. */
function around(source: string, o: NameOccurrence): string {
  const before = source.slice(Math.max(0, o.start - 30), o.start);
  const after = source.slice(o.end, o.end + 30);
  return `…${before}[${o.found}]${after}…`;
}

/** The panel (never printed): each name found, with a toggle to replace it by the role. */
export function NameReview({
  state,
  source,
  label,
}: {
  state: NameReviewState;
  source: string;
  label: string;
}) {
  if (state.occurrences.length === 0) return null;
  return (
    <section className="name-review no-print" aria-label={`Names in ${label}`}>
      <p>
        Your settings print roles, not names.{' '}
        {state.occurrences.length === 1 ? 'This name' : 'These names'} in your own text{' '}
        {state.occurrences.length === 1 ? 'is' : 'are'} printed as you typed{' '}
        {state.occurrences.length === 1 ? 'it' : 'them'} unless you choose to replace{' '}
        {state.occurrences.length === 1 ? 'it' : 'them'}:
      </p>
      <ul>
        {state.occurrences.map((o, i) => {
          const on = state.chosen.has(i);
          return (
            <li key={`${o.start}-${o.end}`}>
              <span className="name-review__context">{around(source, o)}</span>{' '}
              <button
                type="button"
                className="secondary"

                onClick={() => state.toggle(i)}
              >
                {on
                  ? `Printing “${o.role}”: keep “${o.found}”`
                  : `Replace “${o.found}” with “${o.role}”`}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
