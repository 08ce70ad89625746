/**
 * The settings keys of the backup habit (last backup, reminder interval, "Not now"), on their own
 * so the reminder bar can read them without loading the backup and restore code (issue 15).
 */
export const LAST_BACKUP_KEY = 'lastBackupAt';
export const REMINDER_DAYS_KEY = 'backupReminderDays';
export const REMINDER_DISMISSED_KEY = 'backupReminderDismissedAt';
