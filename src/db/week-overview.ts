/**
 * The week with what each session needs: the course's measures, open flags, contract and agenda.
 * One read transaction: the week's sessions by their date index, then every course, client,
 * measure, flag, contract, agenda, focus change and course setting they need in bulk (`bulkGet`,
 * `anyOf`), never one query per course or session.
 */
import { groupBy } from '../domain/group-by';
import type { FocusChange } from '../domain/agenda/focus';
import type { SavedAgenda } from '../domain/agenda/saved';
import type { Measure, MeasureKind, RiskFlag } from '../domain/measures';
import type { RowOf, TableName } from '../domain/schemas';
import type { IsoDay } from '../domain/types';
import { byText } from '../domain/order';
import '../domain/schemas/agenda';
import '../domain/schemas/inventory';
import '../domain/schemas/measures';
import '../domain/schemas/settings';

import { checkRows, readAnyOf } from './checked';
import { db } from './database';
import { listWeek } from './week';
import type { WeekEntry } from './week';

export interface WeekOverviewEntry extends WeekEntry {
  measures: Measure[];
  openFlags: RiskFlag[];
  hasContract: boolean;
  savedAgenda?: SavedAgenda;
  focusChanges: FocusChange[];
  /** The measure ids the therapist chose as the course's baseline, per questionnaire. */
  chosenBaselines: Partial<Record<MeasureKind, string>>;
}

async function bulkRead<N extends TableName>(table: N, keys: string[]): Promise<RowOf<N>[]> {
  const rows = await (db[table] as unknown as { bulkGet(k: string[]): Promise<unknown[]> }).bulkGet(
    keys,
  );
  return checkRows(
    table,
    rows.filter((r) => r !== undefined),
  ).rows;
}

const byDateThenRecorded = (a: Measure, b: Measure) =>
  byText(a.date, b.date) || byText(a.recordedAt, b.recordedAt);

/** What the week's courses need, read in bulk. */
async function readCourseParts(entries: readonly WeekEntry[]) {
  const courseIds = [...new Set(entries.map((e) => e.course.id))];
  const clientIds = [...new Set(entries.map((e) => e.client.id))];
  const [measures, flags, contracts, agendas, focus, settings] = await Promise.all([
    readAnyOf('measures', 'courseId', courseIds),
    readAnyOf('riskFlags', 'clientId', clientIds),
    readAnyOf('contracts', 'courseId', courseIds),
    bulkRead(
      'agendas',
      entries.map((e) => e.session.id),
    ),
    readAnyOf('focusChanges', 'courseId', courseIds),
    bulkRead('courseSettings', courseIds),
  ]);
  return {
    measures: groupBy(measures.rows.sort(byDateThenRecorded), (m) => m.courseId),
    openFlags: groupBy(
      flags.rows.filter((f) => f.status === 'open'),
      (f) => f.clientId,
    ),
    contracts: new Set(contracts.rows.map((c) => c.courseId)),
    agendas: new Map(agendas.map((a) => [a.sessionId, a])),
    focus: groupBy(focus.rows, (f) => f.courseId),
    baselines: new Map(settings.map((s) => [s.courseId, s.baselines])),
  };
}

/** Every appointment from `from` to `to` with its course's measures, flags, contract and agenda. */
export async function listWeekOverview(from: IsoDay, to: IsoDay): Promise<WeekOverviewEntry[]> {
  const tables = [
    db.sessions,
    db.courses,
    db.clients,
    db.measures,
    db.riskFlags,
    db.contracts,
    db.agendas,
    db.focusChanges,
    db.courseSettings,
  ];
  return db.transaction('r', tables, async () => {
    const entries = await listWeek(from, to);
    const parts = await readCourseParts(entries);
    return entries.map((e) => {
      const savedAgenda = parts.agendas.get(e.session.id);
      const { phq9, gad7 } = parts.baselines.get(e.course.id) ?? {};
      return {
        ...e,
        measures: [...(parts.measures.get(e.course.id) ?? [])],
        openFlags: [...(parts.openFlags.get(e.client.id) ?? [])],
        hasContract: parts.contracts.has(e.course.id),
        ...(savedAgenda ? { savedAgenda } : {}),
        focusChanges: [...(parts.focus.get(e.course.id) ?? [])],
        chosenBaselines: { ...(phq9 ? { phq9 } : {}), ...(gad7 ? { gad7 } : {}) },
      };
    });
  });
}
