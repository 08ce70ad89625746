/**
 * Week screen commands: save the edited agenda, record last week's task outcome, keep or take
 * the regenerated suggestions, record the week's events and the mid-course decision, confirm a
 * change of focus. Each agenda write reads the stored record inside its own transaction
 * (`updateAgenda(sessionId, change)`), so nothing written in between (another form, another tab)
 * is lost.
 */
import type { WeekAgendaView } from '../../domain/agenda/as-of';
import type { TaskOutcome } from '../../domain/agenda/content-events';
import type { FocusChange } from '../../domain/agenda/focus';
import { buildAgenda } from '../../domain/agenda/generate';
import { strategiesOf } from '../../domain/agenda/input';
import type { SavedAgenda } from '../../domain/agenda/saved';
import type {
  AgendaEvent,
  AgendaInput,
  AgendaSegment,
  ReviewDecision,
} from '../../domain/agenda/types';
import { updateAgenda } from '../../db/agendas';
import { addFocusChange } from '../../db/focus-changes';
import { nowIso } from '../../state/edge';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the week's record keeps whatever a form writes: the other forms' parts. */
function kept(current: SavedAgenda | undefined): Partial<SavedAgenda> {
  return {
    ...(current?.taskReview ? { taskReview: current.taskReview } : {}),
    ...(current?.taskSet ? { taskSet: current.taskSet } : {}),
    ...(current?.events ? { events: current.events } : {}),
    ...(current?.reviewDecision ? { reviewDecision: current.reviewDecision } : {}),
  };
}

/**
 * The week's record with `change` applied. An untouched agenda follows the new input at once; an
 * edited one keeps the therapist's parts (the plan-changed notice then offers the new suggestions).
 */
function recordChange(
  week: WeekAgendaView,
  courseId: string,
  input: AgendaInput,
  change: Partial<SavedAgenda>,
) {
  const regenerated = buildAgenda(input).segments;
  return (current: SavedAgenda | undefined): SavedAgenda => {
    const untouched = !current || same(current.segments, current.generatedBase);
    const segments = untouched ? regenerated : current.segments;
    return {
      sessionId: week.session.id,
      courseId,
      notes: current?.notes ?? '',
      ...kept(current),
      ...change,
      segments,
      generatedBase: untouched ? regenerated : current.generatedBase,
      strategiesUsed: strategiesOf(segments),
      updatedAt: nowIso(),
    };
  };
}

export interface AgendaEdits {
  /** The parts as they will be stored (titles and lines already trimmed). */
  segments: AgendaSegment[];
  notes: string;
  taskSet: string;
}

/** Saves the therapist's parts, notes and task to set; the other forms' parts are kept. */
export function saveAgendaEdits(
  week: WeekAgendaView,
  courseId: string,
  edits: AgendaEdits,
): Promise<SavedAgenda> {
  const task = edits.taskSet.trim();
  return updateAgenda(week.session.id, (current) => {
    const others = kept(current ? { ...current, taskSet: undefined } : undefined);
    return {
      sessionId: week.session.id,
      courseId,
      segments: edits.segments,
      generatedBase: current?.generatedBase ?? week.generated.segments,
      notes: edits.notes,
      ...others,
      ...(task ? { taskSet: task } : {}),
      strategiesUsed: strategiesOf(edits.segments),
      updatedAt: nowIso(),
    };
  });
}

/**
 * Records what became of last week's task, quoted from the week it was set. An untouched agenda
 * follows the outcome at once; an edited one keeps the therapist's parts.
 */
export function recordTaskOutcome(
  week: WeekAgendaView,
  courseId: string,
  outcome: TaskOutcome,
  note: string,
): Promise<SavedAgenda> {
  const typed = note.trim();
  const before = week.input.previous;
  const previous = before
    ? { ...before, taskOutcome: outcome, ...(typed ? { outcomeNote: typed } : {}) }
    : undefined;
  const input = { ...week.input, ...(previous ? { previous } : {}) };
  const taskReview = {
    outcome,
    note: typed,
    ...(before?.taskSet ? { task: before.taskSet } : {}),
    ...(before?.taskFromSession ? { fromSession: before.taskFromSession } : {}),
  };
  return updateAgenda(week.session.id, recordChange(week, courseId, input, { taskReview }));
}

/** Marks this week's events; the agenda is rebuilt around them (edits kept). */
export function recordWeekEvents(
  week: WeekAgendaView,
  courseId: string,
  events: AgendaEvent[],
): Promise<SavedAgenda> {
  const input = { ...week.input, events };
  return updateAgenda(week.session.id, recordChange(week, courseId, input, { events }));
}

/** Records the mid-course review's decision, with its note as typed (trimmed). */
export function recordReviewDecision(
  week: WeekAgendaView,
  courseId: string,
  decision: ReviewDecision,
  note: string,
): Promise<SavedAgenda> {
  const reviewDecision = { decision, note: note.trim() };
  return updateAgenda(
    week.session.id,
    recordChange(week, courseId, week.input, { reviewDecision }),
  );
}

/** Keeps the therapist's agenda and stops offering the current regenerated suggestions. */
export function keepEditedAgenda(
  saved: SavedAgenda,
  generated: AgendaSegment[],
): Promise<SavedAgenda> {
  return updateAgenda(saved.sessionId, (current) => ({
    ...(current ?? saved),
    generatedBase: generated,
    updatedAt: nowIso(),
  }));
}

/** Replaces the week's parts with the regenerated suggestions (notes, task and outcome kept). */
export function takeNewSuggestions(
  saved: SavedAgenda,
  generated: AgendaSegment[],
): Promise<SavedAgenda> {
  return updateAgenda(saved.sessionId, (current) => ({
    ...(current ?? saved),
    segments: generated,
    generatedBase: generated,
    strategiesUsed: strategiesOf(generated),
    updatedAt: nowIso(),
  }));
}

/** Records a reviewed change of focus, stamped now; earlier changes stay as history. */
export async function confirmFocusChange(
  courseId: string,
  change: FocusChange,
): Promise<FocusChange> {
  const stamped = { ...change, decidedAt: nowIso() };
  await addFocusChange(courseId, stamped);
  return stamped;
}
