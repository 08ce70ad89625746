/**
 * A static server for the bench: the built app at / and the floor at /__floor/, on one origin so
 * both read the same IndexedDB. Hashed assets are cached for a year (immutable), HTML never, as a
 * production host would; unknown paths get the app's (or the floor's) index.html, as an SPA host does.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function fileFor(root, path) {
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, clean);
  if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
  return extname(clean) === '' ? join(root, 'index.html') : undefined;
}

/**
 * Serves `appDir` at / and `floorDir` at /__floor/ on 127.0.0.1:`port`, and the in-memory
 * `data` (path → Buffer, e.g. the caseload's tables as JSON) under /__data/; resolves to the server.
 */
export function serve({ appDir, floorDir, port, data = new Map() }) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = data.get(url.pathname.replace(/^\/__data\//, ''));
    if (url.pathname.startsWith('/__data/')) {
      res.writeHead(body ? 200 : 404, {
        'content-type': 'application/json',
        'cache-control': 'no-store',
      });
      res.end(body ?? '{}');
      return;
    }
    const floor = url.pathname === '/__floor' || url.pathname.startsWith('/__floor/');
    const file = floor
      ? fileFor(floorDir, url.pathname.slice('/__floor'.length) || '/')
      : fileFor(appDir, url.pathname);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const hashed = file.includes(`${'/'}assets${'/'}`);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
