/** The week with what each session needs: the course's measures, open flags, contract and agenda. */
import type { FocusChange } from '../domain/agenda/focus';
import type { SavedAgenda } from '../domain/agenda/saved';
import type { Measure, MeasureKind, RiskFlag } from '../domain/measures';
import type { IsoDay } from '../domain/types';

import { getSavedAgenda } from './agendas';
import { readWhere } from './checked';
import { getChosenBaseline } from './course-records';
import { getContract } from './inventory';
import { listMeasures } from './measures';
import { openFlagsOf } from './risk';
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

async function chosenBaselinesOf(courseId: string): Promise<Partial<Record<MeasureKind, string>>> {
  const [phq9, gad7] = await Promise.all([
    getChosenBaseline(courseId, 'phq9'),
    getChosenBaseline(courseId, 'gad7'),
  ]);
  return { ...(phq9 ? { phq9 } : {}), ...(gad7 ? { gad7 } : {}) };
}

/** Every appointment from `from` to `to` with its course's measures, flags, contract and agenda. */
export async function listWeekOverview(from: IsoDay, to: IsoDay): Promise<WeekOverviewEntry[]> {
  const entries = await listWeek(from, to);
  const flags = await openFlagsOf([...new Set(entries.map((e) => e.client.id))]);
  const courseIds = [...new Set(entries.map((e) => e.course.id))];
  const baselines = new Map(
    await Promise.all(courseIds.map(async (id) => [id, await chosenBaselinesOf(id)] as const)),
  );
  return Promise.all(
    entries.map(async (e) => {
      const [measures, contract, savedAgenda, focusChanges] = await Promise.all([
        listMeasures(e.course.id),
        getContract(e.course.id),
        getSavedAgenda(e.session.id),
        readWhere('focusChanges', 'courseId', e.course.id).then((r) => r.rows),
      ]);
      return {
        ...e,
        measures,
        openFlags: flags.filter((f) => f.clientId === e.client.id),
        hasContract: contract !== undefined,
        ...(savedAgenda ? { savedAgenda } : {}),
        focusChanges,
        chosenBaselines: baselines.get(e.course.id) ?? {},
      };
    }),
  );
}
