/** Schemas of the agenda tables: saved agendas and the course's focus changes. */
import * as z from 'zod/mini';

import { TASK_OUTCOMES } from '../agenda/content-events';
import { DISPUTE_STAGES, MECHANISMS, PROBLEM_AREAS } from '../types';

import { id, isoDateTime, oneOf, text, wholeNumber } from './primitives';
import { registerSchemas } from './registry';

/**
 * Copies of the agenda vocabulary (src/domain/agenda is being reworked alongside): the type-level
 * test in types.test.ts fails the build if these and `SavedAgenda` ever disagree.
 */
const AGENDA_EVENTS = ['crisis', 'new-problem', 'early-ending'] as const;
const REVIEW_DECISIONS = [
  'continue',
  'sharpen',
  'second-area',
  'medication-review',
  'referral',
  'change-contract',
] as const;

export const agendaSegmentSchema = () =>
  z.object({
    id: id(),
    title: text(),
    minutes: wholeNumber(0, 180),
    content: z.array(text()),
    techniques: z.array(text()),
    mechanisms: z.array(oneOf(MECHANISMS)),
  });

export const savedAgendaSchema = () =>
  z.object({
    sessionId: id(),
    courseId: id(),
    segments: z.array(agendaSegmentSchema()),
    generatedBase: z.array(agendaSegmentSchema()),
    notes: text(),
    taskReview: z.optional(
      z.object({
        outcome: oneOf(TASK_OUTCOMES),
        note: text(),
        task: z.optional(text()),
        fromSession: z.optional(wholeNumber(1, 20)),
      }),
    ),
    taskSet: z.optional(text()),
    strategiesUsed: z.array(id()),
    events: z.optional(z.array(oneOf(AGENDA_EVENTS))),
    reviewDecision: z.optional(z.object({ decision: oneOf(REVIEW_DECISIONS), note: text() })),
    updatedAt: isoDateTime(),
  });

/** A focus change as stored: the domain's FocusChange with the course it belongs to. */
export const storedFocusChangeSchema = () =>
  z.object({
    id: id(),
    courseId: id(),
    fromSession: wholeNumber(1, 20),
    area: oneOf(PROBLEM_AREAS),
    secondaryArea: z.optional(oneOf(PROBLEM_AREAS)),
    stage: z.optional(oneOf(DISPUTE_STAGES)),
    reason: text(),
    decidedAt: isoDateTime(),
  });

export type StoredFocusChange = z.infer<ReturnType<typeof storedFocusChangeSchema>>;

/** Saved agendas and focus changes. */
export const AGENDA_TABLES = registerSchemas({
  agendas: savedAgendaSchema,
  focusChanges: storedFocusChangeSchema,
});
