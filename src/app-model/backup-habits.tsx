/** Settings: when the last backup was saved, and how often to be reminded (issue 14 item 6). */
import { useLiveQuery } from 'dexie-react-hooks';

import { DEFAULT_REMINDER_DAYS } from '../domain/backup-reminder';
import { formatTimestamp } from '../domain/dates';
import { getSetting } from '../db/settings';

import { CommandStatus } from './command-status';
import { LAST_BACKUP_KEY, REMINDER_DAYS_KEY, setBackupReminderDays } from './commands/backup';
import { useCommand } from './use-command';

const CHOICES = [7, 14, 30] as const;

async function readHabits() {
  const [last, days] = await Promise.all([
    getSetting<string | null>(LAST_BACKUP_KEY, null),
    getSetting<number>(REMINDER_DAYS_KEY, DEFAULT_REMINDER_DAYS),
  ]);
  return { last, days };
}

export function BackupHabits() {
  const habits = useLiveQuery(readHabits, []);
  const save = useCommand(setBackupReminderDays, { done: 'Reminder interval saved' });
  if (!habits) return null;
  return (
    <div className="backup-habits">
      <p>
        {habits.last
          ? `Last backup saved ${formatTimestamp(habits.last)}.`
          : 'No backup has been saved from this browser yet.'}{' '}
        Earlier backup files keep whatever they held, including clients deleted since.
      </p>
      <label htmlFor="backup-reminder-days">Remind me to save a backup every</label>{' '}
      <select
        id="backup-reminder-days"
        value={habits.days}
        disabled={save.pending}
        onChange={(e) => save.run(Number(e.target.value))}
      >
        {CHOICES.map((d) => (
          <option key={d} value={d}>
            {d} days
          </option>
        ))}
      </select>
      <CommandStatus status={save.status} />
    </div>
  );
}
