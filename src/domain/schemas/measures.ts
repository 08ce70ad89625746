/**
 * Schemas of the measures and risk tables. A stored PHQ-9 or GAD-7 is checked by the scoring rules
 * themselves (answers 0–3, whole numbers, the total their sum), never by a second copy of them.
 */
import * as z from 'zod/mini';

import { COURSE_EVENT_KINDS } from '../measures/course-events';
import { MEASURE_KINDS, MEASURE_STATUSES } from '../measures/measure';
import { RISK_SOURCES, SAFETY_PLAN_STATES } from '../measures/risk';
import { HISTORY, RISK_LEVELS, THOUGHTS } from '../measures/risk-assessment';
import { SAFETY_PLAN_SECTIONS } from '../measures/safety-plan';
import { checkAnswers, scoreQuestionnaire } from '../measures/scoring';
import { SUITABILITY_ITEMS } from '../measures/suitability';
import { MECHANISMS } from '../types';

import { id, isoDateTime, isoDay, oneOf, text, wholeNumber } from './primitives';
import { addProblems } from './problems';
import { registerSchemas } from './registry';

export const measureSchema = () =>
  z
    .object({
      id: id(),
      clientId: id(),
      courseId: id(),
      sessionId: z.optional(id()),
      kind: oneOf(MEASURE_KINDS),
      date: isoDay(),
      answers: z.array(z.nullable(z.number())).check(z.maxLength(9)),
      difficulty: z.optional(z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)])),
      total: z.optional(z.number()),
      status: oneOf(MEASURE_STATUSES),
      recordedAt: isoDateTime(),
    })
    .check(
      z.superRefine((m, ctx) => {
        const check = m.status === 'complete' ? 'complete' : 'draft';
        const found = checkAnswers(m.kind, m.answers, check);
        addProblems(ctx, found, ['answers'], false);
        if (found.length > 0) return;
        if (m.status === 'complete' && m.total === undefined) {
          ctx.addIssue({
            code: 'custom',
            message: 'a complete measure has no total',
            path: ['total'],
          });
          return;
        }
        if (m.total === undefined) return;
        const score = scoreQuestionnaire(m.kind, m.answers);
        const sum = score.ok ? score.value.total : undefined;
        if (sum !== m.total) {
          ctx.addIssue({
            code: 'custom',
            message:
              sum === undefined
                ? `a total of ${m.total} is stored, but not every item is answered`
                : `the total ${m.total} disagrees with its items, which add up to ${sum}`,
            path: ['total'],
          });
        }
      }),
    );

const yesNo = () => oneOf(['yes', 'no'] as const);

const riskAssessmentSchema = () =>
  z.object({
    thoughts: oneOf(THOUGHTS),
    plan: yesNo(),
    intent: yesNo(),
    meansAccess: yesNo(),
    history: oneOf(HISTORY),
    historyDetail: text(),
    protectiveFactors: text(),
    level: oneOf(RISK_LEVELS),
    levelReasoning: text(),
    safetyPlan: oneOf(SAFETY_PLAN_STATES),
    crisisContactsGiven: z.boolean(),
    othersInformed: text(),
    followUp: text(),
  });

const acknowledgementSchema = () =>
  z.object({
    assessed: z.boolean(),
    safetyPlan: oneOf(SAFETY_PLAN_STATES),
    action: text(),
    note: text(),
    at: isoDateTime(),
    assessment: z.optional(riskAssessmentSchema()),
  });

export const riskFlagSchema = () =>
  z
    .object({
      id: id(),
      clientId: id(),
      courseId: id(),
      sessionId: z.optional(id()),
      measureId: z.optional(id()),
      source: oneOf(RISK_SOURCES),
      raisedAt: isoDateTime(),
      detail: text(),
      status: oneOf(['open', 'acknowledged']),
      acknowledgement: z.optional(acknowledgementSchema()),
    })
    .check(
      z.refine((f) => f.status !== 'acknowledged' || f.acknowledgement !== undefined, {
        message: 'an acknowledged flag has no acknowledgement recorded',
        path: ['acknowledgement'],
      }),
    );

const rating = () => wholeNumber(0, 10);

export const sessionRatingsSchema = () =>
  z.object({
    /** The session id: one record per session. */
    id: id(),
    courseId: id(),
    sessionId: id(),
    /** One per course goal, null when not rated. */
    goals: z.array(z.nullable(rating())).check(z.maxLength(3)),
    mechanisms: z.partialRecord(oneOf(MECHANISMS), rating()),
    updatedAt: isoDateTime(),
  });

export const courseEventSchema = () =>
  z.object({
    id: id(),
    courseId: id(),
    kind: oneOf(COURSE_EVENT_KINDS),
    date: isoDay(),
    text: text(),
  });

/** The suitability check as stored: one row per course. */
export const storedSuitabilitySchema = () =>
  z.object({
    courseId: id(),
    items: z.partialRecord(oneOf(SUITABILITY_ITEMS), z.boolean()),
    decision: z.optional(
      z.object({ proceed: z.boolean(), reason: text(), decidedAt: isoDateTime() }),
    ),
  });

const lines = () => z.array(text());

export const safetyPlanSchema = () =>
  z.object({
    clientId: id(),
    sections: z.object(
      Object.fromEntries(SAFETY_PLAN_SECTIONS.map((s) => [s, lines()])) as Record<
        (typeof SAFETY_PLAN_SECTIONS)[number],
        ReturnType<typeof lines>
      >,
    ),
    updatedAt: isoDateTime(),
  });

export type SessionRatings = z.infer<ReturnType<typeof sessionRatingsSchema>>;
export type StoredSuitability = z.infer<ReturnType<typeof storedSuitabilitySchema>>;

/** Measures, risk and the course's other ratings and plans. */
export const MEASURE_TABLES = registerSchemas({
  measures: measureSchema,
  riskFlags: riskFlagSchema,
  ratings: sessionRatingsSchema,
  courseEvents: courseEventSchema,
  suitability: storedSuitabilitySchema,
  safetyPlans: safetyPlanSchema,
});
