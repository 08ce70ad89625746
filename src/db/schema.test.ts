import { describe, expect, it } from 'vitest';

import { CLIENT_TABLES, COURSE_TABLES, SCHEMA } from './schema';

describe('SCHEMA', () => {
  it('numbers versions upwards and never drops a table', () => {
    // Given the declared versions
    for (let i = 1; i < SCHEMA.length; i += 1) {
      const before = SCHEMA[i - 1]!;
      const after = SCHEMA[i]!;
      // Then each is newer than the last and keeps every earlier store as declared
      expect(after.version).toBeGreaterThan(before.version);
      for (const [table, spec] of Object.entries(before.stores))
        expect(after.stores[table]).toBe(spec);
    }
  });

  it('uses string primary keys, never auto-increment', () => {
    const latest = SCHEMA.at(-1)!;
    for (const spec of Object.values(latest.stores)) expect(spec.startsWith('++')).toBe(false);
  });

  it('deletes every table with a client: each is listed as a course or client table', () => {
    const latest = Object.keys(SCHEMA.at(-1)!.stores).filter(
      (t) => t !== 'clients' && t !== 'settings',
    );
    expect([...COURSE_TABLES, ...CLIENT_TABLES].sort()).toEqual(latest.sort());
  });
});
