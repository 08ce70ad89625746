/** Schemas of the foundation tables: clients, courses and sessions (types in ../types.ts). */
import * as z from 'zod/mini';

import { checkClientCode } from '../client-code';
import { checkBoundaries, checkCourseLength, SESSION_MINUTES } from '../course-rules';
import {
  CANCELLERS,
  DISPUTE_STAGES,
  MECHANISMS,
  MISSED_SESSION_RULES,
  PROBLEM_AREAS,
  SESSION_STATUSES,
} from '../types';

import { id, isoDateTime, isoDay, oneOf, text, timeOfDay, wholeNumber } from './primitives';
import { addProblems } from './problems';
import { registerSchemas } from './registry';

export const clientSchema = z.object({
  id: id(),
  code: z
    .string()
    .check(z.superRefine((code, ctx) => addProblems(ctx, checkClientCode(code), [], false))),
  fullName: z.optional(text()),
  archived: z.boolean(),
  createdAt: isoDateTime(),
});

const boundariesSchema = z.object({
  initialEnd: z.number(),
  middleEnd: z.number(),
});

export const courseSchema = z
  .object({
    id: id(),
    clientId: id(),
    startDate: isoDay(),
    length: z.number(),
    sessionMinutes: wholeNumber(SESSION_MINUTES.min, SESSION_MINUTES.max),
    time: timeOfDay(),
    boundaries: boundariesSchema,
    primaryArea: oneOf(PROBLEM_AREAS),
    secondaryArea: z.optional(oneOf(PROBLEM_AREAS)),
    disputeStage: z.optional(oneOf(DISPUTE_STAGES)),
    goals: z.array(text()).check(z.maxLength(3)),
    mechanisms: z.array(oneOf(MECHANISMS)),
    missedSessionRule: oneOf(MISSED_SESSION_RULES),
    unavailableDates: z.array(isoDay()),
    createdAt: isoDateTime(),
    endedAt: z.optional(isoDateTime()),
  })
  .check(
    z.superRefine((course, ctx) => {
      // The domain's own rules: 8 or 12–20 sessions (warnings allowed), phases within limits.
      const length = checkCourseLength(course.length);
      addProblems(ctx, length);
      if (length.some((p) => p.severity === 'error')) return;
      addProblems(ctx, checkBoundaries(course.length, course.boundaries), ['boundaries']);
    }),
  );

export const sessionSchema = z
  .object({
    id: id(),
    courseId: id(),
    number: z.nullable(wholeNumber(1, 20)),
    date: isoDay(),
    time: timeOfDay(),
    status: oneOf(SESSION_STATUSES),
    cancelledBy: z.optional(oneOf(CANCELLERS)),
    cancelReason: z.optional(text()),
    rescheduledFrom: z.optional(isoDay()),
  })
  .check(
    z.refine((s) => s.number !== null || s.status === 'cancelled', {
      message: 'only a cancelled appointment may have no session number',
      path: ['number'],
    }),
  );

/** The foundation tables, which every screen reads (built on import). */
export const CORE_TABLES = registerSchemas({
  clients: () => clientSchema,
  courses: () => courseSchema,
  sessions: () => sessionSchema,
});
