import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

import { checkAnswers, isScorable, itemField, scoreQuestionnaire } from '../../domain/measures';
import type { DifficultyAnswer, Questionnaire } from '../../domain/measures';
import type { Problem } from '../../domain/problems';
import { messageFor } from '../../domain/problems';

export interface FormValue {
  answers: (number | null)[];
  difficulty?: DifficultyAnswer;
}

interface Props {
  questionnaire: Questionnaire;
  initial?: FormValue;
  /** Shown under this item (the item 9 screen statement). */
  itemNotes?: Record<number, string>;
  /** Runs the save command; resolves true when stored (the answers stay either way). */
  onSave: (value: FormValue, status: 'complete' | 'draft') => Promise<boolean>;
  /** A save is running: the save buttons are disabled. */
  pending?: boolean;
  /** The therapist changed an answer (clears a shown confirmation or failure). */
  onEdit?: () => void;
  /** Whether the answers differ from what is stored, for the unsaved-changes guard. */
  onDirty?: (dirty: boolean) => void;
  /** Fields shown before the items (the date answered). */
  header?: ReactNode;
}

const sameValue = (a: FormValue, b: FormValue) =>
  a.difficulty === b.difficulty &&
  a.answers.length === b.answers.length &&
  a.answers.every((x, i) => x === b.answers[i]);

/**
 * One questionnaire as radio groups, exact wording. Typing 0–3 on an item answers it and moves to
 * the next; Save refuses a missing answer at its item, Save as draft keeps a half-filled form.
 */
export function QuestionnaireForm(props: Props) {
  const { questionnaire: q, initial, itemNotes = {}, onSave, pending = false } = props;
  const [answers, setAnswers] = useState<(number | null)[]>(
    initial?.answers ?? q.items.map(() => null),
  );
  const [difficulty, setDifficulty] = useState<DifficultyAnswer | undefined>(initial?.difficulty);
  const [problems, setProblems] = useState<Problem[]>([]);
  const form = useRef<HTMLFormElement>(null);
  const prefix = q.kind;
  const stored = initial ?? { answers: q.items.map(() => null) };
  const dirty = !sameValue(
    { answers, ...(difficulty === undefined ? {} : { difficulty }) },
    stored,
  );
  const { onDirty, onEdit } = props;
  useEffect(() => {
    onDirty?.(dirty);
  }, [dirty, onDirty]);
  useEffect(() => () => onDirty?.(false), [onDirty]);

  const answer = (i: number, value: number) => {
    onEdit?.();
    setAnswers((prev) => prev.map((a, j) => (j === i ? value : a)));
    setProblems((prev) => prev.filter((p) => p.field !== itemField(i + 1)));
  };

  const focusItem = (i: number) => {
    const name = `${prefix}-item-${i + 1}`;
    const target =
      form.current?.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`) ??
      form.current?.querySelector<HTMLInputElement>(`input[name="${name}"]`) ??
      form.current?.querySelector<HTMLInputElement>(`input[name="${prefix}-difficulty"]`);
    target?.focus();
  };

  const onKey = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (!/^[0-3]$/.test(e.key)) return;
    e.preventDefault();
    answer(i, Number(e.key));
    focusItem(i + 1);
  };

  async function save(status: 'complete' | 'draft') {
    const found = checkAnswers(q.kind, answers, status);
    setProblems(found);
    const first = found[0]?.field;
    if (first) {
      focusItem(Number(first.replace('item-', '')) - 1);
      return;
    }
    await onSave({ answers, ...(difficulty === undefined ? {} : { difficulty }) }, status);
  }

  return (
    <form
      ref={form}
      className="questionnaire"
      aria-label={q.name}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        return save('complete');
      }}
    >
      {props.header}
      <p className="questionnaire__stem">{q.stem}</p>
      <p className="hint">Keyboard: type 0–3 on an item to answer it and move to the next.</p>
      {q.items.map((text, i) => (
        <ItemFieldset
          key={text}
          name={`${prefix}-item-${i + 1}`}
          legend={`${i + 1}. ${text}`}
          options={q.options}
          value={answers[i] ?? null}
          error={messageFor(problems, itemField(i + 1))}
          note={itemNotes[i + 1]}
          onChange={(v) => answer(i, v)}
          onKeyDown={onKey(i)}
        />
      ))}
      <ItemFieldset
        name={`${prefix}-difficulty`}
        legend={`${q.difficulty.question} (not scored)`}
        options={q.difficulty.options}
        value={difficulty ?? null}
        onChange={(v) => {
          onEdit?.();
          setDifficulty(v as DifficultyAnswer);
        }}
      />
      <LiveTotal questionnaire={q} answers={answers} />
      <p className="hint">{q.attribution}</p>
      <div className="button-row">
        <button type="submit" disabled={pending}>
          Save {q.name}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={pending}
          onClick={() => save('draft')}
        >
          Save {q.name} as draft
        </button>
      </div>
    </form>
  );
}

interface ItemProps {
  name: string;
  legend: string;
  options: readonly { value: number; label: string }[];
  value: number | null;
  error?: string | undefined;
  note?: string | undefined;
  onChange: (value: number) => void;
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
}

function ItemFieldset({
  name,
  legend,
  options,
  value,
  error,
  note,
  onChange,
  onKeyDown,
}: ItemProps) {
  const errorId = `${name}-error`;
  const noteId = `${name}-note`;
  const described = [note ? noteId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`item${error ? ' field--error' : ''}`}
      {...(described ? { 'aria-describedby': described } : {})}
    >
      <legend>{legend}</legend>
      {note ? (
        <p className="item__note" id={noteId}>
          {note}
        </p>
      ) : null}
      <div className="item__options">
        {options.map((o) => (
          <label key={o.value} className="item__option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              onKeyDown={onKeyDown}
              {...(error ? { 'aria-invalid': true } : {})}
            />{' '}
            {o.label} ({o.value})
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function LiveTotal({
  questionnaire: q,
  answers,
}: {
  questionnaire: Questionnaire;
  answers: (number | null)[];
}) {
  const answered = answers.filter((a) => a !== null).length;
  const score = scoreQuestionnaire(q.kind, answers);
  return (
    <p className="questionnaire__total" role="status">
      {isScorable(q.kind, answers) && score.ok
        ? `${q.name} total ${score.value.total} of ${q.maxTotal}: ${score.value.bandLabel}`
        : `${answered} of ${q.items.length} answered: not scored until every item is answered`}
    </p>
  );
}
