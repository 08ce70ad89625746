/**
 * The large caseload for benchmarks (issues 14 and 15): by default 500 clients, each with a full
 * 16-week course planned by the domain's `planCourse`, weekly PHQ-9s that mostly improve (some
 * with item 9 above 0 and the flags the domain raises), GAD-7s, agendas from `buildAgenda`,
 * ratings, write-ups, contracts, formulations and inventories: about 50,000 records.
 *
 * Deterministic: the same seed and size always give the same records. Course starts are spread
 * over about five years so that about 30 courses have a session in the week of `today`.
 */
import { addDays, addWeeks, startOfWeek } from '../../src/domain/dates';
import type { IsoDay } from '../../src/domain/types';

import { generateClient } from './course';
import type { CourseClock } from './course';
import { seededRandom } from './random';
import { emptyTables } from './tables';
import type { CaseloadTables } from './tables';

export type { CaseloadTables } from './tables';
export type { CourseClock } from './course';

export interface CaseloadOptions {
  seed?: number;
  clients?: number;
  /** The archive's "today" (the bench fixes the browser clock to this day). */
  today?: IsoDay;
  /** Weeks over which course starts are spread; 16 × clients / weeks courses run in any week. */
  spanWeeks?: number;
}

export interface Caseload {
  tables: CaseloadTables;
  clock: CourseClock;
  seed: number;
}

export const DEFAULT_SEED = 20260610;
export const DEFAULT_TODAY: IsoDay = '2026-06-10';

/** Generates the caseload; see the module comment for what it holds. */
export function generateCaseload(options: CaseloadOptions = {}): Caseload {
  const seed = options.seed ?? DEFAULT_SEED;
  const count = options.clients ?? 500;
  const today = options.today ?? DEFAULT_TODAY;
  const weekStart = startOfWeek(today, 1);
  const spanWeeks = options.spanWeeks ?? Math.round((count * 16) / 30);
  const rng = seededRandom(seed);
  const tables = emptyTables();
  const clock = { today, weekStart };
  const firstMonday = addWeeks(weekStart, -(spanWeeks - 2));
  for (let index = 0; index < count; index += 1) {
    const week = Math.floor((index * spanWeeks) / count);
    const startDate = addDays(addWeeks(firstMonday, week), rng.int(0, 4));
    generateClient(rng, { index, startDate }, clock, tables);
  }
  return { tables, clock, seed };
}

/** Records per table and in all. */
export function countRecords(tables: CaseloadTables): {
  byTable: Record<string, number>;
  total: number;
} {
  const byTable = Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, rows.length]),
  );
  return { byTable, total: Object.values(byTable).reduce((a, b) => a + b, 0) };
}
