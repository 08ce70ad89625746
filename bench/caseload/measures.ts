/**
 * Weekly PHQ-9s with a realistic course (most clients improve, some partly, some not), GAD-7s
 * every fourth session, and the risk flags the domain's own rule raises from each PHQ-9.
 */
import {
  acknowledgeFlag,
  flagsFromPhq9,
  planUnchangedAcknowledgement,
  scoreQuestionnaire,
} from '../../src/domain/measures';
import type { Measure, MeasureKind, RiskFlag } from '../../src/domain/measures';
import type { IsoDateTime, Session } from '../../src/domain/types';

import type { Random } from './random';

export interface Trajectory {
  baseline: number;
  /** Fraction of the baseline lost by the last session (negative: worsening). */
  fall: number;
  /** Weekly chance that item 9 is answered above 0. */
  item9Chance: number;
}

/** A client's expected course of scores. */
export function trajectoryOf(rng: Random): Trajectory {
  const kind = rng.next();
  const fall = kind < 0.55 ? 0.6 : kind < 0.8 ? 0.3 : kind < 0.95 ? 0.05 : -0.2;
  return {
    baseline: rng.int(10, 24),
    fall,
    item9Chance: rng.chance(0.12) ? 0.35 : 0,
  };
}

/** Answers of `kind` adding up to `total` (clamped to what the items allow), item 9 set apart. */
export function answersFor(kind: MeasureKind, total: number, item9: number, rng: Random): number[] {
  const items = kind === 'phq9' ? 9 : 7;
  const answers = new Array<number>(items).fill(0);
  const free = kind === 'phq9' ? items - 1 : items;
  if (kind === 'phq9') answers[8] = item9;
  let left = Math.max(0, Math.min(total - (kind === 'phq9' ? item9 : 0), free * 3));
  while (left > 0) {
    const i = rng.int(0, free - 1);
    if ((answers[i] ?? 0) < 3) {
      answers[i] = (answers[i] ?? 0) + 1;
      left -= 1;
    }
  }
  return answers;
}

function measureOf(
  kind: MeasureKind,
  answers: number[],
  ids: { id: string; clientId: string; courseId: string },
  session: Session,
  recordedAt: IsoDateTime,
): Measure {
  const score = scoreQuestionnaire(kind, answers);
  if (!score.ok) throw new Error(`generated ${kind} does not score: ${answers.join(',')}`);
  return {
    ...ids,
    sessionId: session.id,
    kind,
    date: session.date,
    answers,
    total: score.value.total,
    status: 'complete',
    recordedAt,
  };
}

export interface SessionMeasures {
  measures: Measure[];
  flags: RiskFlag[];
}

/**
 * The measures taken at one held session (`index` 0-based of `count`), and the flags they raise:
 * acknowledged at the session unless `leaveOpen`.
 */
export function measuresAt(input: {
  rng: Random;
  trajectory: Trajectory;
  index: number;
  count: number;
  session: Session;
  clientId: string;
  courseId: string;
  leaveOpen: boolean;
}): SessionMeasures {
  const { rng, trajectory: t, index, count, session } = input;
  const progress = count > 1 ? index / (count - 1) : 0;
  const expected = t.baseline * (1 - t.fall * progress) + rng.int(-2, 2);
  const total = Math.max(0, Math.min(27, Math.round(expected)));
  const item9 = rng.chance(t.item9Chance * (1 - progress)) ? rng.int(1, 2) : 0;
  const recordedAt = `${session.date}T${session.time}:00.000Z`;
  const ids = { clientId: input.clientId, courseId: input.courseId };
  const phq = measureOf(
    'phq9',
    answersFor('phq9', total, item9, rng),
    { id: rng.uuid(), ...ids },
    session,
    recordedAt,
  );
  const measures = [phq];
  if (index % 4 === 0 || index === count - 1) {
    const gad = Math.max(0, Math.min(21, Math.round(total * 0.7) + rng.int(-2, 2)));
    measures.push(
      measureOf(
        'gad7',
        answersFor('gad7', gad, 0, rng),
        { id: rng.uuid(), ...ids },
        session,
        recordedAt,
      ),
    );
  }
  const raised = flagsFromPhq9(phq, { newId: () => rng.uuid(), now: recordedAt });
  const flags = input.leaveOpen ? raised : raised.map((f) => acknowledged(f, recordedAt));
  return { measures, flags };
}

function acknowledged(flag: RiskFlag, at: IsoDateTime): RiskFlag {
  const done = acknowledgeFlag(flag, planUnchangedAcknowledgement(), at);
  if (!done.ok) throw new Error('generated acknowledgement refused');
  return done.value;
}
