/**
 * The building blocks of the stored-entity schemas: ids, calendar days that exist, times of day,
 * timestamps and bounded text. Each refusal carries a sentence that names why, so a restore can
 * say "sessions record 3 (s1): date: 2026-02-30 is not a day that exists".
 */
import * as z from 'zod/mini';

import { isIsoDay, isTimeOfDay } from '../dates';

// The app's Content-Security-Policy forbids eval, so zod's compiled fast path can never run in
// the browser; saying so up front skips its `new Function` probe (a CSP violation report on every
// load) and makes the tests check rows by the same code path as the app.
z.config({ jitless: true });

/** Longest text accepted in one stored field: generous (a long note), but bounded. */
export const STORED_TEXT_MAX = 100_000;
/** Longest id accepted: ids are UUIDs or short derived keys such as `task-card:<uuid>`. */
export const ID_MAX = 200;

/** A non-empty string id. */
export const id = () =>
  z.string().check(
    z.refine((v) => v.trim() !== '', 'is empty'),
    z.refine((v) => v.length <= ID_MAX, `is longer than ${ID_MAX} characters`),
  );

/**
 * "is longer than 100,000 characters", built once: `toLocaleString` starts the browser's number
 * formatting each time, and `text()` is called for every free-text field of every schema, so
 * doing it per field cost about 15 ms of every first load (issue 15).
 */
const TEXT_TOO_LONG = `is longer than ${String(STORED_TEXT_MAX).replace(/\B(?=(\d{3})+$)/g, ',')} characters`;

/** Free text, bounded by STORED_TEXT_MAX. */
export const text = () =>
  z.string().check(z.refine((v) => v.length <= STORED_TEXT_MAX, TEXT_TOO_LONG));

/** A `yyyy-MM-dd` day that exists on the calendar. */
export const isoDay = () =>
  z.string().check(z.refine((v) => isIsoDay(v), 'is not a day that exists (yyyy-mm-dd)'));

/** A 24-hour `HH:mm` time. */
export const timeOfDay = () =>
  z.string().check(z.refine((v) => isTimeOfDay(v), 'is not a time of day (00:00–23:59)'));

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when `value` is an ISO timestamp whose day exists and whose time is on the clock. */
export function isIsoDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (!m) return false;
  const [, day, hh, mm, ss] = m;
  return isIsoDay(day) && isTimeOfDay(`${hh}:${mm}`) && (ss === undefined || Number(ss) <= 59);
}

/** An ISO timestamp with its offset, e.g. 2026-03-02T09:05:00.000Z. */
export const isoDateTime = () =>
  z
    .string()
    .check(z.refine((v) => isIsoDateTime(v), 'is not a date and time (2026-03-02T09:05:00Z)'));

/** A whole number from `min` to `max`. */
export const wholeNumber = (min: number, max: number) =>
  z.number().check(
    z.refine((v) => Number.isInteger(v), 'is not a whole number'),
    z.refine((v) => v >= min && v <= max, `is not between ${min} and ${max}`),
  );

/** One of a fixed list of words. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values);
