/** The edge where ids, codes and the clock enter the app (the domain takes them as arguments). */
import { isoDayOf } from '../domain/dates';
import type { IsoDateTime, IsoDay } from '../domain/types';

export function newId(): string {
  return crypto.randomUUID();
}

export function randomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count));
}

export function nowIso(): IsoDateTime {
  return new Date().toISOString();
}

export function todayIso(): IsoDay {
  return isoDayOf(new Date());
}
