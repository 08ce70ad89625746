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

/**
 * Minutes of the fixed parts of a session by session length (ipt-reference.md section 3: our
 * defaults, the manuals give content, not timings). A 45-minute session trims the overhead; a
 * 60-minute session keeps it and gives the extra minutes to the work. Other lengths scale the
 * 50-minute figure.
 */
export const OVERHEAD_MINUTES: Readonly<Record<string, Readonly<Record<45 | 50 | 60, number>>>> = {
  opening: { 45: 4, 50: 5, 60: 5 },
  'task-review': { 45: 7, 50: 9, 60: 9 },
  'set-task': { 45: 6, 50: 8, 60: 8 },
  'summary-task': { 45: 4, 50: 5, 60: 5 },
  'explain-ipt': { 45: 5, 50: 5, 60: 5 },
  contract: { 45: 8, 50: 10, 60: 10 },
  'missed-session': { 45: 4, 50: 5, 60: 5 },
  'risk-assessment': { 45: 10, 50: 10, 60: 12 },
  'risk-recheck': { 45: 3, 50: 3, 60: 4 },
  'safety-screen': { 45: 4, 50: 4, 60: 5 },
  'new-problem': { 45: 4, 50: 5, 60: 5 },
  'mid-course-review': { 45: 8, 50: 10, 60: 10 },
  'review-follow-up': { 45: 3, 50: 3, 60: 4 },
  'raise-ending': { 45: 4, 50: 5, 60: 5 },
  'early-ending': { 45: 3, 50: 3, 60: 3 },
};

/** The least the work parts may share; below it every part is scaled instead. */
const MIN_WORK = 12;

function overheadOf(id: string, total: number): number | undefined {
  const row = OVERHEAD_MINUTES[id];
  if (!row) return undefined;
  if (total === 45 || total === 50 || total === 60) return row[total];
  return Math.max(1, Math.round((row[50] * total) / 50));
}

/**
 * Minutes for each block: overhead blocks take their fixed minutes for the session length, work
 * blocks share what is left in proportion to their weights. The result always sums to `total`.
 */
export function allot(
  blocks: readonly { id: string; weight: number; kind?: 'overhead' | 'work' }[],
  total: number,
): number[] {
  const fixed = blocks.map((b) => (b.kind === 'work' ? undefined : overheadOf(b.id, total)));
  const fixedSum = fixed.reduce<number>((a, m) => a + (m ?? 0), 0);
  const workIdx = blocks.map((_, i) => i).filter((i) => fixed[i] === undefined);
  const rest = total - fixedSum;
  if (workIdx.length === 0 || rest < MIN_WORK)
    return apportion(
      blocks.map((b) => b.weight),
      total,
    );
  const shares = apportion(
    workIdx.map((i) => blocks[i]?.weight ?? 0),
    rest,
  );
  return blocks.map((_, i) => fixed[i] ?? shares[workIdx.indexOf(i)] ?? 0);
}
