/** Risk commands: raise a flag by hand. Each reads what it checks inside its own transaction. */
import type { RiskFlag } from '../../domain/measures';
import type { Course } from '../../domain/types';
import { putFlag } from '../../db/risk';
import { newId, nowIso } from '../../state/edge';

export interface RaiseFlagInput {
  course: Pick<Course, 'id' | 'clientId'>;
  sessionId?: string;
  detail: string;
}

/** Raises a manual flag (a disclosure or an observation); returns the stored flag. */
export async function raiseFlag(input: RaiseFlagInput): Promise<RiskFlag> {
  const flag: RiskFlag = {
    id: newId(),
    clientId: input.course.clientId,
    courseId: input.course.id,
    ...(input.sessionId ? { sessionId: input.sessionId } : {}),
    source: 'manual',
    raisedAt: nowIso(),
    detail: input.detail.trim(),
    status: 'open',
  };
  await putFlag(flag);
  return flag;
}
