/** Writing one part of a week's record (events, the review decision) without touching the therapist's edits. */
import { buildAgenda } from '../../domain/agenda/generate';
import { strategiesOf } from '../../domain/agenda/input';
import type { SavedAgenda } from '../../domain/agenda/saved';
import type { AgendaInput } from '../../domain/agenda/types';
import { nowIso } from '../../state/edge';

import type { WeekAgenda } from '../../app-model/agenda/week-agenda';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The week's record with `change` applied. An untouched agenda follows the new input at once; an
 * edited one keeps the therapist's parts (the plan-changed notice then offers the new suggestions).
 */
export function recordChange(
  week: WeekAgenda,
  courseId: string,
  input: AgendaInput,
  change: (current: SavedAgenda | undefined) => Partial<SavedAgenda>,
) {
  const regenerated = buildAgenda(input).segments;
  return (current: SavedAgenda | undefined): SavedAgenda => {
    const untouched = !current || same(current.segments, current.generatedBase);
    const segments = untouched ? regenerated : current.segments;
    return {
      sessionId: week.session.id,
      courseId,
      notes: current?.notes ?? '',
      ...(current?.taskReview ? { taskReview: current.taskReview } : {}),
      ...(current?.taskSet ? { taskSet: current.taskSet } : {}),
      ...(current?.events ? { events: current.events } : {}),
      ...(current?.reviewDecision ? { reviewDecision: current.reviewDecision } : {}),
      ...change(current),
      segments,
      generatedBase: untouched ? regenerated : current.generatedBase,
      strategiesUsed: strategiesOf(segments),
      updatedAt: nowIso(),
    };
  };
}
