/** What the week screen's command tests share: a fault-injecting spy, the set-up, the week. */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

import { db } from '../../db/database';
import { renderApp } from '../../../tests/setup/render-app';

import { seedDisputeCourse } from './fixture.test-util';

type Method = 'put' | 'add';
type Fn = (this: { name: string }, ...args: unknown[]) => unknown;

/**
 * Spies on `method` of the database's tables (the Table prototype, however the repository reaches
 * the table), counting the calls on `table`; with `fail`, the first such call rejects as a full
 * disk would. Copied in approach from the measures feature's test faults.
 */
export function watch(table: string, method: Method, fail = false) {
  const proto = db.Table.prototype as unknown as Record<Method, Fn>;
  const original = proto[method];
  let count = 0;
  vi.spyOn(proto, method).mockImplementation(function (this: { name: string }, ...args) {
    if (this.name !== table) return original.apply(this, args);
    count += 1;
    if (fail && count === 1) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
    return original.apply(this, args);
  });
  return { calls: () => count };
}

/** The storage-full sentence the therapist reads (app-model/errors.ts). */
export const FULL = /^Not saved: this browser has run out of storage space for IPT Planner\./;

/** Each test starts on the day of session 5 of the seeded course; spies are undone after it. */
export function onSessionFiveDay(): void {
  beforeEach(async () => {
    // Given Monday 30 March 2026 at midday: the day of session 5, weeks 1–4 behind it
    vi.setSystemTime(new Date('2026-03-30T12:00:00'));
    await seedDisputeCourse();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
}

/** Opens session `n`'s week and waits for its heading. */
export async function openWeek(n: number) {
  const view = renderApp(`/courses/k1/sessions/s${n}`);
  await screen.findByRole('heading', { level: 1, name: new RegExp(`^Session ${n} of 16`) });
  return view;
}
