/** Risk commands: raise a flag by hand, acknowledge one, save the client's safety plan. */
import { acknowledgeFlag, linesOf, SAFETY_PLAN_SECTIONS } from '../../domain/measures';
import type {
  AcknowledgementInput,
  RiskFlag,
  SafetyPlan,
  SafetyPlanSection,
} from '../../domain/measures';
import type { Course } from '../../domain/types';
import { db } from '../../db/database';
import { riskFlagsTable } from '../../db/measures';
import { putFlag } from '../../db/risk';
import { saveSafetyPlan } from '../../db/safety-plans';
import { newId, nowIso } from '../../state/edge';
import { Refusal } from '../errors';

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

/**
 * Acknowledges an open flag with the clinician's structured record, stamped now. The flag is read
 * inside the transaction: one already acknowledged (in another tab) or gone is refused in words.
 */
export async function acknowledgeRiskFlag(
  flagId: string,
  input: AcknowledgementInput,
): Promise<RiskFlag> {
  return db.transaction('rw', riskFlagsTable(), async () => {
    const stored = await riskFlagsTable().get(flagId);
    if (!stored) throw new Refusal('not-found');
    if (stored.status === 'acknowledged') {
      throw new Refusal(
        'conflict',
        'Not saved: this flag was already acknowledged (perhaps in another tab). Its record is in the risk history.',
      );
    }
    const result = acknowledgeFlag(stored, input, nowIso());
    if (!result.ok) throw new Refusal('invalid', result.problems[0]?.message);
    await riskFlagsTable().put(result.value);
    return result.value;
  });
}

/** Saves the client's safety plan whole, one item per line, in the client's words. */
export async function saveClientSafetyPlan(
  clientId: string,
  text: Readonly<Record<SafetyPlanSection, string>>,
): Promise<SafetyPlan> {
  const sections = Object.fromEntries(
    SAFETY_PLAN_SECTIONS.map((s) => [s, linesOf(text[s])]),
  ) as SafetyPlan['sections'];
  const plan: SafetyPlan = { clientId, sections, updatedAt: nowIso() };
  await saveSafetyPlan(plan);
  return plan;
}
