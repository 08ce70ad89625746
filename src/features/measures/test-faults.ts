/**
 * Storage faults for the command tests. A write is made to fail on the Table prototype of the
 * app's database, so it fails however the repository reaches the table (`db.riskFlags` or
 * `db.table('riskFlags')`, which are distinct instances once tables are declared on the type).
 */
import { vi } from 'vitest';

import { db } from '../../db/database';

import { writeGate } from '../../../tests/fixtures/db/write-gate';

type Method = 'put' | 'add' | 'bulkAdd' | 'bulkPut' | 'get';
type Fn = (this: { name: string }, ...args: unknown[]) => unknown;

export const quotaError = () => new DOMException('full', 'QuotaExceededError');

/**
 * Makes the next `method` call on `table` (or any of several) fail with `fault` (or answer `fault` when it is a
 * function returning a value); every later call runs as usual. `calls()` counts the calls on
 * that table, so a test can check that a double click wrote once.
 */
export function faultOnce(
  table: string | readonly string[],
  method: Method,
  fault: () => unknown = quotaError,
  mode: 'reject' | 'resolve' = 'reject',
) {
  const proto = db.Table.prototype as unknown as Record<Method, Fn>;
  const original = proto[method];
  const tables: readonly string[] = typeof table === 'string' ? [table] : table;
  let pending = true;
  let count = 0;
  const gate = writeGate();
  vi.spyOn(proto, method).mockImplementation(function (this: { name: string }, ...args) {
    if (!tables.includes(this.name)) return original.apply(this, args);
    count += 1;
    if (!pending) return gate.pass(() => original.apply(this, args));
    pending = false;
    return mode === 'reject' ? Promise.reject(fault()) : Promise.resolve(fault());
  });
  return { calls: () => count, hold: gate.hold, release: gate.release };
}

/** Counts the calls of `method` on `table` without changing them. */
export function countCalls(table: string, method: Method) {
  const proto = db.Table.prototype as unknown as Record<Method, Fn>;
  const original = proto[method];
  let count = 0;
  const gate = writeGate();
  vi.spyOn(proto, method).mockImplementation(function (this: { name: string }, ...args) {
    if (this.name !== table) return original.apply(this, args);
    count += 1;
    return gate.pass(() => original.apply(this, args));
  });
  return { calls: () => count, hold: gate.hold, release: gate.release };
}
