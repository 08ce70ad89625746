/**
 * Names in the therapist's own text, before it leaves the app (issue 12 item 1). The app never
 * changes what the therapist typed: where the setting is "roles, not names", this panel marks each
 * name it found and offers to replace it with the person's role, occurrence by occurrence, visibly
 * and reversibly. The output uses `text` as returned (only the chosen replacements applied).
 */
import { useMemo, useState } from 'react';

import { replaceChosen } from '../domain/privacy';
import type { PrintPrivacy } from '../domain/privacy';
import { findTyped } from '../domain/privacy-dates';
import type { TypedOccurrence } from '../domain/privacy-dates';
import type { Client } from '../domain/types';

interface Person {
  name: string;
  relationship: string;
}

export interface NameReviewState {
  /** Names and (on de-identified paper) dates, in text order; `chosen` indexes into these. */
  occurrences: TypedOccurrence[];
  chosen: ReadonlySet<number>;
  toggle: (index: number) => void;
  /** The text as it will leave the app: the therapist's words with only the chosen replacements. */
  text: string;
}

/**
 * Finds the names in `source` (none when `active` is false), and its dates too when `dates` is set
 * (de-identified paper), and tracks which to replace.
 */
export function useNameReview(
  source: string,
  people: readonly Person[],
  active: boolean,
  dates = false,
): NameReviewState {
  const occurrences = useMemo(
    () => (active ? findTyped(source, people, dates) : []),
    [source, people, active, dates],
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

/** Joins the texts of one paper; a paragraph separator never occurs in a name. */
const SEP = '\u2029';

export interface TextsReview {
  review: NameReviewState;
  /** All the paper's typed texts as one source, for the panel's context. */
  source: string;
  /** The `i`th text as it will print (only the chosen replacements applied). */
  printed: (i: number) => string;
}

/**
 * One review over every typed text of a paper (the panel lists each occurrence once, in order);
 * `printed(i)` gives text `i` back with only the chosen replacements.
 */
export function useTextsReview(
  texts: readonly string[],
  people: readonly Person[],
  active: boolean,
  /** Also mark typed dates (the de-identified supervision pack). */
  dates = false,
): TextsReview {
  const source = texts.join(SEP);
  const review = useNameReview(source, people, active, dates);
  const out = review.text.split(SEP);
  return { review, source, printed: (i) => out[i] ?? texts[i] ?? '' };
}

/**
 * Who the review looks for on paper that shows roles: each person of the inventory unless names
 * are opted in, and the client's recorded name (as "the client") unless the client's name is.
 */
export function reviewPeople(
  people: readonly Person[],
  client: Pick<Client, 'fullName'>,
  privacy: PrintPrivacy,
): Person[] {
  const name = client.fullName?.trim() ?? '';
  const own =
    name === '' || privacy.showClientName
      ? []
      : [name, ...name.split(/\s+/)].map((n) => ({ name: n, relationship: 'the client' }));
  return [...own, ...(privacy.showPeopleNames ? [] : people)];
}

/** Context around an occurrence: a few words either side, for the list. */
function around(source: string, o: TypedOccurrence): string {
  // Only the text the name stands in: a paper's other texts are not its context.
  const before =
    source
      .slice(Math.max(0, o.start - 30), o.start)
      .split(SEP)
      .pop() ?? '';
  const after = source.slice(o.end, o.end + 30).split(SEP)[0] ?? '';
  return `…${before}[${o.found}]${after}…`;
}

/** One list of the panel: each occurrence of one kind, with its toggle (indexes stay global). */
function OccurrenceList({
  state,
  source,
  kind,
}: {
  state: NameReviewState;
  source: string;
  kind: TypedOccurrence['kind'];
}) {
  return (
    <ul>
      {state.occurrences.map((o, i) => {
        if (o.kind !== kind) return null;
        const on = state.chosen.has(i);
        return (
          <li key={`${o.start}-${o.end}`}>
            <span className="name-review__context">{around(source, o)}</span>{' '}
            <button type="button" className="secondary" onClick={() => state.toggle(i)}>
              {on
                ? `Printing “${o.role}”: keep “${o.found}”`
                : `Replace “${o.found}” with “${o.role}”`}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** "This name … is printed as you typed it" or the plural, for `count` occurrences. */
function asTyped(count: number, one: string, many: string): string {
  return count === 1
    ? `This ${one} in your own text is printed as you typed it unless you choose to replace it:`
    : `These ${many} in your own text are printed as you typed them unless you choose to replace them:`;
}

/**
 * The panel (never printed): each name found, with a toggle to replace it by the role; and, when
 * the review marks dates (de-identified paper), each date with a toggle to print “[date]”.
 */
export function NameReview({
  state,
  source,
  label,
  why = 'Your settings print roles, not names.',
}: {
  state: NameReviewState;
  source: string;
  label: string;
  /** Why names are being reviewed (the setting, or the therapist's choice for this handout). */
  why?: string;
}) {
  const names = state.occurrences.filter((o) => o.kind === 'name').length;
  const dates = state.occurrences.length - names;
  return (
    <>
      {names > 0 ? (
        <section className="name-review no-print" aria-label={`Names in ${label}`}>
          <p>
            {why} {asTyped(names, 'name', 'names')}
          </p>
          <OccurrenceList state={state} source={source} kind="name" />
        </section>
      ) : null}
      {dates > 0 ? (
        <section className="name-review no-print" aria-label={`Dates in ${label}`}>
          <p>
            {label.charAt(0).toUpperCase() + label.slice(1)} is de-identified.{' '}
            {asTyped(dates, 'date', 'dates')}
          </p>
          <OccurrenceList state={state} source={source} kind="date" />
        </section>
      ) : null}
    </>
  );
}

export interface HandoutReview extends TextsReview {
  /** The therapist chose roles instead of names for this handout. */
  roles: boolean;
  setRoles: (roles: boolean) => void;
}

/**
 * Client handouts (task card, safety plan, relapse plan, summary and letter) are for the client,
 * who knows the people in their life: they print names as typed. Only when the therapist chooses
 * roles for a handout are the names in it marked, each replaced only where chosen.
 */
export function useHandoutReview(
  texts: readonly string[],
  people: readonly Person[],
  /** The choice held by the caller, when the app's own words depend on it too. */
  choice?: readonly [boolean, (roles: boolean) => void],
): HandoutReview {
  const own = useState(false);
  const [roles, setRoles] = choice ?? own;
  return { ...useTextsReview(texts, people, roles), roles, setRoles };
}

/** The choice (never printed) and, once roles are chosen, the review of each name. */
export function HandoutNames({ state, label }: { state: HandoutReview; label: string }) {
  const none = state.roles && state.review.occurrences.length === 0;
  return (
    <div className="name-review no-print">
      <label>
        <input
          type="checkbox"
          checked={state.roles}
          onChange={(e) => state.setRoles(e.target.checked)}
        />{' '}
        Use roles instead of names on {label}
      </label>
      {none ? <p role="status">No names from the inventory in {label}.</p> : null}
      <NameReview
        state={state.review}
        source={state.source}
        label={label}
        why="You chose roles for this handout."
      />
    </div>
  );
}
