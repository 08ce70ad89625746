/** One safety plan per client, written whole. */
import type { SafetyPlan } from '../domain/measures';

import { db } from './database';

const plansTable = () => db.table<SafetyPlan, string>('safetyPlans');

export function getSafetyPlan(clientId: string): Promise<SafetyPlan | undefined> {
  return plansTable().get(clientId);
}

export async function saveSafetyPlan(plan: SafetyPlan): Promise<void> {
  await plansTable().put(plan);
}
