/**
 * Schemas of the settings the app keeps with the data (so backups carry them): one row per key in
 * `settings`, and one row per course in `courseSettings` (deleted with the client).
 */
import * as z from 'zod/mini';

import { MEASURE_KINDS } from '../measures/measure';
import { checkRetentionYears } from '../writeup/retention';
import { NOTE_FORMATS } from '../writeup/types';

import { id, isoDateTime, oneOf, text, wholeNumber } from './primitives';
import { addProblems } from './problems';
import { registerSchemas } from './registry';

export const crisisContactSchema = z.object({
  name: text(),
  phone: text(),
  note: z.optional(text()),
});

export const privacySchema = z.object({
  showClientName: z.boolean(),
  showPeopleNames: z.boolean(),
});

/** The value each setting key holds. */
export const SETTING_VALUES = {
  privacy: privacySchema,
  weekStartsOn: z.union([z.literal(0), z.literal(1)]),
  crisisContacts: z.array(crisisContactSchema),
  retentionYears: z
    .number()
    .check(z.superRefine((v, ctx) => addProblems(ctx, checkRetentionYears(v), [], false))),
  noteFormat: oneOf(NOTE_FORMATS as readonly ['DAP', 'SOAP']),
  lastBackupAt: isoDateTime(),
  backupReminderDays: wholeNumber(1, 365),
  backupReminderDismissedAt: isoDateTime(),
  clinicianName: text(),
  clinicianCredentials: text(),
} as const;

export type SettingKey = keyof typeof SETTING_VALUES;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTING_VALUES)[K]>;
export const SETTING_KEYS = Object.keys(SETTING_VALUES) as SettingKey[];

function rowOf<K extends SettingKey>(key: K) {
  return z.object({ key: z.literal(key), value: SETTING_VALUES[key] });
}

/** One row of `settings`: a known key and a value of that key's shape. */
export const settingRowSchema = z.discriminatedUnion('key', [
  rowOf('privacy'),
  rowOf('weekStartsOn'),
  rowOf('crisisContacts'),
  rowOf('retentionYears'),
  rowOf('noteFormat'),
  rowOf('lastBackupAt'),
  rowOf('backupReminderDays'),
  rowOf('backupReminderDismissedAt'),
  rowOf('clinicianName'),
  rowOf('clinicianCredentials'),
]);

export type SettingRow = { [K in SettingKey]: { key: K; value: SettingValue<K> } }[SettingKey];

/** A course's own settings: the chosen baseline per measure, and whether mechanisms are rated. */
export const courseSettingsSchema = z.object({
  courseId: id(),
  baselines: z.partialRecord(oneOf(MEASURE_KINDS), id()),
  mechanismRatings: z.boolean(),
});

export type CourseSettings = z.infer<typeof courseSettingsSchema>;

/** App-wide and per-course settings (built on import). */
export const SETTINGS_TABLES = registerSchemas({
  settings: () => settingRowSchema,
  courseSettings: () => courseSettingsSchema,
});
