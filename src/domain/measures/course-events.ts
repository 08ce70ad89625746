/** Dated course events shown as annotations on the progress chart (medication, focus, life events). */
import { isIsoDay } from '../dates';
import { problem } from '../problems';
import type { Problem } from '../problems';
import type { IsoDay } from '../types';

export const COURSE_EVENT_KINDS = [
  'medication-started',
  'medication-changed',
  'focus-change',
  'life-event',
] as const;
export type CourseEventKind = (typeof COURSE_EVENT_KINDS)[number];

export const COURSE_EVENT_LABEL: Readonly<Record<CourseEventKind, string>> = {
  'medication-started': 'Medication started',
  'medication-changed': 'Medication changed',
  'focus-change': 'Focus change',
  'life-event': 'Life event',
};

export interface CourseEvent {
  id: string;
  courseId: string;
  kind: CourseEventKind;
  date: IsoDay;
  text: string;
}

/** Problems with a course event: a real date and a short description. */
export function checkCourseEvent(event: Pick<CourseEvent, 'kind' | 'date' | 'text'>): Problem[] {
  const found: Problem[] = [];
  if (!COURSE_EVENT_KINDS.includes(event.kind)) {
    found.push(problem('event-kind', 'Choose what happened.', 'kind'));
  }
  if (!isIsoDay(event.date)) {
    found.push(problem('event-date', 'Enter the date it happened.', 'date'));
  }
  if (event.text.trim() === '') {
    found.push(problem('event-text', 'Describe the event in a few words.', 'text'));
  }
  return found;
}

/** The session number an event falls in: the last session on or before its date (1 if earlier). */
export function sessionOfDate(
  sessions: readonly { number: number | null; date: IsoDay }[],
  date: IsoDay,
): number {
  const before = sessions.filter((s) => s.number !== null && s.date <= date);
  return before.reduce((n, s) => Math.max(n, s.number ?? 0), 0) || 1;
}
