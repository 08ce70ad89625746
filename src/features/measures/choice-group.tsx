import type { ReactNode } from 'react';

/** A group of radio buttons with its legend and its error in words, linked for screen readers. */
export function ChoiceGroup<T extends string>({
  name,
  legend,
  options,
  value,
  error,
  onChange,
  children,
}: {
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T | '';
  error?: string | undefined;
  onChange: (value: T) => void;
  /** Shown under the error (a link to what would fix it). */
  children?: ReactNode;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={`choice-group${error ? ' field--error' : ''}`}
      {...(error ? { 'aria-describedby': errorId } : {})}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            {...(error ? { 'aria-invalid': true } : {})}
          />{' '}
          {o.label}
        </label>
      ))}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}
