import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';

import { CommandStatus } from '../../app-model/command-status';
import { saveRetentionYears } from '../../app-model/commands/writeup';
import { useCommand } from '../../app-model/use-command';
import { checkRetentionYears, DEFAULT_RETENTION_YEARS } from '../../domain/writeup';
import { getSetting } from '../../db/settings';
import { Field } from '../../ui/field';

/** The retention period: how long after a course's last session it is listed for review. */
export function RetentionForm() {
  const years = useLiveQuery(() => getSetting<number>('retentionYears', DEFAULT_RETENTION_YEARS));
  if (years === undefined) return <p role="status">Loading the retention period…</p>;
  return <RetentionField years={years} />;
}

function RetentionField({ years }: { years: number }) {
  const [text, setText] = useState(String(years));
  const [error, setError] = useState<string>();
  const save = useCommand(saveRetentionYears, {
    done: (saved) => `Retention set to ${saved} years.`,
  });
  async function onSave() {
    const value = text.trim() === '' ? Number.NaN : Number(text);
    const found = checkRetentionYears(value);
    setError(found[0]?.message);
    if (found.length > 0) return;
    await save.run(value);
  }
  return (
    <div className="toolbar">
      <Field
        label="Retention period (years)"
        hint="Courses whose last session is longer ago are listed under Write-ups to finish, for you to review. Nothing is deleted automatically."
        error={error}
      >
        {(ids) => (
          <input
            {...ids}
            type="number"
            min={1}
            max={100}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <button type="button" onClick={onSave} disabled={save.pending}>
        Save retention period
      </button>
      <CommandStatus status={save.status} />
    </div>
  );
}
