/**
 * When to remind the therapist to save a backup (issue 14 item 6): the records live only in this
 * browser, so a backup older than the chosen interval (a week by default) is worth a reminder.
 * Never blocking; a dismissal quiets it for one interval.
 */
import { daysBetween, dayOfTimestamp } from './dates';
import type { IsoDateTime, IsoDay } from './types';

export const DEFAULT_REMINDER_DAYS = 7;

export interface ReminderInput {
  today: IsoDay;
  /** When the oldest record was made (the first client added); undefined when there is none. */
  firstRecordAt?: IsoDateTime;
  lastBackupAt?: IsoDateTime;
  /** Days between reminders; 0 turns them off. */
  everyDays: number;
  dismissedAt?: IsoDateTime;
}

export type BackupReminder = { due: false } | { due: true; daysSince?: number; text: string };

/** Whether a backup reminder is due today, and its words. */
export function backupReminder(input: ReminderInput): BackupReminder {
  if (!input.firstRecordAt || input.everyDays <= 0) return { due: false };
  if (
    input.dismissedAt &&
    daysBetween(dayOfTimestamp(input.dismissedAt), input.today) < input.everyDays
  ) {
    return { due: false };
  }
  const since = input.lastBackupAt ?? input.firstRecordAt;
  const daysSince = daysBetween(dayOfTimestamp(since), input.today);
  if (!input.lastBackupAt) {
    if (daysSince < input.everyDays) return { due: false };
    return {
      due: true,
      daysSince,
      text: `No backup has been saved since the first record, ${daysSince} days ago.`,
    };
  }
  if (daysSince < input.everyDays) return { due: false };
  return {
    due: true,
    daysSince,
    text: `The last backup was saved ${daysSince} days ago.`,
  };
}
