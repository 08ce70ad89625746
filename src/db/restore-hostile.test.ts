import { beforeEach, describe, expect, it, vi } from 'vitest';

import { MAX_BACKUP_BYTES } from '../domain/backup-file';

import { db } from './database';
import { readBackupFile, restoreBackup } from './restore';
import { good, HOSTILE } from './restore-fixtures';
import { dump, fileOf, json, raise, storeHere, tryRestore } from './restore-harness';

beforeEach(storeHere);

const CASES = HOSTILE.map(([label, bytes, reason]) => [label, fileOf(bytes), reason] as const);

describe('restore refuses broken and hostile files, changing nothing', () => {
  it(`has at least 30 of them (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)(
    'refuses %s with its reason, the database unchanged',
    async (_label, file, reason) => {
      // Given the stored records
      const before = await dump();
      // When the file is chosen and, if it passed, restored
      const outcome = await tryRestore(file);
      // Then it is refused with a sentence naming why, and every table is exactly as it was
      expect(outcome.ok).toBe(false);
      expect(outcome.messages.join('\n')).toMatch(reason);
      expect(await dump()).toEqual(before);
    },
  );

  it('refuses a file far too large by its size, without reading it', async () => {
    const arrayBuffer = vi.fn();
    const huge = { size: MAX_BACKUP_BYTES + 1, arrayBuffer } as unknown as Blob;
    const result = await readBackupFile(huge);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]?.message).toMatch(
        /^This file is 201 MB; a backup from this app is at most 200 MB/,
      );
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('rolls back everything when the storage fails half-way, and says so', async () => {
    const before = await dump();
    const read = await readBackupFile(json(good()));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    vi.spyOn(db.sessions, 'bulkPut').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    const written = await restoreBackup(read.value, raise);
    expect(written.ok).toBe(false);
    if (!written.ok)
      expect(written.problems[0]?.message).toMatch(/no room left.*Nothing was changed/);
    expect(await dump()).toEqual(before);
    vi.restoreAllMocks();
  });
});
