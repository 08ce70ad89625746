/**
 * The first screen's chunk (issue 15): the app modules the entry and the home route ("This week")
 * import statically, in one chunk of their own. Without it they sit in the chunk that every screen
 * shares, together with code only other screens use (the course frame, write-up records, the
 * unsaved-changes guard…), so a first visit downloaded and ran that too.
 *
 * `firstScreen()` returns the plugin, which walks the module graph once it is complete (buildEnd),
 * and the chunk group's `test`, which asks whether a module was reached.
 */
import type { Plugin } from 'vite';

/** `file` ends with one of `ends` (path separators either way). */
const endsWithAny = (file: string, ends: readonly string[]) =>
  ends.some((end) => file.replaceAll('\\', '/').endsWith(end));

export function firstScreen(roots: readonly string[]): {
  plugin: Plugin;
  test: (id: string) => boolean;
} {
  const reached = new Set<string>();
  const plugin: Plugin = {
    name: 'ipt-first-screen',
    apply: 'build',
    buildEnd() {
      reached.clear();
      const queue = [...this.getModuleIds()].filter((id) => endsWithAny(id, roots));
      if (queue.length !== roots.length) {
        this.error(`first-screen roots not all found: ${roots.join(', ')}`);
      }
      for (const id of queue) reached.add(id);
      while (queue.length > 0) {
        const info = this.getModuleInfo(queue.pop()!);
        for (const next of info?.importedIds ?? []) {
          if (!reached.has(next)) {
            reached.add(next);
            queue.push(next);
          }
        }
      }
    },
  };
  return { plugin, test: (id) => reached.has(id) };
}
