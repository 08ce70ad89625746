/** Timestamps shown to the therapist in their local time: "Mon 9 Mar 2026 at 15:30". */
import { formatDay, isoDayOf } from '../../domain/dates';
import type { IsoDateTime } from '../../domain/types';

export function formatStamp(at: IsoDateTime): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return `${formatDay(isoDayOf(date))} at ${clock(date)}`;
}

/** "15:30" in local time. */
export function clock(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
