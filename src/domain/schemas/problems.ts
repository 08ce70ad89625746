/** Turns the domain's own rule checks (Problem lists) into schema issues, at the field they name. */
import type { Problem } from '../problems';

type Ctx = { addIssue: (issue: { code: 'custom'; message: string; path?: PropertyKey[] }) => void };

/** Adds every error among `found` as an issue; warnings pass (the rule allows them). */
export function addProblems(
  ctx: Ctx,
  found: readonly Problem[],
  path: PropertyKey[] = [],
  atField = true,
): void {
  for (const p of found) {
    if (p.severity !== 'error') continue;
    const where = atField && p.field ? [...path, p.field] : path;
    ctx.addIssue({ code: 'custom', message: p.message, path: where });
  }
}
