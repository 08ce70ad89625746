/**
 * Storage the browser keeps (issue 14 item 4). Records live only in this browser, so the app asks
 * for persistent storage (the browser then does not evict them under storage pressure) once the
 * therapist has something to keep: after the first client is added. What the browser answered
 * and how much space is used are shown in Settings.
 */
export interface StorageState {
  /** undefined when the browser cannot say (no Storage API). */
  persisted?: boolean;
  usageBytes?: number;
  quotaBytes?: number;
}

const storage = (): StorageManager | undefined =>
  typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;

/** Asks the browser to keep this site's data; resolves to its answer (false when it can't ask). */
export async function askPersistentStorage(): Promise<boolean> {
  const s = storage();
  if (!s?.persist) return false;
  try {
    if (await s.persisted?.()) return true;
    return await s.persist();
  } catch {
    return false;
  }
}

/** Whether storage is persistent and how much is used, as far as the browser tells. */
export async function readStorageState(): Promise<StorageState> {
  const s = storage();
  if (!s) return {};
  const [persisted, estimate] = await Promise.all([
    s.persisted ? s.persisted().catch(() => undefined) : undefined,
    s.estimate ? s.estimate().catch(() => undefined) : undefined,
  ]);
  return {
    ...(persisted === undefined ? {} : { persisted }),
    ...(estimate?.usage === undefined ? {} : { usageBytes: estimate.usage }),
    ...(estimate?.quota === undefined ? {} : { quotaBytes: estimate.quota }),
  };
}

/** "3.2 MB" from a byte count. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}
