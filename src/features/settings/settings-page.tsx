import { ClinicianForm } from './clinician-form';
import { CrisisContactsForm } from './crisis-contacts-form';
import { ExportDataButton } from './export-data-button';
import { RetentionForm } from './retention-form';
import { BackupHabits } from '../../app-model/backup-habits';
import { CommandStatus } from '../../app-model/command-status';
import { StorageStatus } from '../../app-model/storage-status';
import { useCommand } from '../../app-model/use-command';
import { setPrivacy, setWeekStartsOn, usePreferences } from '../../state/preferences';
import { Page } from '../../ui/page';

/** Preferences, printing privacy, and what the app is (and is not). */
export function SettingsPage() {
  const { privacy, weekStartsOn } = usePreferences();
  const savePrivacy = useCommand(setPrivacy, { done: 'Printing choice saved' });
  const saveWeekStart = useCommand(setWeekStartsOn, { done: 'First day of the week saved' });
  return (
    <Page title="Settings">
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">What this app is</h2>
        <p>
          IPT Planner is a planning and session-record tool. Everything you enter is stored only in
          this browser on this device; nothing is sent anywhere. Clearing the browser&apos;s site
          data deletes it, so save backups.
        </p>
        <ExportDataButton />
        <BackupHabits />
      </section>
      <StorageStatus />
      <section className="card" aria-labelledby="records-title">
        <h2 id="records-title">Record keeping</h2>
        <p>
          Scores, risk flags and their acknowledgements are kept here to plan and review the course.
          They do not replace your service&apos;s clinical record: copy what your policy requires
          into it. Item 9 of the PHQ-9 is a screen, not a risk assessment; the app suggests, you
          decide.
        </p>
        <RetentionForm />
      </section>
      <ClinicianForm />
      <CrisisContactsForm />
      <fieldset className="card">
        <legend>Printing and exports</legend>
        <p className="hint">
          By default paper shows the client code, and other people by their role
          (&ldquo;partner&rdquo;).
        </p>
        <label className="choice">
          <input
            type="checkbox"
            checked={privacy.showClientName}
            onChange={(e) => savePrivacy.run({ ...privacy, showClientName: e.target.checked })}
          />{' '}
          Print the client&apos;s name instead of the code
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={privacy.showPeopleNames}
            onChange={(e) => savePrivacy.run({ ...privacy, showPeopleNames: e.target.checked })}
          />{' '}
          Print other people&apos;s names instead of their roles
        </label>
        <CommandStatus status={savePrivacy.status} />
      </fieldset>
      <fieldset className="card">
        <legend>The week starts on</legend>
        <label className="choice">
          <input
            type="radio"
            name="week-start"
            checked={weekStartsOn === 1}
            onChange={() => saveWeekStart.run(1)}
          />{' '}
          Monday
        </label>
        <label className="choice">
          <input
            type="radio"
            name="week-start"
            checked={weekStartsOn === 0}
            onChange={() => saveWeekStart.run(0)}
          />{' '}
          Sunday
        </label>
        <CommandStatus status={saveWeekStart.status} />
      </fieldset>
    </Page>
  );
}
