import { useState } from 'react';
import type { ChangeEvent } from 'react';

import { restoreFromBackup } from '../../app-model/commands/backup';
import { previewBackup, readBackupFileOffThread } from '../../db/restore';
import type { RestoreMode, RestorePreview } from '../../db/restore';
import type { Problem } from '../../domain/problems';
import { Notice } from '../../ui/notice';
import { Page } from '../../ui/page';
import { ProgressLine } from '../../ui/progress-line';

import { ExportSection } from './export-section';
import { PreviewNotes, PreviewTable } from './preview-table';
import { RestoreChoice } from './restore-choice';

type Stage =
  | { kind: 'idle' }
  | { kind: 'working'; file: string; label: string; done: number; total: number }
  | { kind: 'refused'; file: string; problems: Problem[] }
  | { kind: 'ready'; file: string; preview: RestorePreview; writing?: RestoreMode }
  | { kind: 'done'; file: string; mode: RestoreMode; written: number; kept: number };

/**
 * Saves and restores backups. A chosen file is checked whole, then previewed against what is
 * stored (nothing written), then restored by the therapist's choice: add what is new, or replace
 * everything (after typing the confirmation word).
 */
export function BackupPage() {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const working = (file: string, label: string) => (done: number, total: number) =>
    setStage({ kind: 'working', file, label, done, total });

  // Nothing here throws: every outcome comes back as a Result shown on the page.
  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const name = file.name;
    setStage({ kind: 'working', file: name, label: 'Checking the file', done: 0, total: 0 });
    const read = await readBackupFileOffThread(file, working(name, 'Checking the file'));
    if (!read.ok) return setStage({ kind: 'refused', file: name, problems: read.problems });
    const preview = await previewBackup(read.value, working(name, 'Comparing with what is here'));
    if (!preview.ok) return setStage({ kind: 'refused', file: name, problems: preview.problems });
    if (preview.value.problems.length > 0) {
      return setStage({ kind: 'refused', file: name, problems: preview.value.problems });
    }
    setStage({ kind: 'ready', file: name, preview: preview.value });
  }

  async function onChoose(ready: Extract<Stage, { kind: 'ready' }>, mode: RestoreMode) {
    const { file, preview } = ready;
    setStage({ ...ready, writing: mode });
    const backup = { schemaVersion: 0, exportedAt: '', tables: preview.tables };
    const result = await restoreFromBackup(backup, mode, (done, total) =>
      setStage({ kind: 'working', file, label: 'Restoring', done, total }),
    );
    setStage(
      result.ok
        ? {
            kind: 'done',
            file,
            mode,
            written: result.value.written,
            kept: result.value.kept.length,
          }
        : { kind: 'refused', file, problems: result.problems },
    );
  }

  return (
    <Page title="Backup and restore">
      <ExportSection />
      <section aria-labelledby="restore-heading">
        <h2 id="restore-heading">Restore a backup</h2>
        <p>
          Choose a backup file saved from this app. The whole file is checked first; if anything in
          it is wrong, nothing is changed. You then see what it holds against what is stored here
          before anything is written.
        </p>
        <div className="field">
          <label htmlFor="backup-file">Backup file</label>
          <input
            id="backup-file"
            type="file"
            accept="application/json,.json"
            disabled={stage.kind === 'working' || (stage.kind === 'ready' && !!stage.writing)}
            onChange={(e) => onFile(e)}
          />
        </div>
        <StageView stage={stage} onChoose={onChoose} />
      </section>
    </Page>
  );
}

function StageView({
  stage,
  onChoose,
}: {
  stage: Stage;
  onChoose: (ready: Extract<Stage, { kind: 'ready' }>, mode: RestoreMode) => Promise<void>;
}) {
  if (stage.kind === 'working') return <ProgressLine {...stage} />;
  if (stage.kind === 'refused') {
    return (
      <Notice tone="danger" live title={`${stage.file} was refused. Nothing has been changed.`}>
        <ul>
          {stage.problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      </Notice>
    );
  }
  if (stage.kind === 'ready') {
    return (
      <Notice tone="info" live title={`${stage.file} is a valid backup`}>
        <PreviewTable preview={stage.preview} />
        <PreviewNotes preview={stage.preview} />
        <RestoreChoice busy={!!stage.writing} onChoose={(mode) => onChoose(stage, mode)} />
      </Notice>
    );
  }
  if (stage.kind === 'done') {
    return (
      <Notice tone="success" live>
        {stage.mode === 'merge'
          ? `Added ${stage.written} records from ${stage.file}; ${stage.kept} kept as they are here.`
          : `Replaced everything with the ${stage.written} records of ${stage.file}.`}
      </Notice>
    );
  }
  return null;
}
