/** Measures and risk flags: read helpers shared by the agenda, the week and the progress screens. */
import type { Measure } from '../domain/measures';
import type { RiskFlag } from '../domain/measures';
import { flagsFromPhq9 } from '../domain/measures';
import { byText } from '../domain/order';
import '../domain/schemas/measures';

import { readWhere } from './checked';
import { db } from './database';

/** The typed tables (kept for callers that wrote `measuresTable()`). */
export const measuresTable = () => db.measures;
export const riskFlagsTable = () => db.riskFlags;

/** Every measure of a course, oldest first. */
export async function listMeasures(courseId: string): Promise<Measure[]> {
  const { rows } = await readWhere('measures', 'courseId', courseId);
  return rows.sort((a, b) => byText(a.date, b.date) || byText(a.recordedAt, b.recordedAt));
}

/** Every risk flag of a client, newest first. */
export async function listFlags(clientId: string): Promise<RiskFlag[]> {
  const { rows } = await readWhere('riskFlags', 'clientId', clientId);
  return rows.sort((a, b) => byText(b.raisedAt, a.raisedAt));
}

/** The client's flags still waiting for the clinician's acknowledgement, newest first. */
export async function listOpenFlags(clientId: string): Promise<RiskFlag[]> {
  return (await listFlags(clientId)).filter((f) => f.status === 'open');
}

/** The measures of one session (a PHQ-9 and a GAD-7 at most). */
export async function listSessionMeasures(sessionId: string): Promise<Measure[]> {
  return (await readWhere('measures', 'sessionId', sessionId)).rows;
}

/** Every measure of a client across courses, oldest first (for the baseline choice). */
export async function listClientMeasures(clientId: string): Promise<Measure[]> {
  const { rows } = await readWhere('measures', 'clientId', clientId);
  return rows.sort((a, b) => byText(a.date, b.date));
}

/**
 * Saves a measure and the flags it raises in one transaction: a PHQ-9 with item 9 above 0 can
 * never be stored without its flag. Returns the flags raised now (none when already raised).
 */
export async function saveMeasure(
  measure: Measure,
  raise: { newId: () => string; now: string },
): Promise<RiskFlag[]> {
  return db.transaction('rw', db.measures, db.riskFlags, async () => {
    const existing = await db.riskFlags.where('measureId').equals(measure.id).toArray();
    const flags = flagsFromPhq9(measure, { ...raise, existing });
    await db.measures.put(measure);
    if (flags.length > 0) await db.riskFlags.bulkAdd(flags);
    return flags;
  });
}
