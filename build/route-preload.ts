/**
 * Route chunk preloading (issue 15): every screen is a lazy route, so without this a deep link
 * asks for its screen's chunks only once the entry has downloaded and run. This plugin reads the
 * route tables (`path: '…', load: () => import('./page')`, and the index route's named loader),
 * finds each page's chunk and the chunks it imports in the build, and inlines into index.html a
 * small script (route-preload-runtime.ts) that adds modulepreload links for the current route
 * before the entry runs. The script's SHA-256 is added to the page's Content-Security-Policy.
 */
import { createHash } from 'node:crypto';

import type { Plugin } from 'vite';

import { matchRoute, preloadRoute } from './route-preload-runtime.ts';
import type { RoutePreloadMap } from './route-preload-runtime.ts';

type Chunk = {
  type: 'chunk';
  fileName: string;
  imports: string[];
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  viteMetadata?: { importedCss: Set<string> };
};
type Bundle = Record<string, Chunk | { type: 'asset' }>;

const ROUTE_FILE = /[\\/]src[\\/](app[\\/]router|features[\\/][^\\/]+[\\/]routes)\.tsx?$/;
const PATH_LOAD = /path:\s*'([^']*)',\s*(?:load|lazy):\s*\(\)\s*=>\s*import\('([^']+)'\)/g;
const NAMED_LOADER = /export const (\w+) = \(\) =>\s*import\('([^']+)'\)/g;
const INDEX_ROUTE = /index:\s*true,\s*lazy:\s*(\w+)/g;

/** Everything a chunk loads statically: itself and its imports, recursively. */
function closure(bundle: Bundle, start: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[start];
  if (seen.has(start) || chunk?.type !== 'chunk') return seen;
  seen.add(start);
  for (const next of chunk.imports) closure(bundle, next, seen);
  return seen;
}

function cssOf(bundle: Bundle, files: Iterable<string>): Set<string> {
  const css = new Set<string>();
  for (const file of files) {
    const chunk = bundle[file];
    if (chunk?.type === 'chunk') chunk.viteMetadata?.importedCss.forEach((c) => css.add(c));
  }
  return css;
}

/** The route → files table: for each pattern, the files its page needs beyond the entry's. */
export function buildMap(
  bundle: Bundle,
  entry: string,
  pages: Map<string, string[]>,
): RoutePreloadMap {
  const entryJs = closure(bundle, entry);
  const entryCss = cssOf(bundle, entryJs);
  const files: string[] = [];
  const indexOf = (file: string) => {
    const at = files.indexOf(file);
    return at >= 0 ? at : files.push(file) - 1;
  };
  const routes: [string, number[]][] = [];
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.isDynamicEntry || !chunk.facadeModuleId) continue;
    const patterns = pages.get(chunk.facadeModuleId);
    if (!patterns) continue;
    const js = [...closure(bundle, chunk.fileName)].filter((f) => !entryJs.has(f));
    const css = [...cssOf(bundle, js)].filter((f) => !entryCss.has(f));
    const indexes = [...css, ...js].map(indexOf);
    for (const pattern of patterns) routes.push([pattern, indexes]);
  }
  return { files, routes };
}

/** The inline script and the CSP source that allows exactly it. */
export function inlineScript(map: RoutePreloadMap): { code: string; hash: string } {
  const code = `(${preloadRoute.toString()})(${JSON.stringify(map)},location.pathname,document,${matchRoute.toString()});`;
  const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
  return { code, hash };
}

/** The Vite plugin: collects route patterns while transforming, writes the script into the HTML. */
export function routePreload(): Plugin {
  const pages = new Map<string, string[]>();
  const loaders = new Map<string, string>();
  const indexLoaders = new Set<string>();
  const add = (id: string, pattern: string) => pages.set(id, [...(pages.get(id) ?? []), pattern]);
  return {
    name: 'ipt-route-preload',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!ROUTE_FILE.test(id)) return null;
      for (const [, pattern, spec] of code.matchAll(PATH_LOAD)) {
        const resolved = await this.resolve(spec!, id);
        if (resolved && pattern !== '*') add(resolved.id, pattern!);
      }
      for (const [, name, spec] of code.matchAll(NAMED_LOADER)) {
        const resolved = await this.resolve(spec!, id);
        if (resolved) loaders.set(name!, resolved.id);
      }
      for (const [, name] of code.matchAll(INDEX_ROUTE)) indexLoaders.add(name!);
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return html;
        for (const name of indexLoaders) {
          const id = loaders.get(name);
          if (id) add(id, '');
        }
        const map = buildMap(ctx.bundle as unknown as Bundle, ctx.chunk.fileName, pages);
        if (map.routes.length === 0) throw new Error('route-preload: found no lazy routes');
        const { code, hash } = inlineScript(map);
        return html
          .replace(/(script-src 'self')/, `$1 ${hash}`)
          .replace('<title>', `<script>${code}</script>\n    <title>`);
      },
    },
  };
}
