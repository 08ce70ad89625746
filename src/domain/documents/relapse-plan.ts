/**
 * The relapse-prevention plan (ipt-agenda-content.md section 5), drafted in the termination phase
 * and handed over at the last session. Each section is a short list in the client's words. The
 * draft names the people to turn to by role ("my sister"); names the therapist types are kept: the
 * plan is the client's, and the client knows the people in it (issue 12 item 1).
 */
import { phaseOf } from '../course-rules';
import type { InventoryPerson } from '../inventory';
import { problem, warning } from '../problems';
import type { Problem } from '../problems';
import type { Course, IsoDateTime } from '../types';
import { checkClientDocument } from './client-safety';
import type { ClientSafetyContext } from './client-safety';

export const RELAPSE_SECTIONS = [
  'warningSigns',
  'triggers',
  'helped',
  'people',
  'returnWhen',
  'actions',
] as const;
export type RelapseSection = (typeof RELAPSE_SECTIONS)[number];

export const RELAPSE_SECTION_LABEL: Readonly<Record<RelapseSection, string>> = {
  warningSigns: 'My early warning signs',
  triggers: 'What might set things off',
  helped: 'What helped me',
  people: 'People I can turn to',
  returnWhen: 'When to come back, and how',
  actions: 'What I will do first',
};

/** At most this many lines per section, so the plan stays on one page. */
export const RELAPSE_MAX_LINES = 6;
export const RELAPSE_LINE_MAX = 160;

export interface RelapsePlan extends Record<RelapseSection, string[]> {
  courseId: string;
  updatedAt: IsoDateTime;
}

export type RelapsePlanDraft = Record<RelapseSection, string[]>;

/** The default "when to come back" lines: the thresholds agreed in the termination phase. */
export const DEFAULT_RETURN_WHEN: readonly string[] = [
  'My mood questionnaire score is 10 or more for two weeks in a row.',
  'My warning signs last two weeks or more.',
  'Any thought of harming myself: call a crisis line below straight away.',
];

/** A first draft: the default return lines and up to three close, confiding people, by role. */
export function draftRelapsePlan(people: readonly InventoryPerson[] = []): RelapsePlanDraft {
  const close = people
    .filter((p) => (p.endRing ?? p.ring) === 1 || p.canConfide === 'yes')
    .slice(0, 3)
    .map((p) => `My ${p.relationship.trim().toLowerCase() || 'friend'}`);
  return {
    warningSigns: [],
    triggers: [],
    helped: [],
    people: close,
    returnWhen: [...DEFAULT_RETURN_WHEN],
    actions: [],
  };
}

/** Lines typed one per line in a textarea: trimmed, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function checkSection(
  section: RelapseSection,
  lines: readonly string[],
  ctx: ClientSafetyContext,
): Problem[] {
  const found: Problem[] = [];
  if (lines.length > RELAPSE_MAX_LINES) {
    found.push(problem('too-many', `Keep to ${RELAPSE_MAX_LINES} lines or fewer.`, section));
  }
  if (lines.some((l) => l.length > RELAPSE_LINE_MAX)) {
    found.push(
      problem('too-long', `Keep each line under ${RELAPSE_LINE_MAX} characters.`, section),
    );
  }
  const broken = checkClientDocument(lines.join('\n'), ctx)[0];
  if (broken)
    found.push(warning(broken.code, `${broken.message} It is left off the printout.`, section));
  return found;
}

/**
 * Problems with the plan: warning signs and when to come back are required, and each section fits
 * the page. Names are never refused: the client knows the people in their plan.
 */
export function checkRelapsePlan(plan: RelapsePlanDraft, ctx: ClientSafetyContext = {}): Problem[] {
  const found = RELAPSE_SECTIONS.flatMap((s) => checkSection(s, plan[s], ctx));
  if (plan.warningSigns.length === 0) {
    found.push(
      problem('warning-signs-missing', 'Add at least one early warning sign.', 'warningSigns'),
    );
  }
  if (plan.returnWhen.length === 0) {
    found.push(problem('return-missing', 'Say when and how to come back.', 'returnWhen'));
  }
  return found;
}

/** A note when the plan is opened before the termination phase: it is built at the end. */
export function relapsePlanTiming(
  course: Pick<Course, 'boundaries' | 'length'>,
  currentSession: number | undefined,
): Problem[] {
  if (currentSession === undefined) return [];
  if (phaseOf(currentSession, course.boundaries) === 'termination') return [];
  return [
    warning(
      'before-termination',
      `The relapse plan is usually drafted in the last sessions (from session ${course.boundaries.middleEnd + 1}).`,
    ),
  ];
}
