/**
 * The suitability check before a course (ipt-reference.md section 9): for bipolar disorder,
 * psychosis, active substance misuse or acute suicidality the app must not present IPT as
 * sufficient unless the clinician records a decision to proceed, with a reason.
 */
import { problem, warning } from '../problems';
import type { Problem } from '../problems';
import type { IsoDateTime, ProblemArea } from '../types';

export const SUITABILITY_ITEMS = [
  'bipolar-disorder',
  'psychosis',
  'active-substance-misuse',
  'acute-suicidality',
] as const;
export type SuitabilityItem = (typeof SUITABILITY_ITEMS)[number];

export const SUITABILITY_LABELS: Readonly<Record<SuitabilityItem, string>> = {
  'bipolar-disorder': 'Bipolar disorder',
  psychosis: 'Psychosis',
  'active-substance-misuse': 'Active substance misuse',
  'acute-suicidality': 'Acute suicidality',
};

export interface ClinicianDecision {
  proceed: boolean;
  reason: string;
  decidedAt: IsoDateTime;
}

export interface SuitabilityRecord {
  /** true = present, false = absent; a missing key is not yet answered. */
  items: Partial<Record<SuitabilityItem, boolean>>;
  decision?: ClinicianDecision;
}

export const DEFICITS_CAUTION =
  'Outcomes are weaker in trials for the interpersonal deficits / sensitivity area. If the client is not improving, consider medication or another treatment.';

export const ACUTE_SUICIDALITY_CAUTION =
  'IPT alone is not enough for acute suicidality: make a safety plan and consider psychiatric referral or a higher level of care.';

/** The form field of a suitability item: `suitability-psychosis`. */
export function suitabilityField(item: SuitabilityItem): string {
  return `suitability-${item}`;
}

/** The items recorded as present. */
export function presentItems(record: SuitabilityRecord): SuitabilityItem[] {
  return SUITABILITY_ITEMS.filter((item) => record.items[item] === true);
}

/**
 * Problems with a suitability record: every item must be answered, and any item present needs a
 * recorded clinician decision with a reason. Proceeding despite acute suicidality carries a warning.
 */
export function checkSuitability(record: SuitabilityRecord): Problem[] {
  const found: Problem[] = SUITABILITY_ITEMS.filter((item) => record.items[item] === undefined).map(
    (item) =>
      problem(
        'suitability-unanswered',
        `Record whether ${SUITABILITY_LABELS[item].toLowerCase()} is present.`,
        suitabilityField(item),
      ),
  );
  const present = presentItems(record);
  if (present.length === 0) return found;
  const names = present.map((item) => SUITABILITY_LABELS[item].toLowerCase()).join(', ');
  if (!record.decision) {
    found.push(
      problem(
        'suitability-decision-missing',
        `IPT may not be sufficient with ${names}: record your decision and the reason.`,
        'decision',
      ),
    );
    return found;
  }
  if (record.decision.reason.trim() === '') {
    found.push(
      problem('suitability-reason-missing', 'Write the reason for your decision.', 'reason'),
    );
  }
  if (record.decision.proceed && present.includes('acute-suicidality')) {
    found.push(warning('suitability-acute-suicidality', ACUTE_SUICIDALITY_CAUTION, 'decision'));
  }
  return found;
}

/** True when a course may be planned: the record has no errors and no decision not to proceed. */
export function mayProceed(record: SuitabilityRecord): boolean {
  const errors = checkSuitability(record).filter((p) => p.severity === 'error');
  return errors.length === 0 && record.decision?.proceed !== false;
}

/** Cautions to show for a course's problem areas: the deficits caution when that area is chosen. */
export function areaCautions(areas: readonly (ProblemArea | undefined)[]): string[] {
  return areas.includes('interpersonal-deficits') ? [DEFICITS_CAUTION] : [];
}
