/**
 * Time blocks: weights (minutes of a 50-minute session) scaled to any session length with
 * largest-remainder rounding, so the minutes always add up exactly.
 */

/** Splits `total` whole minutes in proportion to `weights`; the parts sum to `total` exactly. */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, w) => a + Math.max(0, w), 0);
  if (weights.length === 0) return [];
  if (sum === 0)
    return apportion(
      weights.map(() => 1),
      total,
    );
  const quotas = weights.map((w) => (Math.max(0, w) * total) / sum);
  const parts = quotas.map(Math.floor);
  let left = total - parts.reduce((a, p) => a + p, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
