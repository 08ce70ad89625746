/** Schemas of the inventory tables: people, the timeline, the formulation and the contract. */
import * as z from 'zod/mini';

import { FREQUENCIES } from '../inventory/contract';
import { CAN_CONFIDE, EXPECTATIONS_MET, LONG_TEXT_MAX, SHORT_TEXT_MAX } from '../inventory/person';
import { EVENT_KINDS, MOOD_DIRECTIONS } from '../inventory/timeline';
import { MISSED_SESSION_RULES, PROBLEM_AREAS } from '../types';

import { id, isoDateTime, isoDay, oneOf, text, wholeNumber } from './primitives';
import { registerSchemas } from './registry';

const bounded = (max: number) =>
  z.string().check(z.refine((v) => v.length <= max, `is longer than ${max} characters`));
const ring = () => z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const personSchema = () =>
  z.object({
    id: id(),
    clientId: id(),
    courseId: id(),
    order: wholeNumber(0, 10_000),
    name: bounded(SHORT_TEXT_MAX),
    relationship: bounded(SHORT_TEXT_MAX),
    died: z.optional(z.boolean()),
    ring: ring(),
    endRing: z.optional(ring()),
    contactFrequency: bounded(LONG_TEXT_MAX),
    good: bounded(LONG_TEXT_MAX),
    notGood: bounded(LONG_TEXT_MAX),
    wouldChange: bounded(LONG_TEXT_MAX),
    expectationsClient: bounded(LONG_TEXT_MAX),
    expectationsOther: bounded(LONG_TEXT_MAX),
    expectationsMet: oneOf(EXPECTATIONS_MET),
    canConfide: oneOf(CAN_CONFIDE),
    conflicts: bounded(LONG_TEXT_MAX),
    changeSinceOnset: bounded(LONG_TEXT_MAX),
    problemArea: z.optional(oneOf(PROBLEM_AREAS)),
    createdAt: isoDateTime(),
  });

export const lifeEventSchema = () =>
  z.object({
    id: id(),
    courseId: id(),
    date: isoDay(),
    kind: oneOf(EVENT_KINDS),
    description: bounded(LONG_TEXT_MAX),
    personId: z.optional(id()),
    mood: z.optional(oneOf(MOOD_DIRECTIONS)),
    markedOnset: z.optional(z.literal(true)),
  });

export const formulationSchema = () =>
  z.object({
    id: id(),
    courseId: id(),
    text: text(),
    draftedFrom: z.optional(text()),
    editedAt: isoDateTime(),
    agreed: z.optional(z.object({ agreed: z.boolean(), date: z.optional(isoDay()) })),
  });

export const contractSchema = () =>
  z.object({
    id: id(),
    courseId: id(),
    sessions: wholeNumber(1, 20),
    endDate: isoDay(),
    frequency: oneOf(FREQUENCIES),
    missedSessionRule: oneOf(MISSED_SESSION_RULES),
    supervisionConsent: z.boolean(),
    recordingConsent: z.boolean(),
    agreed: z.boolean(),
    agreedDate: z.optional(isoDay()),
    notes: z.optional(text()),
  });

/** The interpersonal inventory, formulation and contract. */
export const INVENTORY_TABLES = registerSchemas({
  people: personSchema,
  lifeEvents: lifeEventSchema,
  formulations: formulationSchema,
  contracts: contractSchema,
});
