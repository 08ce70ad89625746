/**
 * The agenda content library: lookups over the per-phase tables in the content-*.ts files.
 */
import type { DisputeStage, ProblemArea } from '../types';
import { DISPUTE_RENEGOTIATION } from './content-middle-dispute';
import { DISPUTE_IMPASSE } from './content-middle-impasse';
import { DISPUTE_DISSOLUTION } from './content-middle-dissolution';
import { INTERPERSONAL_DEFICITS } from './content-middle-deficits';
import { GRIEF } from './content-middle-grief';
import { ROLE_TRANSITION } from './content-middle-transition';
import type { AreaContent, FocusKey, StrategyItem } from './content-types';

export * from './content-types';
export { DEFICITS_CAUTION } from './content-middle-deficits';

/** Every problem-area progression, keyed by area (and dispute stage). */
export const AREA_LIBRARY: Record<FocusKey, AreaContent> = {
  grief: GRIEF,
  'role-dispute:renegotiation': DISPUTE_RENEGOTIATION,
  'role-dispute:impasse': DISPUTE_IMPASSE,
  'role-dispute:dissolution': DISPUTE_DISSOLUTION,
  'role-transition': ROLE_TRANSITION,
  'interpersonal-deficits': INTERPERSONAL_DEFICITS,
};

/** The library key for an area; a dispute without a stage is treated as renegotiation. */
export function focusKeyOf(area: ProblemArea, stage?: DisputeStage): FocusKey {
  return area === 'role-dispute' ? `role-dispute:${stage ?? 'renegotiation'}` : area;
}

/** The progression for an area and (for a dispute) its stage. */
export function areaContent(area: ProblemArea, stage?: DisputeStage): AreaContent {
  return AREA_LIBRARY[focusKeyOf(area, stage)];
}

/** Every strategy in the library, in library order. */
export function allStrategies(): StrategyItem[] {
  return Object.values(AREA_LIBRARY).flatMap((a) =>
    [a.steps.early, a.steps.mid, a.steps.late].flatMap((s) => s.strategies),
  );
}
