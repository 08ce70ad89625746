/**
 * Missed weeks compress the later steps (issue 11 item 2, refined by the lead): when missed
 * sessions leave a step of the progression (early, mid, late) with no held week, the held weeks
 * from the first miss on are re-divided over the steps still to do, in order, so the course
 * still reaches every step before termination. Weeks before the miss keep their calendar step;
 * with nothing lost, every week keeps its calendar step.
 */
import type { MiddleStep } from './content-types';

const STEPS: readonly MiddleStep[] = ['early', 'mid', 'late'];

/** Sizes of `k` consecutive groups over `r` weeks: as even as possible, extras to mid, then late. */
function groupSizes(r: number, k: number): number[] {
  const sizes = Array.from({ length: k }, () => Math.floor(r / k));
  const order = k === 3 ? [1, 2, 0] : Array.from({ length: k }, (_, i) => k - 1 - i);
  for (let e = 0; e < r % k; e++) sizes[order[e] ?? 0] = (sizes[order[e] ?? 0] ?? 0) + 1;
  return sizes;
}

/**
 * The step of every middle-style week. `weeks` in order, `calendar` the step each week has by
 * date, `cancelled` the weeks missed. Pure; a cancelled week keeps its calendar step.
 */
export function stepsWithMisses(
  weeks: readonly number[],
  calendar: (n: number) => MiddleStep,
  cancelled: ReadonlySet<number>,
): Map<number, MiddleStep> {
  const steps = new Map(weeks.map((n) => [n, calendar(n)]));
  const held = weeks.filter((n) => !cancelled.has(n));
  const covered = new Set(held.map((n) => calendar(n)));
  const firstMiss = weeks.find((n) => cancelled.has(n));
  if (firstMiss === undefined || STEPS.every((s) => covered.has(s)) || held.length < STEPS.length)
    return steps;
  let j = held.findIndex((n) => n > firstMiss);
  if (j < 0) j = held.length;
  const from = (i: number) =>
    Math.min(STEPS.indexOf(calendar(firstMiss)), STEPS.indexOf(calendar(held[i] ?? firstMiss)));
  // Step back into held weeks until enough are left for the steps still to do
  while (j > 0 && held.length - j < STEPS.length - from(j)) j--;
  const todo = STEPS.slice(from(j));
  const rest = held.slice(j);
  let at = 0;
  groupSizes(rest.length, todo.length).forEach((size, g) => {
    for (const n of rest.slice(at, at + size)) steps.set(n, todo[g] ?? 'late');
    at += size;
  });
  return steps;
}
