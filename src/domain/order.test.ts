import { describe, expect, it } from 'vitest';

import { addDays } from './dates';
import { byCode, byText } from './order';

/** A small deterministic generator, so the cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

const collator = new Intl.Collator('en');

describe('byText', () => {
  it('orders ISO days, times and timestamps as the locale does', () => {
    const days = Array.from({ length: 800 }, (_, i) => addDays('2024-12-20', i * 3 - 400));
    const times = Array.from(
      { length: 24 * 12 },
      (_, i) =>
        `${String(Math.floor(i / 12)).padStart(2, '0')}:${String((i % 12) * 5).padStart(2, '0')}`,
    );
    const stamps = days.map((d, i) => `${d}T${times[i % times.length]}:00.000Z`);
    for (const list of [days, times, stamps]) {
      const shuffled = [...list].reverse();
      expect([...shuffled].sort(byText)).toEqual([...shuffled].sort(collator.compare));
    }
  });
});

describe('byCode', () => {
  it('orders client codes alphabetically ignoring case, as the locale does', () => {
    const next = random(7);
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-';
    const codes = new Map<string, string>();
    while (codes.size < 2000) {
      const length = 2 + Math.floor(next() * 8);
      let code = chars[Math.floor(next() * 62)]!;
      for (let i = 1; i < length; i += 1) code += chars[Math.floor(next() * chars.length)]!;
      codes.set(code.toLowerCase(), code); // codes are unique whatever their case
    }
    const list = [...codes.values()];
    expect([...list].sort(byCode)).toEqual([...list].sort(collator.compare));
  });

  it('puts a hyphen before digits and digits before letters', () => {
    expect(['SC-A', 'SC1', 'SCA', 'sc-1'].sort(byCode)).toEqual(['sc-1', 'SC-A', 'SC1', 'SCA']);
  });
});
