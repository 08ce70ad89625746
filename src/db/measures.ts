/** Measures and risk flags: read helpers shared by the agenda, the week and the progress screens. */
import type { Measure } from '../domain/measures';
import type { RiskFlag } from '../domain/measures';

import { db } from './database';

export const measuresTable = () => db.table<Measure, string>('measures');
export const riskFlagsTable = () => db.table<RiskFlag, string>('riskFlags');

/** Every measure of a course, oldest first. */
export async function listMeasures(courseId: string): Promise<Measure[]> {
  const rows = await measuresTable().where('courseId').equals(courseId).toArray();
  return rows.sort(
    (a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt),
  );
}

/** Every risk flag of a client, newest first. */
export async function listFlags(clientId: string): Promise<RiskFlag[]> {
  const rows = await riskFlagsTable().where('clientId').equals(clientId).toArray();
  return rows.sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
}

/** The client's flags still waiting for the clinician's acknowledgement, newest first. */
export async function listOpenFlags(clientId: string): Promise<RiskFlag[]> {
  return (await listFlags(clientId)).filter((f) => f.status === 'open');
}
