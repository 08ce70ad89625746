/**
 * Pure helpers for the therapist's edits to an agenda: checking a segment, the minute total,
 * reordering, and a diff against a regenerated agenda so nothing is discarded silently.
 */
import { problem, warning } from '../problems';
import type { Problem } from '../problems';
import type { AgendaSegment } from './types';

/** A segment as typed in the editor: minutes may still be text or NaN. */
export type SegmentDraft = Omit<AgendaSegment, 'minutes'> & { minutes: number | string };

/** Problems with one edited segment, per field: a title is required, minutes are whole and ≥ 0. */
export function checkSegment(segment: SegmentDraft): Problem[] {
  const found: Problem[] = [];
  if (segment.title.trim() === '') {
    found.push(problem('title-missing', 'Give this part of the session a title.', 'title'));
  }
  const raw = segment.minutes;
  const minutes = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(minutes)) {
    found.push(problem('minutes-not-number', 'Enter the minutes as a number.', 'minutes'));
  } else if (!Number.isInteger(minutes)) {
    found.push(problem('minutes-not-whole', 'Enter whole minutes.', 'minutes'));
  } else if (minutes < 0) {
    found.push(problem('minutes-negative', 'Minutes cannot be negative.', 'minutes'));
  }
  return found;
}

/** The sum of the segments' minutes. */
export function totalMinutes(segments: readonly Pick<AgendaSegment, 'minutes'>[]): number {
  return segments.reduce((sum, s) => sum + s.minutes, 0);
}

/** A warning when the segments do not fill the session exactly, saying over or under by how much. */
export function checkTotal(
  segments: readonly Pick<AgendaSegment, 'minutes'>[],
  sessionMinutes: number,
): Problem[] {
  const diff = totalMinutes(segments) - sessionMinutes;
  if (diff === 0) return [];
  const unit = Math.abs(diff) === 1 ? 'minute' : 'minutes';
  const text =
    diff > 0
      ? `The parts add up to ${Math.abs(diff)} ${unit} over the ${sessionMinutes}-minute session.`
      : `The parts add up to ${Math.abs(diff)} ${unit} under the ${sessionMinutes}-minute session.`;
  return [warning(diff > 0 ? 'total-over' : 'total-under', text, 'minutes')];
}

/** A copy with the segment at `from` moved to `to`; out-of-range indexes return an unchanged copy. */
export function moveSegment<T>(segments: readonly T[], from: number, to: number): T[] {
  const next = [...segments];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length || from === to) return next;
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

export type SegmentField = 'title' | 'minutes' | 'content' | 'techniques' | 'mechanisms';

export interface AgendaDiff {
  /** In the regenerated agenda only. */
  added: AgendaSegment[];
  /** In the saved agenda only: regenerating would drop them (and any edits in them). */
  removed: AgendaSegment[];
  /** In both, but different: the saved and the regenerated version, and which fields differ. */
  changed: {
    id: string;
    saved: AgendaSegment;
    regenerated: AgendaSegment;
    fields: SegmentField[];
  }[];
  unchanged: string[];
}

const FIELDS: SegmentField[] = ['title', 'minutes', 'content', 'techniques', 'mechanisms'];

function differs(a: AgendaSegment, b: AgendaSegment, field: SegmentField): boolean {
  const x = a[field];
  const y = b[field];
  if (Array.isArray(x) && Array.isArray(y)) {
    return x.length !== y.length || x.some((v, i) => v !== y[i]);
  }
  return x !== y;
}

/** What regenerating would change, matched by segment id, so the therapist can choose per segment. */
export function diffAgendas(
  saved: readonly AgendaSegment[],
  regenerated: readonly AgendaSegment[],
): AgendaDiff {
  const savedById = new Map(saved.map((s) => [s.id, s]));
  const newIds = new Set(regenerated.map((s) => s.id));
  const diff: AgendaDiff = { added: [], removed: [], changed: [], unchanged: [] };
  for (const next of regenerated) {
    const old = savedById.get(next.id);
    if (!old) {
      diff.added.push(next);
      continue;
    }
    const fields = FIELDS.filter((f) => differs(old, next, f));
    if (fields.length === 0) diff.unchanged.push(next.id);
    else diff.changed.push({ id: next.id, saved: old, regenerated: next, fields });
  }
  diff.removed = saved.filter((s) => !newIds.has(s.id));
  return diff;
}

const WORK_IDS =
  /^(strategy-|crisis-work|inventory|formulation|progress|relapse-plan|symptom-review)/;

/** Takes `minutes` from the longest parts (work first), one minute at a time, without going below 1. */
function takeMinutes(segments: AgendaSegment[], minutes: number): AgendaSegment[] {
  const next = segments.map((s) => ({ ...s }));
  for (let left = minutes; left > 0; left -= 1) {
    const pool = next.filter((s) => s.minutes > 1);
    const work = pool.filter((s) => WORK_IDS.test(s.id));
    const from = [...(work.length > 0 ? work : pool)].sort((a, b) => b.minutes - a.minutes)[0];
    if (!from) break;
    from.minutes -= 1;
  }
  return next;
}

/**
 * A saved agenda with the generated risk assessment put first when a flag came after the save:
 * the therapist's parts and words are kept; their minutes shrink (longest work first) so the
 * total stays the same. `inserted` says whether anything was added, so the screen can say so.
 */
export function withRiskFirst(
  saved: readonly AgendaSegment[],
  generated: readonly AgendaSegment[],
): { segments: AgendaSegment[]; inserted: boolean } {
  const risk = generated.find((s) => s.id === 'risk-assessment');
  if (!risk || saved.some((s) => s.id === 'risk-assessment'))
    return { segments: [...saved], inserted: false };
  return { segments: [{ ...risk }, ...takeMinutes([...saved], risk.minutes)], inserted: true };
}

/**
 * Inserts a new part where it belongs (before the closing summary, else at the end) and takes
 * its minutes from the longest parts, so the agenda still fills the session.
 */
export function insertPart(
  segments: readonly AgendaSegment[],
  part: AgendaSegment,
  sessionMinutes: number,
): AgendaSegment[] {
  const closing = segments.findIndex((s) => s.id === 'set-task' || s.id === 'summary-task');
  const at = closing >= 0 ? closing : segments.length;
  const over = totalMinutes(segments) + part.minutes - sessionMinutes;
  const rest = over > 0 ? takeMinutes([...segments], over) : [...segments];
  return [...rest.slice(0, at), part, ...rest.slice(at)];
}
