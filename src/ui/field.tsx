import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';

export interface FieldIds {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

interface FieldProps {
  label: ReactNode;
  /** Shown under the label; linked to the input for screen readers. */
  hint?: ReactNode;
  /** The problem with what was typed, shown in place and announced. */
  error?: string | undefined;
  /** Shown like an error but does not block. */
  warning?: string | undefined;
  children: (ids: FieldIds) => ReactElement;
}

/** A labelled input with its hint and its error in words, linked by ids. */
export function Field({ label, hint, error, warning, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : '', error || warning ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(error ? { 'aria-invalid': true } : {}),
      })}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : warning ? (
        <p className="field__warning" id={errorId}>
          {warning}
        </p>
      ) : null}
    </div>
  );
}
