import { describe, expect, it } from 'vitest';

import { backupParts } from './backup-text';

describe('backupParts', () => {
  const backup = {
    app: 'ipt-planner' as const,
    schemaVersion: 7,
    exportedAt: '2026-05-06T10:00:00.000Z',
    tables: {
      clients: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      courses: [],
      notes: [{ id: 'n', text: 'He said "hi", then <script>x</script>' }],
    },
  };

  it('joined, is exactly the compact JSON of the backup, in parts of at most N records', () => {
    const parts = [...backupParts(backup, 2)];
    expect(parts.map((p) => p.text).join('')).toBe(JSON.stringify(backup));
    expect(parts.map((p) => p.rows).filter((n) => n > 0)).toEqual([2, 1, 1]);
  });

  it('writes an empty backup as valid JSON', () => {
    const empty = { ...backup, tables: {} };
    expect([...backupParts(empty)].map((p) => p.text).join('')).toBe(JSON.stringify(empty));
  });
});
