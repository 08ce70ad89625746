/** One week's agenda as the screens show it: the domain's as-of view, labelled for the medium. */
import { weekAgendaAt } from '../../domain/agenda/as-of';
import type { CourseFacts, WeekAgendaView } from '../../domain/agenda/as-of';
import type { AgendaFocus, TaskOutcome } from '../../domain/agenda/types';
import { AREA_LABEL, STAGE_LABEL } from '../../domain/labels';
import { scoreAsOf } from '../../domain/measures';
import type { Medium, PrintPrivacy } from '../../domain/privacy';
import { personLabel } from '../../domain/privacy';
import type { Mechanism, Session } from '../../domain/types';

import type { CourseAgendaData } from './agenda-data';

export type WeekAgenda = WeekAgendaView;

/** The stored course as the domain's agenda facts. */
export function factsOf(data: CourseAgendaData): CourseFacts {
  return {
    course: data.course,
    sessions: data.sessions,
    saved: data.saved,
    focusChanges: data.focusChanges,
    measures: data.measures,
    flags: data.flags,
    people: data.people,
    ...(data.baselineId ? { baselineId: data.baselineId } : {}),
    ...(data.formulationAgreedOn ? { formulationAgreedOn: data.formulationAgreedOn } : {}),
    ...(data.contractAgreedOn ? { contractAgreedOn: data.contractAgreedOn } : {}),
  };
}

/** The week's agenda as of its date, with people labelled for `medium`. */
export function weekAgenda(
  data: CourseAgendaData,
  session: Session & { number: number },
  privacy: PrintPrivacy,
  medium: Medium,
): WeekAgenda {
  return weekAgendaAt(factsOf(data), session, (p) => personLabel(p, privacy, medium));
}

/** "Role dispute (impasse), with partner", "Grief, the death of mother", or "To be agreed (working hypothesis: …)". */
export function focusText(focus: AgendaFocus): string {
  const stage = focus.stage ? ` (${STAGE_LABEL[focus.stage].toLowerCase()})` : '';
  const second = focus.secondaryArea ? ` + ${AREA_LABEL[focus.secondaryArea]}` : '';
  // In grief the focus person has died: the work is about their death, never "with" them.
  const person = !focus.personLabel
    ? ''
    : focus.area === 'grief'
      ? `, the death of ${focus.personLabel}`
      : `, with ${focus.personLabel}`;
  const text = `${AREA_LABEL[focus.area]}${stage}${second}`;
  return focus.agreed
    ? `${text}${person}`
    : `To be agreed (working hypothesis: ${text}); stage and person to be agreed`;
}

/** The PHQ-9 line as of the session's date, in the one wording of measures/summary.ts. */
export function phq9Line(data: CourseAgendaData, date: string): string | undefined {
  return scoreAsOf(data.measures, {
    courseId: data.course.id,
    kind: 'phq9',
    date,
    ...(data.baselineId ? { baselineId: data.baselineId } : {}),
  })?.words;
}

const SHORT: Record<Mechanism, string> = {
  'social-support': 'support',
  'processing-emotions': 'emotions',
  'interpersonal-stress': 'stress',
  'interpersonal-skills': 'skills',
};

/** "serves: emotions, support" — compact, for the screen and paper. */
export function mechanismsText(list: readonly Mechanism[]): string {
  return list.length === 0 ? '' : `serves: ${list.map((m) => SHORT[m]).join(', ')}`;
}

/** "Time by mechanism: emotions 28 min, support 11 min". */
export function mechanismMinutesText(minutes: Partial<Record<Mechanism, number>>): string {
  const parts = (Object.keys(SHORT) as Mechanism[])
    .filter((m) => (minutes[m] ?? 0) > 0)
    .map((m) => `${SHORT[m]} ${minutes[m] ?? 0} min`);
  return parts.length === 0 ? '' : `Time by mechanism: ${parts.join(', ')}`;
}

/** What became of a task, in words. */
export const OUTCOME_TEXT: Readonly<Record<TaskOutcome, string>> = {
  done: 'Done',
  partly: 'Partly done',
  'not-done': 'Not done',
  overtaken: 'Overtaken by events',
};
