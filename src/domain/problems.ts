/**
 * Expected problems are values, not exceptions. Domain functions return them with a code, the field
 * they concern (so a form can show them where they were typed) and a sentence for the therapist.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  code: string;
  /** The input field the problem belongs to, when there is one. */
  field?: string;
  severity: Severity;
  message: string;
}

export type Result<T> =
  { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

/** An error the user can fix. */
export function problem(code: string, message: string, field?: string): Problem {
  return field === undefined
    ? { code, severity: 'error', message }
    : { code, field, severity: 'error', message };
}

/** Allowed, but the therapist should see it. */
export function warning(code: string, message: string, field?: string): Problem {
  return field === undefined
    ? { code, severity: 'warning', message }
    : { code, field, severity: 'warning', message };
}

/** Builds a result from a value and any problems found: errors fail it, warnings ride along. */
export function resultOf<T>(value: T, found: Problem[]): Result<T> {
  const errors = found.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: errors };
  return { ok: true, value, warnings: found.filter((p) => p.severity === 'warning') };
}

/** A failed result carrying only its errors. */
export function failure<T>(found: readonly Problem[]): Result<T> {
  return { ok: false, problems: found.filter((p) => p.severity === 'error') };
}

/** The first error message for `field`, for showing beside an input. */
export function messageFor(problems: readonly Problem[], field: string): string | undefined {
  return problems.find((p) => p.field === field && p.severity === 'error')?.message;
}
