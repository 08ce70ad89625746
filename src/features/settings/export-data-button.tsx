import { useState } from 'react';

import { exportAll } from '../../db/backup';
import { nowIso } from '../../state/edge';

/** Downloads everything stored in this browser as one JSON file (a backup the therapist keeps). */
export function ExportDataButton() {
  const [status, setStatus] = useState('');
  async function onClick() {
    try {
      const data = await exportAll(nowIso());
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `ipt-planner-backup-${data.exportedAt.slice(0, 10)}.json`;
      a.click();
      URL.revokeObjectURL(url);
      setStatus('Backup file saved.');
    } catch (e) {
      setStatus(`The backup could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return (
    <>
      <button type="button" onClick={() => void onClick()}>
        Save a backup of all data
      </button>
      <span role="status">{status}</span>
    </>
  );
}
