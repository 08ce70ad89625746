/** Schema of the session write-up: a draft changes freely; a final record carries when it was locked. */
import * as z from 'zod/mini';

import { TASK_OUTCOMES } from '../agenda/content-events';
import { ATTENDANCES } from '../writeup/types';

import { id, isoDateTime, isoDay, oneOf, text, timeOfDay, wholeNumber } from './primitives';
import { registerSchemas } from './registry';

const writeUpFields = () =>
  z.object({
    attendance: oneOf(ATTENDANCES),
    scores: z.object({
      phq9: z.optional(wholeNumber(0, 27)),
      gad7: z.optional(wholeNumber(0, 21)),
    }),
    previousTask: z.optional(text()),
    taskReview: z.optional(z.object({ outcome: oneOf(TASK_OUTCOMES), note: text() })),
    taskSet: z.optional(text()),
    agendaCovered: z.array(z.object({ segmentId: id(), title: text(), covered: z.boolean() })),
    focusChange: z.optional(z.object({ note: text() })),
    note: text(),
    minutes: z.optional(wholeNumber(1, 180)),
    startTime: z.optional(timeOfDay()),
    endTime: z.optional(timeOfDay()),
    clinicianAssessment: z.optional(text()),
    plan: z.optional(text()),
  });

const amendmentSchema = () =>
  z.object({
    at: isoDateTime(),
    reason: text(),
    changes: z.partial(writeUpFields()),
    summary: text(),
  });

export const writeUpSchema = () =>
  z
    .extend(writeUpFields(), {
      sessionId: id(),
      courseId: id(),
      clientId: id(),
      sessionDate: isoDay(),
      sessionNumber: z.nullable(wholeNumber(1, 20)),
      risk: oneOf(['none', 'open-flag', 'acknowledged']),
      status: oneOf(['draft', 'final']),
      finalisedAt: z.optional(isoDateTime()),
      amendments: z.array(amendmentSchema()),
      updatedAt: isoDateTime(),
      revision: z.optional(wholeNumber(0, Number.MAX_SAFE_INTEGER)),
    })
    .check(
      z.refine((w) => w.status !== 'final' || w.finalisedAt !== undefined, {
        message: 'a final write-up has no finalisation time',
        path: ['finalisedAt'],
      }),
      z.refine((w) => w.status === 'final' || w.amendments.length === 0, {
        message: 'a draft cannot carry amendments (only a final record is amended)',
        path: ['amendments'],
      }),
    );

/** Session write-ups. */
export const WRITEUP_TABLES = registerSchemas({
  writeups: writeUpSchema,
});
