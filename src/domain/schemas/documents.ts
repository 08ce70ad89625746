/** Schemas of the documents tables: relapse plans, adherence self-checks and edited documents. */
import * as z from 'zod/mini';

import { ADHERENCE_ANSWERS } from '../documents/adherence';
import { RELAPSE_SECTIONS } from '../documents/relapse-plan';
import type { RelapseSection } from '../documents/relapse-plan';
import { DOCUMENT_KINDS } from '../documents/stored';
import { PHASES } from '../types';

import { id, isoDateTime, oneOf, text } from './primitives';
import { registerSchemas } from './registry';

const lines = () => z.array(text());

export const relapsePlanSchema = () =>
  z.object({
    courseId: id(),
    updatedAt: isoDateTime(),
    ...(Object.fromEntries(RELAPSE_SECTIONS.map((s) => [s, lines()])) as Record<
      RelapseSection,
      ReturnType<typeof lines>
    >),
  });

export const adherenceCheckSchema = () =>
  z.object({
    courseId: id(),
    answers: z.record(z.string(), z.optional(oneOf(ADHERENCE_ANSWERS))),
    comments: z.partialRecord(oneOf(PHASES), text()),
    updatedAt: isoDateTime(),
  });

export const storedDocumentSchema = () =>
  z.object({
    id: id(),
    courseId: id(),
    kind: oneOf(DOCUMENT_KINDS),
    sessionId: z.optional(id()),
    fields: z.record(z.string(), text()),
    updatedAt: isoDateTime(),
  });

/** Relapse plans, adherence checks and stored documents. */
export const DOCUMENT_TABLES = registerSchemas({
  relapsePlans: relapsePlanSchema,
  adherenceChecks: adherenceCheckSchema,
  documents: storedDocumentSchema,
});
