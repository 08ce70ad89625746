/** The first draft of a write-up, from what the app already knows of the session. */
import type { SavedAgenda } from '../agenda/saved';
import { isTimeOfDay } from '../dates';
import type { AgendaSegment } from '../agenda/types';
import type { SessionScores } from '../course-view';
import type { RiskFlag } from '../measures';
import type { ScoreSummary } from '../measures/summary';
import type { Canceller, IsoDateTime, Session } from '../types';

import type { Attendance, SessionWriteUp, WriteUpRisk } from './types';

const FROM_CANCELLER: Record<Canceller, Attendance> = {
  therapist: 'cancelled-therapist',
  client: 'cancelled-client',
  'no-show': 'no-show',
};

/** The canceller `cancelSession` expects for an attendance, or undefined for a held session. */
export function cancellerOf(attendance: Attendance): Canceller | undefined {
  if (attendance === 'held') return undefined;
  return attendance === 'cancelled-therapist'
    ? 'therapist'
    : attendance === 'cancelled-client'
      ? 'client'
      : 'no-show';
}

/** What the schedule says of attendance: a cancellation by whom, else held (it is being written up). */
export function attendanceOf(session: Session): Attendance {
  if (session.status === 'cancelled' && session.cancelledBy)
    return FROM_CANCELLER[session.cancelledBy];
  return 'held';
}

/**
 * The record's risk status: any open flag of the client counts (a record is not closed while
 * risk is unacknowledged), then any flag of this session, acknowledged.
 */
export function riskOf(flags: readonly RiskFlag[], sessionId: string): WriteUpRisk {
  if (flags.some((f) => f.status === 'open')) return 'open-flag';
  return flags.some((f) => f.sessionId === sessionId) ? 'acknowledged' : 'none';
}

/** The total of a score summary when its score was taken at this session (not an earlier one). */
function takenAt(summary: ScoreSummary | undefined, sessionId: string): number | undefined {
  return summary?.measure.sessionId === sessionId ? summary.measure.total : undefined;
}

export interface PrefillInput {
  session: Session;
  clientId: string;
  /** This week's saved agenda, when the therapist kept one. */
  savedAgenda?: SavedAgenda | undefined;
  /** The generated agenda's segments, used when no agenda was saved. */
  generatedSegments?: readonly AgendaSegment[];
  /** The session's scores as they stood on its date (the course view's `sessionScores`). */
  scores: SessionScores | undefined;
  flags: readonly RiskFlag[];
  /** The task set at the previous session (its saved agenda). */
  previousTaskSet?: string | undefined;
  /** The course's session length, proposed as the actual minutes of a held session. */
  plannedMinutes?: number;
  now: IsoDateTime;
}

/** "09:00" plus 50 minutes is "09:50"; wraps past midnight. */
export function addMinutes(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** The start from the session's time, the end from its planned length (when both are known). */
function sessionTimes(time: string, minutes: number | undefined) {
  if (!isTimeOfDay(time)) return {};
  return { startTime: time, ...(minutes ? { endTime: addMinutes(time, minutes) } : {}) };
}

/**
 * A draft with attendance, scores, tasks, risk and the agenda's parts filled in. The scores are
 * the session's score summaries from the course view, used only when taken at this session.
 */
export function prefillWriteUp(input: PrefillInput): SessionWriteUp {
  const { session, savedAgenda, scores } = input;
  const attendance = attendanceOf(session);
  const segments = savedAgenda?.segments ?? input.generatedSegments ?? [];
  const phq9 = takenAt(scores?.phq9, session.id);
  const gad7 = takenAt(scores?.gad7, session.id);
  const previousTask = input.previousTaskSet?.trim();
  return {
    sessionId: session.id,
    courseId: session.courseId,
    clientId: input.clientId,
    sessionDate: session.date,
    sessionNumber: session.number,
    attendance,
    scores: {
      ...(phq9 === undefined ? {} : { phq9 }),
      ...(gad7 === undefined ? {} : { gad7 }),
    },
    ...(previousTask ? { previousTask } : {}),
    ...(savedAgenda?.taskReview ? { taskReview: { ...savedAgenda.taskReview } } : {}),
    ...(savedAgenda?.taskSet?.trim() ? { taskSet: savedAgenda.taskSet.trim() } : {}),
    agendaCovered: segments.map((s) => ({
      segmentId: s.id,
      title: s.title,
      covered: attendance === 'held',
    })),
    note: '',
    ...(attendance === 'held' && input.plannedMinutes ? { minutes: input.plannedMinutes } : {}),
    ...(attendance === 'held' ? sessionTimes(session.time, input.plannedMinutes) : {}),
    risk: riskOf(input.flags, session.id),
    status: 'draft',
    amendments: [],
    updatedAt: input.now,
  };
}
