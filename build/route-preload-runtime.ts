/**
 * The script inlined into index.html's head (see route-preload.ts). It runs before the entry
 * module, matches `location.pathname` against the route patterns and adds a
 * `<link rel="modulepreload">` (or a stylesheet link) for each file of the matched route's chunk
 * that the entry does not already load, so a deep link's screen code downloads in parallel with
 * the entry instead of after it has run. Vite's own preload helper skips files already linked.
 *
 * It is serialised with `Function.prototype.toString`, so it must stay self-contained plain
 * JavaScript: no imports, no closures over module scope.
 */

/** The table the build writes: file names, and per route pattern the indexes of its files. */
export interface RoutePreloadMap {
  /** Files under the site root, e.g. "assets/progress-page-abc.js". */
  files: string[];
  /** [pattern relative to "/", e.g. "courses/:courseId/progress", indexes into `files`]. */
  routes: [string, number[]][];
}

/**
 * The indexes of the files for the route that `pathname` opens: the pattern with the same number
 * of segments whose static segments all match, preferring the one with the most static segments
 * (as react-router ranks them). Undefined when no pattern matches.
 */
export function matchRoute(map: RoutePreloadMap, pathname: string): number[] | undefined {
  const parts = pathname.split('/').filter(Boolean);
  let best: number[] | undefined;
  let bestScore = -1;
  for (const [pattern, files] of map.routes) {
    const segments = pattern.split('/').filter(Boolean);
    if (segments.length !== parts.length) continue;
    let score = 0;
    let ok = true;
    for (let i = 0; i < segments.length && ok; i += 1) {
      const segment = segments[i] ?? '';
      if (segment.startsWith(':')) continue;
      ok = segment === parts[i];
      score += 1;
    }
    if (ok && score > bestScore) {
      bestScore = score;
      best = files;
    }
  }
  return best;
}

/** Adds the matched route's links to `doc.head`. `match` is `matchRoute`, passed in so both serialise. */
export function preloadRoute(
  map: RoutePreloadMap,
  pathname: string,
  doc: Document,
  match: typeof matchRoute,
): void {
  const files = match(map, pathname) ?? [];
  for (const index of files) {
    const file = map.files[index];
    if (!file) continue;
    const link = doc.createElement('link');
    if (file.endsWith('.css')) link.rel = 'stylesheet';
    else {
      link.rel = 'modulepreload';
      link.crossOrigin = '';
    }
    link.href = `/${file}`;
    doc.head.appendChild(link);
  }
}
