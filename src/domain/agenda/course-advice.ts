/**
 * What the course form tells the therapist before a course is planned (issue 11 items 3 and 4):
 * an emphasis that no strategy of the chosen area serves, and a second area that cannot get the
 * three sessions it needs in this course. Advice, not errors: the therapist may still go ahead.
 */
import { AREA_LABEL, MECHANISM_LABEL } from '../labels';
import type { Course, DisputeStage, Mechanism, ProblemArea } from '../types';
import { areaContent } from './content';
import { middleStyleWeeks } from './plan';

/** The fewest sessions a second problem area needs to lead (ipt-agenda-content.md §6). */
export const SECOND_AREA_MIN_SESSIONS = 3;

/** True when at least one strategy of the area, at any step, serves `mechanism`. */
export function areaServes(
  area: ProblemArea,
  stage: DisputeStage | undefined,
  mechanism: Mechanism,
): boolean {
  const { steps } = areaContent(area, stage);
  return [steps.early, steps.mid, steps.late].some((s) =>
    s.strategies.some((item) => item.mechanisms.includes(mechanism)),
  );
}

/**
 * The sentence for an emphasis the area cannot serve (no minutes can move toward it and no
 * strategy is chosen for it), or undefined when the emphasis works for the area.
 */
export function emphasisAdvice(
  area: ProblemArea,
  stage: DisputeStage | undefined,
  mechanism: Mechanism,
): string | undefined {
  if (areaServes(area, stage, mechanism)) return undefined;
  const name = AREA_LABEL[area];
  return `This emphasis can't change anything for ${name}: no ${name.toLowerCase()} strategy serves ${MECHANISM_LABEL[mechanism].toLowerCase()}, so the plan and its minutes stay as they are (the agendas only add a question and a task for it).`;
}

/**
 * The sentence when a second area cannot lead the three sessions it needs in this course (it
 * starts at the first middle week of a new course), or undefined when it can. Invalid lengths
 * or boundaries give undefined: the schedule fields name those problems.
 */
export function secondAreaAdvice(
  course: Pick<Course, 'length' | 'boundaries'>,
  secondary: ProblemArea | undefined,
): string | undefined {
  if (!secondary) return undefined;
  const { length, boundaries } = course;
  const valid = [length, boundaries.initialEnd, boundaries.middleEnd].every(Number.isInteger);
  if (!valid || boundaries.initialEnd >= length) return undefined;
  const weeks = middleStyleWeeks(course);
  if (weeks.length >= SECOND_AREA_MIN_SESSIONS) return undefined;
  const have =
    weeks.length === 0
      ? 'this course has no middle sessions'
      : `this course has ${weeks.length} middle session${weeks.length === 1 ? '' : 's'} (${weeks.length === 1 ? 'session' : 'sessions'} ${weeks[0]}${weeks.length > 1 ? `–${weeks[weeks.length - 1]}` : ''})`;
  return `A second area can't get ${SECOND_AREA_MIN_SESSIONS} sessions in this course: ${AREA_LABEL[secondary]} needs at least ${SECOND_AREA_MIN_SESSIONS} middle sessions and ${have}. Lengthen the course, move the phase boundaries, or keep one focus.`;
}
