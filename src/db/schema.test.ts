import { describe, expect, it } from 'vitest';

import { TABLE_NAMES } from '../domain/schemas';

import { db } from './database';
import { CLIENT_TABLES, COURSE_TABLES, SCHEMA } from './schema';

describe('SCHEMA', () => {
  it('numbers versions upwards and never drops a table, a primary key or an index', () => {
    const parts = (spec: string) => spec.split(',').map((p) => p.trim());
    // Given the declared versions
    for (let i = 1; i < SCHEMA.length; i += 1) {
      const before = SCHEMA[i - 1]!;
      const after = SCHEMA[i]!;
      // Then each is newer than the last and keeps every earlier store, its key and its indexes
      expect(after.version).toBeGreaterThan(before.version);
      for (const [table, spec] of Object.entries(before.stores)) {
        const [key, ...indexes] = parts(spec);
        const [keyAfter, ...indexesAfter] = parts(after.stores[table] ?? '');
        expect(keyAfter, table).toBe(key);
        expect(indexesAfter, table).toEqual(expect.arrayContaining(indexes));
      }
    }
  });

  it('v8 adds the compound indexes the pending write-ups and the week read', () => {
    const v8 = SCHEMA.find((s) => s.version === 8)!.stores;
    expect(v8.sessions).toContain('[courseId+date]');
    expect(v8.sessions).toContain('[status+date]');
    expect(v8.measures).toContain('[courseId+date]');
    expect(v8.writeups).toContain('[status+sessionDate]');
  });

  it('uses string primary keys, never auto-increment', () => {
    const latest = SCHEMA.at(-1)!;
    for (const spec of Object.values(latest.stores)) expect(spec.startsWith('++')).toBe(false);
  });

  it('has one schema for every stored table, and every table declared on the database', () => {
    const stores = Object.keys(SCHEMA.at(-1)!.stores).sort();
    expect([...TABLE_NAMES].sort()).toEqual(stores);
    expect(db.tables.map((t) => t.name).sort()).toEqual(stores);
  });

  it('deletes every table with a client except the app-wide settings', () => {
    // Per-course settings (the chosen baseline, mechanism ratings) live in courseSettings, a
    // course table: only `settings` (privacy, week start, crisis lines) outlives a client.
    const latest = Object.keys(SCHEMA.at(-1)!.stores).filter(
      (t) => t !== 'clients' && t !== 'settings',
    );
    expect([...COURSE_TABLES, ...CLIENT_TABLES].sort()).toEqual(latest.sort());
    expect(COURSE_TABLES).toContain('courseSettings');
  });
});
