import { SaveBackupButton } from '../../app-model/save-backup-button';

/** Downloads everything stored in this browser as one JSON file, with its progress bar. */
export function ExportDataButton() {
  return <SaveBackupButton />;
}
