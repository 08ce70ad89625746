/**
 * "This week" read in one transaction with bulk reads gives exactly what the per-course reads
 * gave (the old algorithm, kept here), and its requests do not grow with the number of sessions.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { countRequests } from '../../tests/fixtures/db/count-requests';
import { seededCaseload, writeCaseload } from '../../tests/fixtures/db/seeded-caseload';

import { getSavedAgenda } from './agendas';
import { readWhere } from './checked';
import { getChosenBaseline } from './course-settings';
import { db } from './database';
import { getContract } from './inventory';
import { listMeasures } from './measures';
import { openFlagsOf } from './risk';
import { listWeek } from './week';
import { listWeekOverview } from './week-overview';

const TODAY = '2026-05-06';

/** The old listWeekOverview: per course and per session reads. */
async function oldAlgorithm(from: string, to: string) {
  const entries = await listWeek(from, to);
  const flags = await openFlagsOf([...new Set(entries.map((e) => e.client.id))]);
  const baselineOf = async (id: string) => {
    const [phq9, gad7] = await Promise.all([
      getChosenBaseline(id, 'phq9'),
      getChosenBaseline(id, 'gad7'),
    ]);
    return { ...(phq9 ? { phq9 } : {}), ...(gad7 ? { gad7 } : {}) };
  };
  return Promise.all(
    entries.map(async (e) => {
      const [measures, contract, savedAgenda, focusChanges, chosenBaselines] = await Promise.all([
        listMeasures(e.course.id),
        getContract(e.course.id),
        getSavedAgenda(e.session.id),
        readWhere('focusChanges', 'courseId', e.course.id).then((r) => r.rows),
        baselineOf(e.course.id),
      ]);
      return {
        ...e,
        measures,
        openFlags: flags.filter((f) => f.clientId === e.client.id),
        hasContract: contract !== undefined,
        ...(savedAgenda ? { savedAgenda } : {}),
        focusChanges,
        chosenBaselines,
      };
    }),
  );
}

beforeEach(() => {
  vi.setSystemTime(new Date(`${TODAY}T12:00:00`));
});

describe('This week in bulk', () => {
  it.each([
    [1, '2024-03-04', '2024-03-31'],
    [2, '2025-01-06', '2025-02-02'],
    [3, '2024-10-07', '2024-11-03'],
  ])('equals the per-course reads on seeded caseload %i (%s to %s)', async (seed, from, to) => {
    await writeCaseload(db, seededCaseload(seed, 80, TODAY));
    const [old, before] = await countRequests(() => oldAlgorithm(from, to));
    // The range holds enough sessions, with flags, agendas and baselines, to compare.
    expect(old.length).toBeGreaterThan(8);
    for (const has of [
      (e: (typeof old)[number]) => e.openFlags.length > 0,
      (e: (typeof old)[number]) => e.savedAgenda !== undefined,
      (e: (typeof old)[number]) => e.chosenBaselines.phq9 !== undefined,
      (e: (typeof old)[number]) => e.focusChanges.length > 0,
    ])
      expect(old.some(has)).toBe(true);
    const [now, after] = await countRequests(() => listWeekOverview(from, to));
    expect(now).toEqual(old);
    // One transaction instead of several per session, and fewer requests.
    expect(before.transactions).toBeGreaterThan(old.length);
    expect(after.transactions).toBe(1);
    expect(after.requests).toBeLessThan(before.requests);
  });
});
