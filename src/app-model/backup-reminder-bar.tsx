/**
 * The backup reminder: a quiet bar along the bottom of the window (at the end of the page on a
 * phone) when the last backup is older than the interval set in Settings (a week by default).
 * Never blocking; "Not now" quiets it for an interval.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';

import { backupReminder, DEFAULT_REMINDER_DAYS } from '../domain/backup-reminder';
import { db } from '../db/database';
import { getSetting } from '../db/settings';
import { todayIso } from '../state/edge';

import { CommandStatus } from './command-status';
import { LAST_BACKUP_KEY, REMINDER_DAYS_KEY, REMINDER_DISMISSED_KEY } from './commands/backup-keys';
import { useCommand } from './use-command';
import './backup-reminder-bar.css';

/** The backup code (export, restore, their checks) is loaded only when a button is pressed. */
const commands = () => import('./commands/backup');
const saveNow = async () => (await commands()).saveBackupFile();
const notNow = async () => (await commands()).dismissBackupReminder();

/** When the first client was added: read only while no backup was ever saved. */
async function firstRecordAt(): Promise<string | undefined> {
  const clients = await db.clients.toArray();
  return clients.map((c) => c.createdAt).sort()[0];
}

async function readReminder() {
  const [lastBackupAt, everyDays, dismissedAt] = await Promise.all([
    getSetting<string | null>(LAST_BACKUP_KEY, null),
    getSetting<number>(REMINDER_DAYS_KEY, DEFAULT_REMINDER_DAYS),
    getSetting<string | null>(REMINDER_DISMISSED_KEY, null),
  ]);
  const first = lastBackupAt ? undefined : await firstRecordAt();
  return backupReminder({
    today: todayIso(),
    ...(lastBackupAt ? { firstRecordAt: lastBackupAt } : first ? { firstRecordAt: first } : {}),
    everyDays,
    ...(lastBackupAt ? { lastBackupAt } : {}),
    ...(dismissedAt ? { dismissedAt } : {}),
  });
}

export function BackupReminderBar() {
  const reminder = useLiveQuery(readReminder, []);
  const save = useCommand(saveNow, { done: (name) => `Backup saved (${name}).` });
  const dismiss = useCommand(notNow, { done: 'Reminder hidden for now.' });
  if (!reminder?.due) {
    return save.status.kind === 'done' ? (
      <div className="backup-reminder no-print">
        <CommandStatus status={save.status} />
      </div>
    ) : null;
  }
  return (
    <section className="backup-reminder no-print" aria-label="Backup reminder">
      <p>
        {reminder.text} The records live only in this browser: keep a backup file somewhere safe.{' '}
        <Link to="/settings">Reminder settings</Link>
      </p>
      <div className="backup-reminder__actions">
        <button type="button" disabled={save.pending} onClick={() => save.run()}>
          Save a backup now
        </button>
        <button
          type="button"
          className="secondary"
          disabled={dismiss.pending}
          onClick={() => dismiss.run()}
        >
          Not now
        </button>
      </div>
      <CommandStatus status={save.status.kind === 'idle' ? dismiss.status : save.status} />
    </section>
  );
}
