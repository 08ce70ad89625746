/**
 * Focus history: the focus agreed in the contract can be renegotiated later (a second area, a
 * dispute that changed stage). Each change applies from a session onward; nothing is overwritten.
 */
import { problem } from '../problems';
import type { Problem } from '../problems';
import { DISPUTE_STAGES, PROBLEM_AREAS } from '../types';
import type { Course, DisputeStage, IsoDateTime, ProblemArea } from '../types';
import { byText } from '../order';

export interface FocusChange {
  id: string;
  fromSession: number;
  area: ProblemArea;
  secondaryArea?: ProblemArea;
  stage?: DisputeStage;
  reason: string;
  decidedAt: IsoDateTime;
}

export interface FocusInForce {
  area: ProblemArea;
  secondaryArea?: ProblemArea;
  stage?: DisputeStage;
}

/** The focus in force at a session: the latest change starting at or before it, else the course's. */
export function focusAt(
  course: Course,
  changes: readonly FocusChange[],
  sessionNumber: number,
): FocusInForce {
  const applicable = changes
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.fromSession <= sessionNumber)
    .sort(
      (a, b) =>
        a.c.fromSession - b.c.fromSession || byText(a.c.decidedAt, b.c.decidedAt) || a.i - b.i,
    );
  const latest = applicable.at(-1)?.c;
  const source = latest
    ? { area: latest.area, secondaryArea: latest.secondaryArea, stage: latest.stage }
    : { area: course.primaryArea, secondaryArea: course.secondaryArea, stage: course.disputeStage };
  return {
    area: source.area,
    ...(source.secondaryArea ? { secondaryArea: source.secondaryArea } : {}),
    ...(source.stage ? { stage: source.stage } : {}),
  };
}

/** Problems with a proposed focus change, each tied to the field it concerns. */
export function checkFocusChange(course: Course, change: FocusChange): Problem[] {
  const found: Problem[] = [];
  const n = change.fromSession;
  if (!Number.isInteger(n) || n < 1 || n > course.length) {
    found.push(
      problem(
        'from-session-out-of-range',
        `Choose a session from 1 to ${course.length}.`,
        'fromSession',
      ),
    );
  }
  if (!PROBLEM_AREAS.includes(change.area)) {
    found.push(problem('area-missing', 'Choose the primary problem area.', 'area'));
  }
  if (change.secondaryArea !== undefined && change.secondaryArea === change.area) {
    found.push(
      problem(
        'area-repeated',
        'The second area must differ from the primary one.',
        'secondaryArea',
      ),
    );
  }
  const isDispute = change.area === 'role-dispute' || change.secondaryArea === 'role-dispute';
  if (isDispute && (change.stage === undefined || !DISPUTE_STAGES.includes(change.stage))) {
    found.push(
      problem(
        'stage-missing',
        'Choose the stage of the role dispute (renegotiation, impasse or dissolution).',
        'stage',
      ),
    );
  }
  if (change.reason.trim() === '') {
    found.push(problem('reason-missing', 'Write why the focus changes.', 'reason'));
  }
  return found;
}
