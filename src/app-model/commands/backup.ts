/** Backup commands: save the whole caseload as a file, and remember when (for the reminder). */
import { exportAll } from '../../db/backup';
import { getSetting, setSetting } from '../../db/settings';
import { nowIso } from '../../state/edge';
import { downloadText } from '../download';

export const LAST_BACKUP_KEY = 'lastBackupAt';
export const REMINDER_DAYS_KEY = 'backupReminderDays';
export const REMINDER_DISMISSED_KEY = 'backupReminderDismissedAt';

/** Downloads every record as one JSON file and records the time; returns the file name. */
export async function saveBackupFile(): Promise<string> {
  const now = nowIso();
  const data = await exportAll(now);
  const name = `ipt-planner-backup-${now.slice(0, 10)}.json`;
  downloadText(JSON.stringify(data), name, 'application/json');
  await setSetting(LAST_BACKUP_KEY, now);
  return name;
}

export function dismissBackupReminder(): Promise<void> {
  return setSetting(REMINDER_DISMISSED_KEY, nowIso());
}

export function setBackupReminderDays(days: number): Promise<void> {
  return setSetting(REMINDER_DAYS_KEY, days);
}

export function getBackupReminderDays(fallback: number): Promise<number> {
  return getSetting<number>(REMINDER_DAYS_KEY, fallback);
}
