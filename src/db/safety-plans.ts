/** One safety plan per client, written whole. */
import type { SafetyPlan } from '../domain/measures';
import '../domain/schemas/measures';

import { readGet } from './checked';
import { db } from './database';

export async function getSafetyPlan(clientId: string): Promise<SafetyPlan | undefined> {
  return (await readGet('safetyPlans', clientId)).row;
}

export async function saveSafetyPlan(plan: SafetyPlan): Promise<void> {
  await db.safetyPlans.put(plan);
}
