/**
 * The schemas and the domain's declared types cannot drift: each pair is checked equal at compile
 * time (`npm run typecheck` compiles this file), and the test below names every stored table once.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';

import type { SavedAgenda } from '../agenda/saved';
import type { FocusChange } from '../agenda/focus';
import type { AdherenceCheck, RelapsePlan, StoredDocument } from '../documents';
import type { Formulation, InventoryPerson, LifeEvent, TreatmentContract } from '../inventory';
import type {
  CourseEvent,
  CrisisContactInput,
  Measure,
  RiskFlag,
  SafetyPlan,
  SuitabilityRecord,
} from '../measures';
import type { PrintPrivacy } from '../privacy';
import type { Client, Course, Session } from '../types';
import type { SessionWriteUp } from '../writeup';

import { TABLE_NAMES } from './index';
import type { RowOf } from './index';
import type { crisisContactSchema, privacySchema } from './settings';

/** Identical types (not just mutually assignable): optional and readonly modifiers count. */
type Flat<T> = T extends (infer U)[]
  ? Flat<U>[]
  : T extends object
    ? { [K in keyof T]: Flat<T[K]> }
    : T;
type Same<X, Y> =
  (<T>() => T extends Flat<X> ? 1 : 2) extends <T>() => T extends Flat<Y> ? 1 : 2 ? true : false;

/** Compiles only when `A` and `B` are the same type. */
const same = <A, B>(ok: Same<A, B>) => ok;

describe('stored-entity schemas and domain types', () => {
  it('agree field for field', () => {
    same<RowOf<'clients'>, Client>(true);
    same<RowOf<'courses'>, Course>(true);
    same<RowOf<'sessions'>, Session>(true);
    same<RowOf<'agendas'>, SavedAgenda>(true);
    same<RowOf<'focusChanges'>, FocusChange & { courseId: string }>(true);
    same<RowOf<'measures'>, Measure>(true);
    same<RowOf<'riskFlags'>, RiskFlag>(true);
    same<RowOf<'courseEvents'>, CourseEvent>(true);
    same<RowOf<'suitability'>, SuitabilityRecord & { courseId: string }>(true);
    same<RowOf<'safetyPlans'>, SafetyPlan>(true);
    same<RowOf<'people'>, InventoryPerson>(true);
    same<RowOf<'lifeEvents'>, LifeEvent>(true);
    same<RowOf<'formulations'>, Formulation>(true);
    same<RowOf<'contracts'>, TreatmentContract>(true);
    same<RowOf<'writeups'>, SessionWriteUp>(true);
    same<RowOf<'relapsePlans'>, RelapsePlan>(true);
    same<RowOf<'adherenceChecks'>, AdherenceCheck>(true);
    same<RowOf<'documents'>, StoredDocument>(true);
    same<z.infer<typeof privacySchema>, PrintPrivacy>(true);
    same<z.infer<typeof crisisContactSchema>, CrisisContactInput>(true);
    // ratings, settings and courseSettings have no separate declaration: their types are derived.
    expect(TABLE_NAMES).toHaveLength(21);
  });
});
