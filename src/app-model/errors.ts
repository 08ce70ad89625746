/**
 * Reason codes for failed writes, and the one sentence each shows where the therapist acted
 * (in the spirit of Actual's `shared/errors.ts`). Commands throw `Refusal` for expected refusals
 * (a locked record, a conflict); storage errors from IndexedDB are recognised by name.
 */
export const REASONS = [
  'quota',
  'exists',
  'aborted',
  'upgrading',
  'closed',
  'locked',
  'conflict',
  'not-found',
  'invalid',
  'unknown',
] as const;
export type Reason = (typeof REASONS)[number];

const SENTENCE: Readonly<Record<Reason, string>> = {
  quota:
    'Not saved: this browser has run out of storage space for IPT Planner. Your text is kept here. Free some space (or save a backup and remove old courses), then try again.',
  exists: 'Not saved: a record with the same identity already exists. Nothing was changed.',
  aborted: 'Not saved: the browser stopped the save part-way, so nothing was changed. Try again.',
  upgrading:
    'Not saved: IPT Planner was updated in another tab. Your text is kept here; reload this page to continue.',
  closed:
    'Not saved: the database is closed (another tab may be updating it). Your text is kept; reload the page and try again.',
  locked: 'Not saved: this record is finalised and locked. Add an amendment instead.',
  conflict:
    'Not saved: this record was changed elsewhere (another tab) since you opened it. Reload to see the latest version.',
  'not-found': 'Not saved: the record no longer exists (it may have been deleted in another tab).',
  invalid: 'Not saved: some of what was entered cannot be stored. Check the fields and try again.',
  unknown: 'Not saved because of an unexpected error. Your text is kept; try again.',
};

/** An expected refusal from a command, with the reason and, optionally, a more precise sentence. */
export class Refusal extends Error {
  readonly reason: Reason;
  constructor(reason: Reason, message?: string) {
    super(message ?? SENTENCE[reason]);
    this.name = 'Refusal';
    this.reason = reason;
  }
}

const BY_NAME: Readonly<Record<string, Reason>> = {
  QuotaExceededError: 'quota',
  ConstraintError: 'exists',
  AbortError: 'aborted',
  TransactionInactiveError: 'aborted',
  VersionChangeError: 'upgrading',
  UpgradeError: 'upgrading',
  DatabaseClosedError: 'closed',
  InvalidStateError: 'closed',
  DataError: 'invalid',
  DataCloneError: 'invalid',
};

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/** The reason code of any thrown value (Dexie wraps IndexedDB errors; the inner one is read too). */
export function reasonOf(error: unknown): Reason {
  if (error instanceof Refusal) return error.reason;
  const inner =
    typeof error === 'object' && error !== null ? (error as { inner?: unknown }).inner : undefined;
  const found = BY_NAME[nameOf(error) ?? ''] ?? BY_NAME[nameOf(inner) ?? ''];
  return found ?? 'unknown';
}

/** The sentence to show for a failure: a refusal's own words, else its reason's sentence. */
export function sentenceOf(error: unknown): string {
  if (error instanceof Refusal) return error.message;
  return SENTENCE[reasonOf(error)];
}

/** The sentence of a reason code. */
export function reasonSentence(reason: Reason): string {
  return SENTENCE[reason];
}
