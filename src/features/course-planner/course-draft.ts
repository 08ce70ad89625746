/** Form state for a new course, and its conversion to the domain's draft. */
import { defaultBoundaries } from '../../domain/course-rules';
import type { CourseDraft } from '../../domain/course-plan';
import type { DisputeStage, Mechanism, MissedSessionRule, ProblemArea } from '../../domain/types';

export interface CourseFormState {
  startDate: string;
  length: string;
  sessionMinutes: string;
  time: string;
  initialEnd: string;
  middleEnd: string;
  boundariesEdited: boolean;
  primaryArea: ProblemArea | '';
  secondaryArea: ProblemArea | '';
  disputeStage: DisputeStage | '';
  goals: [string, string, string];
  mechanisms: Mechanism[];
  missedSessionRule: MissedSessionRule;
  unavailableDates: string[];
}

export function initialForm(today: string): CourseFormState {
  const b = defaultBoundaries(16);
  return {
    startDate: today,
    length: '16',
    sessionMinutes: '50',
    time: '10:00',
    initialEnd: String(b.initialEnd),
    middleEnd: String(b.middleEnd),
    boundariesEdited: false,
    primaryArea: '',
    secondaryArea: '',
    disputeStage: '',
    goals: ['', '', ''],
    mechanisms: [],
    missedSessionRule: 'counts-as-used',
    unavailableDates: [],
  };
}

/** Whole numbers only: "12.5" or "" become NaN so the domain names the problem. */
function toInt(value: string): number {
  return /^\s*-?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
}

export function toDraft(form: CourseFormState): CourseDraft {
  return {
    startDate: form.startDate,
    length: toInt(form.length),
    sessionMinutes: toInt(form.sessionMinutes),
    time: form.time,
    boundaries: { initialEnd: toInt(form.initialEnd), middleEnd: toInt(form.middleEnd) },
    primaryArea: form.primaryArea,
    secondaryArea: form.secondaryArea,
    disputeStage: form.disputeStage,
    goals: [...form.goals],
    mechanisms: form.mechanisms,
    missedSessionRule: form.missedSessionRule,
    unavailableDates: form.unavailableDates,
  };
}

/** A new length resets boundaries to that length's defaults unless the therapist edited them. */
export function withLength(form: CourseFormState, length: string): CourseFormState {
  const n = toInt(length);
  if (form.boundariesEdited || !Number.isInteger(n) || n < 4) return { ...form, length };
  const b = defaultBoundaries(n);
  return { ...form, length, initialEnd: String(b.initialEnd), middleEnd: String(b.middleEnd) };
}
