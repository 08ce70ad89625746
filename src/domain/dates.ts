/**
 * The only module that parses or formats calendar days. Days are `yyyy-MM-dd` strings; they are
 * parsed at local midday so a daylight-saving change (which happens at night) can never move a
 * date to the day before or after, whatever the device's time zone.
 */
import { addDays as fnsAddDays, differenceInCalendarDays, getDay } from 'date-fns';

import { byText } from './order';
import type { IsoDay, TimeOfDay } from './types';

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

// English names, as date-fns' en-US `EEE`, `EEEE` and `MMM` print them. Parsing and formatting
// by hand keeps date-fns' parser and locale out of the first screen (issue 15).
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LOOSE_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Local midday of `day`, or undefined when it is not a day that exists. */
function middayOf(day: string): Date | undefined {
  const m = LOOSE_DAY.exec(day);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(y, mo, d);
  return date.getFullYear() === y && date.getMonth() === mo && date.getDate() === d
    ? date
    : undefined;
}

function toDate(day: IsoDay): Date {
  const parsed = middayOf(day);
  if (!parsed) throw new Error(`Not an ISO day: ${day}`);
  return parsed;
}

function fromDate(date: Date): IsoDay {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** True when `value` is a `yyyy-MM-dd` string naming a day that exists (no 2026-02-30). */
export function isIsoDay(value: unknown): value is IsoDay {
  if (typeof value !== 'string' || !DAY_PATTERN.test(value)) return false;
  // Arithmetic, not a Date: every stored row's days are checked on every read (issue 15).
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(value.slice(0, 4)), month)
  );
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in `month` (1–12) of `year` on the Gregorian calendar (leap: by 4, not 100, but 400). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** True when `value` is a 24-hour `HH:mm` time. */
export function isTimeOfDay(value: unknown): value is TimeOfDay {
  return typeof value === 'string' && TIME_PATTERN.test(value);
}

/** The day `days` calendar days after `day` (negative goes back). */
export function addDays(day: IsoDay, days: number): IsoDay {
  return fromDate(fnsAddDays(toDate(day), days));
}

/** The day `weeks` weeks after `day`: same weekday, whatever the clocks did in between. */
export function addWeeks(day: IsoDay, weeks: number): IsoDay {
  return addDays(day, weeks * 7);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: IsoDay): number {
  return getDay(toDate(day));
}

/** Compares two ISO days for sorting; the string order is the calendar order. */
export const compareDays: (a: IsoDay, b: IsoDay) => number = byText;

/** The first day of the week containing `day`; `weekStartsOn` 0 = Sunday, 1 = Monday. */
export function startOfWeek(day: IsoDay, weekStartsOn: 0 | 1): IsoDay {
  const back = (weekdayOf(day) - weekStartsOn + 7) % 7;
  return addDays(day, -back);
}

/** "Mon 14 Mar 2026": the short form used in lists and on paper. */
export function formatDay(day: IsoDay): string {
  const d = toDate(day);
  const weekday = WEEKDAYS[d.getDay()]!.slice(0, 3);
  return `${weekday} ${d.getDate()} ${MONTHS[d.getMonth()]!} ${pad(d.getFullYear(), 4)}`;
}

/** "Monday": the weekday's full name. */
export function weekdayName(day: IsoDay): string {
  return WEEKDAYS[toDate(day).getDay()]!;
}

/** The ISO day of a JavaScript Date, read in local time; for the edges (today's date). */
export function isoDayOf(date: Date): IsoDay {
  return fromDate(date);
}

/** The local calendar day of a stored timestamp (for "raised on", "decided on" labels). */
export function dayOfTimestamp(at: string): IsoDay {
  const parsed = new Date(at);
  return Number.isNaN(parsed.getTime()) ? at.slice(0, 10) : fromDate(parsed);
}

/** A stored timestamp as the local day and time: "Mon 2 Mar 2026 09:05" (as stored if unreadable). */
export function formatTimestamp(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  return `${formatDay(fromDate(d))} ${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}`;
}
