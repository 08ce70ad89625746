/** Risk commands: raise a flag by hand, acknowledge one, save the client's safety plan. */
import {
  acknowledgeFlag,
  checkRiskAssessment,
  completeAssessment,
  linesOf,
  SAFETY_PLAN_SECTIONS,
} from '../../domain/measures';
import type {
  AcknowledgementInput,
  RiskAssessment,
  RiskAssessmentDraft,
  RiskFlag,
  SafetyPlan,
  SafetyPlanSection,
} from '../../domain/measures';
import type { Course } from '../../domain/types';
import { db } from '../../db/database';
import { riskFlagsTable } from '../../db/measures';
import { putFlag } from '../../db/risk';
import { getSafetyPlan, saveSafetyPlan } from '../../db/safety-plans';
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

const PLAN_ACTION = {
  made: 'Safety plan made',
  reviewed: 'Safety plan reviewed',
  'not-needed': 'No safety plan needed',
} as const;

/** The actions of an assessment in one line (the acknowledgement's `action`, for older readers). */
export function actionsSummary(a: RiskAssessment): string {
  return [
    PLAN_ACTION[a.safetyPlan],
    a.crisisContactsGiven ? 'crisis contacts given' : 'crisis contacts not given',
    a.othersInformed === '' ? 'no one else informed' : `informed: ${a.othersInformed}`,
    `follow-up: ${a.followUp}`,
  ].join('; ');
}

/**
 * The acknowledgement of a structured assessment: the assessment itself, with the older fields
 * filled from it (action = the actions in one line, note = the clinician's reasoning as typed).
 */
export function acknowledgementOf(assessment: RiskAssessment): AcknowledgementInput {
  return {
    assessed: true,
    safetyPlan: assessment.safetyPlan,
    action: actionsSummary(assessment),
    note: assessment.levelReasoning,
    assessment,
  };
}

/** True when the client's safety plan exists and has something written in it. */
export async function safetyPlanExists(clientId: string): Promise<boolean> {
  const plan = await getSafetyPlan(clientId);
  return plan !== undefined && Object.values(plan.sections).some((lines) => lines.length > 0);
}

/**
 * Acknowledges an open flag with the clinician's structured assessment, stamped now. The flag and
 * the safety plan are read inside the transaction: a flag already acknowledged (in another tab)
 * or gone, an incomplete assessment, or "safety plan made or reviewed" with no plan is refused.
 */
export async function acknowledgeRiskFlag(
  flagId: string,
  draft: RiskAssessmentDraft,
): Promise<RiskFlag> {
  return db.transaction('rw', riskFlagsTable(), db.table('safetyPlans'), async () => {
    const stored = await riskFlagsTable().get(flagId);
    if (!stored) throw new Refusal('not-found');
    if (stored.status === 'acknowledged') {
      throw new Refusal(
        'conflict',
        'Not saved: this flag was already acknowledged (perhaps in another tab). Its record is in the risk history.',
      );
    }
    const context = { safetyPlanExists: await safetyPlanExists(stored.clientId) };
    const problems = checkRiskAssessment(draft, context);
    if (problems.length > 0) throw new Refusal('invalid', `Not saved: ${problems[0]?.message}`);
    const result = acknowledgeFlag(stored, acknowledgementOf(completeAssessment(draft)), nowIso());
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
