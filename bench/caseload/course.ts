/**
 * One client's whole record in the benchmark caseload: the client, a 16-week course planned by the
 * domain's `planCourse`, sessions held or cancelled up to "today", and for each held session its
 * saved agenda (from `buildAgenda`), measures, ratings and write-up.
 */
import { buildAgenda } from '../../src/domain/agenda/generate';
import type { SavedAgenda } from '../../src/domain/agenda/saved';
import { planCourse } from '../../src/domain/course-plan';
import type { CourseDraft } from '../../src/domain/course-plan';
import { addDays } from '../../src/domain/dates';
import { cancelSession, markHeld } from '../../src/domain/schedule';
import type { Client, Course, IsoDay, ProblemArea, Session } from '../../src/domain/types';
import { MECHANISMS, PROBLEM_AREAS } from '../../src/domain/types';
import type { RiskFlag } from '../../src/domain/measures';
import { riskOf } from '../../src/domain/writeup/prefill';
import type { SessionWriteUp } from '../../src/domain/writeup/types';

import { measuresAt, trajectoryOf } from './measures';
import type { Random } from './random';
import { AGENDA_NOTES, GOALS, NOTE_SENTENCES, TASKS } from './texts';
import type { CaseloadTables } from './tables';
import { extrasFor } from './extras';

export interface CourseClock {
  /** "Today" of the archive: sessions before it are held, later ones planned. */
  today: IsoDay;
  /** Monday of today's week: write-ups before it are due. */
  weekStart: IsoDay;
}

function draftOf(rng: Random, startDate: IsoDay): CourseDraft {
  const primaryArea: ProblemArea = rng.pick(PROBLEM_AREAS);
  const goals = Array.from({ length: rng.int(1, 3) }, () => rng.pick(GOALS));
  return {
    startDate,
    length: 16,
    sessionMinutes: 50,
    time: rng.pick(['09:00', '10:00', '11:00', '13:30', '14:30', '15:30', '16:30']),
    primaryArea,
    ...(primaryArea === 'role-dispute'
      ? { disputeStage: rng.pick(['renegotiation', 'impasse'] as const) }
      : {}),
    goals: [...new Set(goals)],
    mechanisms: MECHANISMS.filter(() => rng.chance(0.4)),
    missedSessionRule: rng.chance(0.5) ? 'counts-as-used' : 'extends',
    unavailableDates: [],
  };
}

/** Holds or cancels every appointment before `today`, in date order, with the domain's schedule rules. */
function runSchedule(rng: Random, course: Course, planned: Session[], today: IsoDay): Session[] {
  let sessions = planned;
  for (;;) {
    const next = byDate(sessions).find((s) => s.status === 'planned' && s.date < today);
    if (!next) return sessions;
    const cancel = rng.chance(0.05) && next.number !== null && next.number > 1;
    const change = cancel
      ? cancelSession(
          course,
          sessions,
          next.id,
          rng.pick(['client', 'therapist'] as const),
          () => rng.uuid(),
          'Unwell',
        )
      : markHeld(sessions, next.id);
    if (!change.ok) throw new Error(`schedule refused: ${change.problems[0]?.code}`);
    sessions = 'sessions' in change.value ? change.value.sessions : change.value;
  }
}

/** Agendas depend only on the course's plan, the session number and last week's task: built once per combination. */
const agendaCache = new Map<string, ReturnType<typeof buildAgenda>>();

function cachedAgenda(course: Course, sessionNumber: number, taskBefore?: string) {
  const {
    primaryArea,
    secondaryArea,
    disputeStage,
    mechanisms,
    goals,
    length,
    sessionMinutes,
    boundaries,
  } = course;
  const key = JSON.stringify([
    primaryArea,
    secondaryArea,
    disputeStage,
    mechanisms,
    goals,
    length,
    sessionMinutes,
    boundaries,
    sessionNumber,
    taskBefore,
  ]);
  let agenda = agendaCache.get(key);
  if (!agenda) {
    agenda = buildAgenda({
      course,
      sessionNumber,
      ...(taskBefore ? { previous: { held: true, taskSet: taskBefore } } : {}),
    });
    agendaCache.set(key, agenda);
  }
  return agenda;
}

/** ISO days and HH:mm times sort as text. */
function byDate(sessions: readonly Session[]): Session[] {
  return [...sessions].sort((a, b) => a.date.localeCompare(b.date) || a.time.localeCompare(b.time));
}

function agendaOf(rng: Random, course: Course, session: Session, taskBefore?: string): SavedAgenda {
  const agenda = cachedAgenda(course, session.number ?? 1, taskBefore);
  const taskSet = rng.pick(TASKS);
  return {
    sessionId: session.id,
    courseId: course.id,
    segments: agenda.segments,
    generatedBase: agenda.segments,
    notes: rng.pick(AGENDA_NOTES),
    ...(taskBefore
      ? { taskReview: { outcome: rng.pick(['done', 'partly', 'not-done'] as const), note: '' } }
      : {}),
    taskSet,
    strategiesUsed: agenda.segments
      .filter((s) => s.id.startsWith('strategy-'))
      .map((s) => s.id.slice(9)),
    updatedAt: `${session.date}T08:00:00.000Z`,
  };
}

export interface ClientPlan {
  index: number;
  startDate: IsoDay;
}

/** Every record of one client, pushed onto `tables`. */
export function generateClient(
  rng: Random,
  plan: ClientPlan,
  clock: CourseClock,
  tables: CaseloadTables,
) {
  const clientId = rng.uuid();
  const courseId = rng.uuid();
  const createdAt = `${addDays(plan.startDate, -7)}T12:00:00.000Z`;
  const client: Client = {
    id: clientId,
    code: `C-${String(plan.index + 1).padStart(4, '0')}`,
    archived: false,
    createdAt,
  };
  const planned = planCourse(
    draftOf(rng, plan.startDate),
    { courseId, clientId, newId: () => rng.uuid() },
    createdAt,
  );
  if (!planned.ok) throw new Error(`planCourse refused: ${planned.problems[0]?.code}`);
  const sessions = runSchedule(rng, planned.value.course, planned.value.sessions, clock.today);
  const last = byDate(sessions).at(-1);
  const ended = last !== undefined && last.date < clock.weekStart;
  const course: Course = ended
    ? { ...planned.value.course, endedAt: `${last.date}T17:00:00.000Z` }
    : planned.value.course;
  tables.clients.push(client);
  tables.courses.push(course);
  tables.sessions.push(...sessions);
  heldRecords(rng, course, sessions, clock, tables);
  extrasFor(rng, course, clientId, sessions, tables);
}

function heldRecords(
  rng: Random,
  course: Course,
  sessions: Session[],
  clock: CourseClock,
  tables: CaseloadTables,
) {
  const trajectory = trajectoryOf(rng);
  const held = byDate(sessions).filter((s) => s.status === 'held');
  const recentFrom = addDays(clock.weekStart, -7);
  const dueFrom = addDays(clock.weekStart, -21);
  let task: string | undefined;
  const courseFlags: RiskFlag[] = [];
  held.forEach((session, index) => {
    const recent = session.date >= recentFrom;
    const taken = measuresAt({
      rng,
      trajectory,
      index,
      count: course.length,
      session,
      clientId: course.clientId,
      courseId: course.id,
      leaveOpen: recent,
    });
    tables.measures.push(...taken.measures);
    tables.riskFlags.push(...taken.flags);
    const agenda = agendaOf(rng, course, session, task);
    task = agenda.taskSet;
    tables.agendas.push(agenda);
    tables.ratings.push({
      id: session.id,
      courseId: course.id,
      sessionId: session.id,
      goals: course.goals.map(() => rng.int(2, 9)),
      mechanisms: Object.fromEntries(course.mechanisms.map((m) => [m, rng.int(2, 9)])),
      updatedAt: `${session.date}T${session.time}:00.000Z`,
    });
    courseFlags.push(...taken.flags);
    const flags = courseFlags;
    const writeUp = writeUpOf(
      rng,
      { course, session, agenda, flags, clock, dueFrom },
      taken.measures[0]?.total,
    );
    if (writeUp) tables.writeups.push(writeUp);
  });
}

/** The session's write-up: final for older weeks; recent ones are sometimes still a draft or missing (the pending work). */
function writeUpOf(
  rng: Random,
  at: {
    course: Course;
    session: Session;
    agenda: SavedAgenda;
    flags: RiskFlag[];
    clock: CourseClock;
    dueFrom: IsoDay;
  },
  phq9: number | undefined,
): SessionWriteUp | undefined {
  const { course, session, agenda, clock } = at;
  const dueRecently = session.date >= at.dueFrom;
  const flagOpen = at.flags.some((f) => f.status === 'open');
  const pending =
    flagOpen ||
    session.date >= clock.weekStart ||
    (dueRecently ? rng.chance(0.22) : rng.chance(0.002));
  if (pending && rng.chance(0.5)) return undefined;
  const stamp = `${session.date}T${session.time.slice(0, 2)}:55:00.000Z`;
  const note = Array.from({ length: rng.int(2, 4) }, () => rng.pick(NOTE_SENTENCES)).join(' ');
  return {
    sessionId: session.id,
    courseId: course.id,
    clientId: course.clientId,
    sessionDate: session.date,
    sessionNumber: session.number,
    risk: riskOf(at.flags, session.id),
    attendance: 'held',
    scores: phq9 === undefined ? {} : { phq9 },
    ...(agenda.taskReview ? { taskReview: agenda.taskReview } : {}),
    ...(agenda.taskSet ? { taskSet: agenda.taskSet } : {}),
    agendaCovered: agenda.segments.map((s) => ({
      segmentId: s.id,
      title: s.title,
      covered: rng.chance(0.85),
    })),
    note,
    minutes: 50,
    status: pending ? 'draft' : 'final',
    ...(pending ? {} : { finalisedAt: stamp }),
    amendments: [],
    updatedAt: stamp,
  };
}
