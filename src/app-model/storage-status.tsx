import { useEffect, useState } from 'react';

import { askPersistentStorage, formatBytes, readStorageState } from './storage';
import type { StorageState } from './storage';

/** Settings: whether the browser keeps this site's data, the space used, and what to do if not. */
export function StorageStatus() {
  const [state, setState] = useState<StorageState>();
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    let live = true;
    readStorageState().then(
      (s) => live && setState(s),
      () => live && setState({}),
    );
    return () => {
      live = false;
    };
  }, []);
  async function ask() {
    setAsking(true);
    await askPersistentStorage();
    setState(await readStorageState().catch(() => ({})));
    setAsking(false);
  }
  if (!state) return <p role="status">Checking storage…</p>;
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage on this device</h2>
      {state.persisted === true ? (
        <p>
          This browser has agreed to keep IPT Planner’s records: it will not clear them to free
          space.
        </p>
      ) : (
        <>
          <p>
            {state.persisted === false
              ? 'This browser has not agreed to keep the records permanently: under storage pressure it may clear them.'
              : 'This browser does not say whether it keeps the records permanently.'}{' '}
            Save a backup regularly. Installing the app (Add to home screen / Install) or
            bookmarking it usually lets the browser agree.
          </p>
          <button type="button" className="secondary" disabled={asking} onClick={() => ask()}>
            Ask the browser to keep the records
          </button>
        </>
      )}
      {state.usageBytes !== undefined ? (
        <p>
          Space used: {formatBytes(state.usageBytes)}
          {state.quotaBytes !== undefined
            ? ` of about ${formatBytes(state.quotaBytes)} available`
            : ''}
          .
        </p>
      ) : null}
    </section>
  );
}
