/**
 * The worker that parses and checks a backup file off the page's thread (see restore-read.ts):
 * it receives the file, posts progress while checking, then either the refusal or the checked
 * records in slices (so no single message takes long to receive) and a last `done`.
 */
import { readBackupFile } from './restore-read';
import type { WorkerMessage } from './restore-read';

const SLICE = 250;

const post = (message: WorkerMessage) => postMessage(message);

addEventListener('message', (event: MessageEvent<Blob>) => {
  check(event.data).catch(() =>
    post({
      kind: 'refused',
      problems: [
        {
          code: 'backup-unreadable',
          severity: 'error',
          message: 'The file could not be checked. Nothing has been changed.',
        },
      ],
    }),
  );
});

async function check(file: Blob): Promise<void> {
  const result = await readBackupFile(file, (done, total) =>
    post({ kind: 'progress', done, total }),
  );
  if (!result.ok) {
    post({ kind: 'refused', problems: result.problems });
    return;
  }
  for (const [table, rows] of Object.entries(result.value.tables)) {
    for (let i = 0; i < rows.length; i += SLICE) {
      post({ kind: 'rows', table, rows: rows.slice(i, i + SLICE) });
    }
    if (rows.length === 0) post({ kind: 'rows', table, rows: [] });
  }
  post({
    kind: 'done',
    schemaVersion: result.value.schemaVersion,
    exportedAt: result.value.exportedAt,
  });
}
