import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';

import { act, cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

import { resetAllStores } from './zustand-reset';
import type * as Zustand from 'zustand';

vi.mock('zustand', async (importOriginal) => {
  const { withResettableCreate } = await import('./zustand-reset');
  return withResettableCreate(await importOriginal<typeof Zustand>());
});

// Lazy routes and live queries resolve in a few hundred ms under jsdom on a loaded 2-core machine.
configure({ asyncUtilTimeout: 5000 });

/**
 * Every test runs on a fixed day, never the real one: local midday of IPT_TODAY (a yyyy-MM-dd
 * day, default below). `npm run test:unit` runs the suite again with the day far ahead, so a
 * test that depends on the day it runs fails in CI. A test that needs a particular day sets it
 * itself with `vi.setSystemTime`. Without fake timers this mocks only Date (frozen at that
 * instant); timers, Dexie and user-event run as usual.
 */
export const DEFAULT_TEST_DAY = '2026-05-06';
const testDay = process.env.IPT_TODAY ?? DEFAULT_TEST_DAY;
if (!/^\d{4}-\d{2}-\d{2}$/.test(testDay)) {
  throw new Error(`IPT_TODAY must be a day written yyyy-MM-dd, not "${testDay}"`);
}

beforeEach(() => {
  vi.setSystemTime(new Date(`${testDay}T12:00:00`));
});

afterEach(() => {
  cleanup();
  act(() => resetAllStores());
  // Node-environment tests (`@vitest-environment node`) have no localStorage.
  globalThis.localStorage?.clear();
  vi.useRealTimers();
});
