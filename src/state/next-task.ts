/**
 * Yielding to the page between slices of long work (backup and restore of a large caseload), so
 * no task blocks input or painting for long: the next slice runs in a new task, after the browser
 * has had its turn.
 */

/** Resolves in a later task (after pending input, rendering and other tasks). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/**
 * Runs `steps` one after another, yielding to the page whenever `budgetMs` of work has passed
 * since the last yield. `clock` is performance.now by default.
 */
export async function runSliced<T>(
  steps: Iterable<T>,
  each: (step: T) => void,
  budgetMs = 30,
  clock: () => number = () => performance.now(),
): Promise<void> {
  let since = clock();
  for (const step of steps) {
    each(step);
    if (clock() - since >= budgetMs) {
      await nextTask();
      since = clock();
    }
  }
}
