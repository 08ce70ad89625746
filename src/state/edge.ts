/**
 * The edge where ids, codes and the clock enter the app (the domain takes them as arguments; lint
 * bans the clock and randomness in src/domain). Tests fix the day here without touching this file:
 * the Vitest setup sets the system time for every test (IPT_TODAY, default in
 * tests/setup/vitest-setup.ts), and browser tests install Playwright's `page.clock`.
 */
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
