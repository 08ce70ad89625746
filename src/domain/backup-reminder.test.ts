import { describe, expect, it } from 'vitest';

import { backupReminder } from './backup-reminder';

const base = { today: '2026-03-16', firstRecordAt: '2026-01-05T10:00:00', everyDays: 7 };

describe('backupReminder', () => {
  it('says nothing while there is nothing to keep, or when reminders are off', () => {
    expect(backupReminder({ today: '2026-03-16', everyDays: 7 })).toEqual({ due: false });
    expect(backupReminder({ ...base, everyDays: 0 })).toEqual({ due: false });
  });

  it('reminds when no backup was saved a week after the first record, not sooner', () => {
    // First client added 5 January, never backed up: 70 days by 16 March
    expect(backupReminder(base)).toEqual({
      due: true,
      daysSince: 70,
      text: 'No backup has been saved since the first record, 70 days ago.',
    });
    // First client added 12 March: 4 days → not yet
    expect(backupReminder({ ...base, firstRecordAt: '2026-03-12T10:00:00' }).due).toBe(false);
  });

  it('reminds from the seventh day after the last backup, not before', () => {
    // Saved 10 March: 6 days before 16 March → not due; saved 9 March: 7 days → due
    expect(backupReminder({ ...base, lastBackupAt: '2026-03-10T12:00:00' }).due).toBe(false);
    expect(backupReminder({ ...base, lastBackupAt: '2026-03-09T12:00:00' })).toEqual({
      due: true,
      daysSince: 7,
      text: 'The last backup was saved 7 days ago.',
    });
  });

  it('stays quiet for one interval after it was dismissed', () => {
    const old = { ...base, lastBackupAt: '2026-02-01T12:00:00' };
    expect(backupReminder({ ...old, dismissedAt: '2026-03-12T12:00:00' }).due).toBe(false);
    expect(backupReminder({ ...old, dismissedAt: '2026-03-09T12:00:00' }).due).toBe(true);
  });
});
