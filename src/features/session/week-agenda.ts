/** One week's agenda as the screens show it: generated, then the therapist's saved edits on top. */
import { buildAgenda } from '../../domain/agenda/generate';
import { agendaInputFor, focusPersonOf, latestPhq9 } from '../../domain/agenda/input';
import type { SavedAgenda } from '../../domain/agenda/saved';
import type { Agenda, AgendaFocus, AgendaInput, AgendaSegment } from '../../domain/agenda/types';
import { formatDay } from '../../domain/dates';
import { AREA_LABEL, STAGE_LABEL } from '../../domain/labels';
import { classifyChange, scoredMeasures } from '../../domain/measures';
import type { Medium, PrintPrivacy } from '../../domain/privacy';
import { personLabel } from '../../domain/privacy';
import type { Session } from '../../domain/types';

import type { CourseAgendaData } from './use-agenda-data';

export interface WeekAgenda {
  session: Session & { number: number };
  input: AgendaInput;
  generated: Agenda;
  saved?: SavedAgenda;
  /** The saved segments if the therapist saved this week, else the generated ones. */
  segments: AgendaSegment[];
}

/** The week's agenda, with the focus person labelled for `medium`. */
export function weekAgenda(
  data: CourseAgendaData,
  session: Session & { number: number },
  privacy: PrintPrivacy,
  medium: Medium,
): WeekAgenda {
  const base = agendaInputFor({
    course: data.course,
    sessions: data.sessions,
    session,
    saved: data.saved,
    focusChanges: data.focusChanges,
  });
  const person = base.focus ? focusPersonOf(data.people, base.focus.area) : undefined;
  const latestScore = latestPhq9(data.measures, data.course.id);
  const input: AgendaInput = {
    ...base,
    ...(data.openFlags.length > 0 ? { riskFlagOpen: true } : {}),
    ...(latestScore ? { latestScore } : {}),
    ...(person ? { focusPersonLabel: personLabel(person, privacy, medium) } : {}),
  };
  const generated = buildAgenda(input);
  const saved = data.saved.find((a) => a.sessionId === session.id);
  return {
    session,
    input,
    generated,
    segments: saved?.segments ?? generated.segments,
    ...(saved ? { saved } : {}),
  };
}

/** "Role dispute (impasse) + Grief, with partner". */
export function focusText(focus: AgendaFocus): string {
  const stage = focus.stage ? ` (${STAGE_LABEL[focus.stage].toLowerCase()})` : '';
  const second = focus.secondaryArea ? ` + ${AREA_LABEL[focus.secondaryArea]}` : '';
  const person = focus.personLabel ? `, with ${focus.personLabel}` : '';
  return `${AREA_LABEL[focus.area]}${stage}${second}${person}`;
}

const RESPONSE_TEXT = {
  response: 'response',
  partial: 'partial response',
  none: 'no response yet',
  'not-classified': 'not classified',
};

/** "PHQ-9 14 on Mon 2 Mar 2026 (baseline 20, −30%, partial response)", or undefined if none. */
export function phq9Line(data: CourseAgendaData): string | undefined {
  const scored = scoredMeasures(data.measures, data.course.id, 'phq9');
  const latest = scored.at(-1);
  const baseline = scored[0];
  if (!latest || !baseline) return undefined;
  const when = `PHQ-9 ${latest.total} on ${formatDay(latest.date)}`;
  if (latest.id === baseline.id) return `${when} (baseline)`;
  const change = classifyChange(baseline.total, latest.total, scored.at(-2)?.total);
  const pct =
    change.percentChange === undefined
      ? ''
      : `, ${change.percentChange > 0 ? '+' : ''}${change.percentChange}%`;
  const worse = change.worsening ? ', worsening' : '';
  return `${when} (baseline ${baseline.total}${pct}, ${RESPONSE_TEXT[change.response]}${worse})`;
}
